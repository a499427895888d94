// Bundles the extension, the CLI, the analysis worker and the engine library with esbuild.
//   node scripts/build.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // Word lists are data: src/engine/lexicon/<concept>/*.txt, one entry per line, bundled as strings (lexicon/index.ts).
  loader: { '.txt': 'text' },
};

const product = [
  { in: 'src/extension/desktop.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/node/analysisWorker.ts', out: 'dist/analysisWorker.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'src/cli/worker.ts', out: 'dist/cliWorker.js' },
  { in: 'src/engine/index.ts', out: 'dist/engine.js' },
  { in: 'src/core/review/anchoring/anchoring.ts', out: 'dist/anchoring.js' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

// The report webview and the web extension run in a browser: a Node import there is a mistake the build must not hide.
const noNodeImports = {
  name: 'no-node-imports',
  setup(build) {
    const builtins = new Set(builtinModules);
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.replace(/^node:/, '').split('/')[0];
      if (args.path.startsWith('node:') || builtins.has(name))
        return {
          errors: [
            { text: `"${args.path}" is a Node module; this bundle runs in a browser (imported by ${args.importer})` },
          ],
        };
      return undefined;
    });
  },
};

// Node's globals are not there either (a web worker extension host has no setImmediate, Buffer or process):
// the project's own sources in a browser bundle may not use them.
const nodeGlobal =
  /(?<![\w$.'"`-])(setImmediate|clearImmediate|Buffer|process|__dirname|__filename|global)(?=\s*\(|\.[A-Za-z_$])/;
const noNodeGlobals = {
  name: 'no-node-globals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const lines = (await fs.promises.readFile(args.path, 'utf8')).split('\n');
      const errors = lines.flatMap((line, index) => {
        const code = line.replace(/\/\/.*$/, '');
        const match = nodeGlobal.exec(code);
        if (!match || /typeof\s*$/.test(code.slice(0, match.index))) return [];
        return [
          {
            text: `"${match[1]}" is a Node global; this bundle runs in a browser`,
            location: { file: path.relative(root, args.path), line: index + 1, column: match.index, lineText: line },
          },
        ];
      });
      return errors.length ? { errors } : undefined;
    });
  },
};

const webview = { in: 'src/reportView/report.ts', out: 'dist/webview/report.js' };

// The web extension (vscode.dev, code-server's web worker extension host) and its Web Worker (a classic
// script: hosts load it with importScripts).
const browser = { ...common, platform: 'browser', target: 'es2022', plugins: [noNodeImports, noNodeGlobals] };
const web = [
  {
    ...browser,
    format: 'cjs',
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  },
  { ...browser, format: 'iife', entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js' },
].filter((b) => fs.existsSync(path.join(root, b.entryPoints[0])));
// The web-host test bundle: mocha's browser build, `assert` from a small shim (no Node there).
const assertShim = {
  name: 'assert-shim',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({
      path: path.join(root, 'test/web/assertShim.ts'),
    }));
  },
};
const webTests = {
  ...browser,
  format: 'cjs',
  sourcemap: true,
  minify: false,
  entryPoints: ['test/web/index.ts', 'test/web/smoke.ts'],
  outdir: 'out/test/web',
  external: ['vscode'],
  plugins: [assertShim, noNodeImports, noNodeGlobals],
};

function listTests(dir) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

const builds = product.map((e) => ({
  ...common,
  entryPoints: [e.in],
  outfile: e.out,
  external: e.external ?? [],
  banner: e.banner ? { js: e.banner } : undefined,
}));

if (fs.existsSync(path.join(root, webview.in))) {
  builds.push({
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: [webview.in],
    outfile: webview.out,
    plugins: [noNodeImports],
  });
}

builds.push(...web);
if (args.has('--web-tests')) builds.push(webTests);

if (args.has('--tests')) {
  for (const dir of ['test/unit', 'test/integration']) {
    const entries = listTests(dir);
    if (!entries.length) continue;
    builds.push({
      ...common,
      sourcemap: true,
      minify: false,
      entryPoints: entries,
      outdir: path.join('out', dir),
      outbase: dir,
      external: ['vscode', 'mocha', 'fast-check', 'playwright-core'],
    });
  }
}

if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  const cli = path.join(root, 'dist/cli.js');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}
