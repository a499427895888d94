// recipes/dask_seed_annotate.py: JSONL partitions through the CLI on a Dask distributed LocalCluster of
// 2 worker processes give the same output, line for line, as one seed-annotate process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repoRoot';

const root = repoRoot();
const cli = path.join(root, 'dist/cli.js');
const recipe = path.join(root, 'recipes/dask_seed_annotate.py');

/** A Python that can import Dask distributed: $SEED_PYTHON, python3 on the PATH, or Debian's own. */
function pythonWithDistributed(): string | undefined {
  const candidates = [process.env.SEED_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  return candidates.find(
    (python) =>
      spawnSync(python, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore', timeout: 60000 }).status === 0,
  );
}

const SPEAKERS = ['Ann Lee', 'Omar Haddad', 'Sofia Rossi'];

function sampleLines(): string[] {
  const lines = Array.from({ length: 8 }, (_, i) =>
    JSON.stringify({
      id: `sample-${i}`,
      text: `“The bridge in Lima will open in ${i + 2} weeks,” ${SPEAKERS[i % 3]} said on Tuesday.\n\nThe council said the work cost $${i + 1} million.`,
    }),
  );
  lines.splice(4, 0, JSON.stringify({ id: 'no-text' }));
  return lines;
}

describe('Dask distributed recipe', function () {
  this.timeout(300000);

  it('a LocalCluster of 2 worker processes matches the one-process run line for line', function () {
    const python = pythonWithDistributed();
    if (!python) {
      console.log(
        '      (skipped: no python3 with Dask distributed; on Debian: apt-get install -y python3-distributed)',
      );
      this.skip();
    }
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-dask-'));
    try {
      const input = path.join(dir, 'input.jsonl');
      const output = path.join(dir, 'output.jsonl');
      fs.writeFileSync(input, sampleLines().join('\n') + '\n');
      const single = spawnSync(process.execPath, [cli, '--jsonl'], {
        input: fs.readFileSync(input),
        encoding: 'utf8',
        timeout: 60000,
      });
      assert.equal(single.status, 1, 'the line without text fails in the one-process run');
      const dask = spawnSync(python!, [recipe, input, output, '--local-workers', '2', '--blocksize', '300'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 280000,
      });
      assert.equal(dask.error, undefined, `the recipe ran to completion: ${dask.error?.message}`);
      assert.equal(dask.status, 1, `the recipe exits 1 for the failed line: ${dask.stderr}`);
      const partitions = Number(/from (\d+) partitions/.exec(dask.stderr)?.[1]);
      assert.ok(partitions >= 3, `the input was cut into several partitions (${partitions}): ${dask.stderr}`);
      const daskLines = fs.readFileSync(output, 'utf8').split('\n');
      const singleLines = single.stdout.split('\n');
      assert.equal(daskLines.length, singleLines.length);
      daskLines.forEach((line, i) => assert.equal(line, singleLines[i], `line ${i + 1}`));
      assert.match(dask.stderr, /a line needs a string "text" \(id "no-text"\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
