// The seed-annotate CLI (dist/cli.js) as a user runs it: files, folders, --pretty, --jsonl, errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, toPrediction } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';
import { checkAnalysis } from '../helpers/invariants';
import { repoRoot } from '../helpers/repoRoot';

const root = repoRoot();
const cli = path.join(root, 'dist/cli.js');
const sample = path.join('seeds', '000_ff2cfafdf74160c4.txt');

function runCli(
  args: string[],
  options: { input?: string; cwd?: string } = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    timeout: 30000,
    maxBuffer: 64 << 20,
  });
  assert.equal(result.error, undefined, `the CLI ran to completion: ${result.error?.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('seed-annotate CLI', function () {
  this.timeout(40000);
  let dir = '';

  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON analysis of the sample seed file, with its header date and well-formed spans', () => {
    const r = runCli([sample]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const [out, ...rest] = jsonLines(r.stdout);
    assert.equal(rest.length, 0);
    assert.equal(out!.file, sample);
    const analysis = out as unknown as Analysis;
    assert.equal(analysis.header.date, '2023-03-08');
    for (const field of [
      'quotes',
      'entities',
      'mentions',
      'claims',
      'dates',
      'problems',
      'paragraphs',
      'sentences',
    ] as const) {
      assert.ok(Array.isArray(analysis[field]), `${field} is an array`);
    }
    checkAnalysis(fs.readFileSync(path.join(root, sample), 'utf8'), analysis);
    assert.equal(analysis.paragraphs.length, 9);
  });

  it('the sample seed file has quotes with speakers and named people', () => {
    const analysis = jsonLines(runCli([sample]).stdout)[0] as unknown as Analysis;
    assert.ok(analysis.quotes.filter((q) => !q.partial).length >= 4, 'the four full quotes');
    assert.ok(analysis.quotes.some((q) => q.speaker?.name === 'Jens Stoltenberg'));
    assert.ok(analysis.entities.some((e) => e.type === 'PER' && e.name === 'Jens Stoltenberg'));
    assert.ok(analysis.entities.some((e) => e.type === 'LOC' && e.name === 'Bakhmut'));
  });

  it('--pretty indents the same analysis', () => {
    const compact = runCli([sample]).stdout;
    const pretty = runCli(['--pretty', sample]).stdout;
    assert.match(pretty, /^\{\n {2}"file"/);
    assert.deepEqual(JSON.parse(pretty), JSON.parse(compact));
  });

  it('a folder: every .txt file in name order, other files ignored', () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'b.txt'), 'date 2023-03-08 Second.');
    fs.writeFileSync(path.join(folder, 'a.txt'), 'date 2023-03-07 First.');
    fs.writeFileSync(path.join(folder, 'sub', 'c.txt'), 'date 2023-03-09 Third.');
    fs.writeFileSync(path.join(folder, 'notes.md'), '# not a seed');
    const r = runCli([folder]);
    assert.equal(r.status, 0, r.stderr);
    const outs = jsonLines(r.stdout) as unknown as (Analysis & { file: string })[];
    assert.deepEqual(
      outs.map((o) => path.relative(folder, o.file)),
      ['a.txt', 'b.txt', path.join('sub', 'c.txt')],
    );
    assert.deepEqual(
      outs.map((o) => o.header.date),
      ['2023-03-07', '2023-03-08', '2023-03-09'],
    );
  });

  it('errors name the file and exit non-zero, the other files are still processed', () => {
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0x00, 0x01]));
    const r = runCli([path.join(dir, 'missing.txt'), bad, sample]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
    assert.match(r.stderr, /bad\.txt: skipped: binary file/);
    assert.deepEqual(
      jsonLines(r.stdout).map((o) => o.file),
      [sample],
    );
  });

  it('--jsonl prints one prediction line per input line, in the score.mjs format', () => {
    const docs = [
      { id: 'one', text: fs.readFileSync(path.join(root, sample), 'utf8') },
      {
        id: 2,
        text: '“We will reopen the port,” Mayor Ann Lee said in Lagos on Monday. Officials said the plan may cost more.',
      },
    ];
    const r = runCli(['--jsonl'], { input: docs.map((d) => JSON.stringify(d)).join('\n') + '\n' });
    assert.equal(r.status, 0, r.stderr);
    const predictions = jsonLines(r.stdout);
    assert.deepEqual(
      predictions.map((p) => p.id),
      ['one', '2'],
    );
    predictions.forEach((p, i) => {
      const text = docs[i]!.text;
      assert.deepEqual(Object.keys(p).sort(), ['claims', 'entities', 'id', 'quotes']);
      for (const q of p.quotes as { start: number; end: number; speaker: unknown; speakerSpan?: unknown }[]) {
        assert.ok(Number.isInteger(q.start) && q.start < q.end && q.end <= text.length);
        assert.ok(q.speaker === null || typeof q.speaker === 'string');
        if (q.speakerSpan !== undefined) assert.ok(Array.isArray(q.speakerSpan) && q.speakerSpan.length === 2);
      }
      for (const e of p.entities as { start: number; end: number; type: string }[]) {
        assert.ok(['PER', 'LOC', 'ORG'].includes(e.type));
        assert.ok(Number.isInteger(e.start) && e.start < e.end && e.end <= text.length);
      }
      for (const c of p.claims as { start: number; end: number; source: unknown }[]) {
        assert.ok(Number.isInteger(c.start) && c.start < c.end && c.end <= text.length);
        assert.ok(c.source === null || typeof c.source === 'string');
      }
      assert.deepEqual(
        p,
        JSON.parse(JSON.stringify(toPrediction(String(docs[i]!.id), analyze(text)))),
        'the CLI prints what the engine predicts',
      );
    });
  });

  it('--jsonl predictions are accepted by ../shared/eval/score.mjs without warnings', function () {
    const scorer = path.resolve(root, '../shared/eval/score.mjs');
    if (!fs.existsSync(scorer)) {
      console.log(`      (skipped: no scorer at ${scorer})`);
      this.skip();
    }
    const text = '“We will win,” said Ann Lee. Officials said that the talks failed.';
    const gold = {
      id: 'g1',
      source: 'test',
      text,
      quotes: [{ start: 0, end: 14, speaker: 'Ann Lee', speakerSpans: [[20, 27]] }],
    };
    const goldFile = path.join(dir, 'gold.jsonl');
    const predFile = path.join(dir, 'pred.jsonl');
    fs.writeFileSync(goldFile, JSON.stringify(gold) + '\n');
    const r = runCli(['--jsonl'], { input: JSON.stringify({ id: 'g1', text }) + '\n' });
    assert.equal(r.status, 0, r.stderr);
    fs.writeFileSync(predFile, r.stdout);
    const scored = spawnSync(process.execPath, [fs.realpathSync(scorer), goldFile, predFile, '--json'], {
      encoding: 'utf8',
      timeout: 30000,
    });
    assert.equal(scored.status, 0, scored.stderr);
    const result = JSON.parse(scored.stdout) as { docs: { withPrediction: number }; warnings: Record<string, number> };
    assert.equal(result.docs.withPrediction, 1);
    assert.deepEqual(
      Object.values(result.warnings).filter((n) => n > 0),
      [],
    );
  });

  it('--help prints the usage and exits 0', () => {
    const r = runCli(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /usage: seed-annotate/);
    assert.equal(r.stdout, '');
  });

  it('a reader that stops early (EPIPE) ends the CLI quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" ${sample} ${sample} ${sample} | head -c 10`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
    });
    assert.equal(r.error, undefined);
    assert.equal(r.stdout.length, 10);
    assert.doesNotMatch(r.stderr, /Error|at /);
  });
});
