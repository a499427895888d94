// `npm test`: type check, lint, unit tests, the integration suite inside a real VS Code, the
// end-to-end workbench tests against the packaged VSIX, and both in the web worker extension host.
// Every phase runs even when an earlier one fails, so one run reports everything; exits non-zero when
// any phase fails.
//   node scripts/test.mjs [--skip name,name]   (names: types, lint, unit, integration, e2e, web, e2e-web)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const skipIndex = process.argv.indexOf('--skip');
const skipped = new Set(skipIndex >= 0 ? (process.argv[skipIndex + 1] ?? '').split(',') : []);

const phases = [
  ['types', 'npm', ['run', '--silent', 'check-types']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ['integration', 'npm', ['run', '--silent', 'test:integration']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
  // The browser entry in the web worker extension host (as on vscode.dev): its suite, then the e2e smoke.
  ['web', 'npm', ['run', '--silent', 'test:web']],
  ['e2e-web', 'npm', ['run', '--silent', 'test:e2e:web']],
];

const results = [];
for (const [name, command, args] of phases) {
  if (skipped.has(name)) {
    results.push([name, 'skipped', 0]);
    continue;
  }
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  results.push([name, run.status === 0 ? 'passed' : 'FAILED', (Date.now() - started) / 1000]);
}

console.log('\n=== summary');
for (const [name, outcome, seconds] of results)
  console.log(`${name.padEnd(12)} ${outcome.padEnd(8)} ${seconds ? `${seconds.toFixed(0)} s` : ''}`);
process.exit(results.some(([, outcome]) => outcome === 'FAILED') ? 1 : 0);
