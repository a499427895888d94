// The benchmarks' way to load TypeScript modules of src/ in Node: re-export what they use, bundled once with
// esbuild into a temporary CommonJS file.
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** `exports`: lines such as "export { analyze } from './src/engine';" (paths from the repository root). */
export async function bundleSource(exports, outfile) {
  await esbuild.build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return require(outfile);
}
