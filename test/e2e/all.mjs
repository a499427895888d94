// Every end-to-end suite against the packaged VSIX, one after the other; fails when any fails.
//   npm run package && node test/e2e/all.mjs [--screenshots]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const suites = ['run.mjs', 'report.mjs'];
let failed = 0;
for (const suite of suites) {
  console.log(`\n[e2e] ${suite}`);
  const result = spawnSync(process.execPath, [path.join(here, suite), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`[e2e] ${suites.length - failed} of ${suites.length} suites passed`);
process.exit(failed ? 1 : 0);
