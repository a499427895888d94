// Mocha entry loaded by VS Code (`extensionTestsPath`): runs every compiled suite/**/*.test.js
// inside the extension host, writes pass/fail counts to $SEED_TEST_RESULT, rejects on failure.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export interface IntegrationResult {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

function listTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

function writeResult(result: IntegrationResult): void {
  const target = process.env.SEED_TEST_RESULT;
  if (target) fs.writeFileSync(target, JSON.stringify(result, null, 2) + '\n');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.SEED_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = listTestFiles(path.join(__dirname, 'suite'));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    if (!files.length) {
      writeResult({
        passed: 0,
        failed: 1,
        pending: 0,
        failures: [{ title: 'integration suite', message: 'no *.test.js files found' }],
      });
      reject(new Error(`No integration tests under ${__dirname}/suite`));
      return;
    }
    const failures: IntegrationResult['failures'] = [];
    try {
      const runner = mocha.run((failed) => {
        const stats = runner.stats;
        writeResult({ passed: stats?.passes ?? 0, failed, pending: stats?.pending ?? 0, failures });
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
        else resolve();
      });
      runner.on('fail', (test, error: Error) =>
        failures.push({ title: test.fullTitle(), message: String(error?.message ?? error) }),
      );
    } catch (error) {
      writeResult({
        passed: 0,
        failed: 1,
        pending: 0,
        failures: [{ title: 'integration suite', message: String(error) }],
      });
      reject(error);
    }
  });
}
