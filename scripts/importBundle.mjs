// The import library (src/core/import) bundled once for Node, for the import evaluation and benchmark.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Bundles src/core/import into OUT_DIR/import.cjs and loads it. */
export async function loadImportLibrary(root, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const bundle = path.join(outDir, 'import.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'src/core/import/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return require(bundle);
}
