// Throughput and peak memory of `seed-annotate --jsonl` with 1, 2 and N worker threads, on one large
// JSONL file made from the dev texts (../shared/eval/data, SEED_EVAL_DIR overrides; else seeds/ and
// synthetic articles, said loudly). Every run's output must be byte-identical to the one-thread run.
//   node scripts/bench/jsonl.mjs [--repeat R] [--limit N] [--workers 1,2,4] [--rounds R] [--json]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBenchTexts, numberOption as opt } from './engine.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const cli = path.join(root, 'dist/cli.js');
const argv = process.argv.slice(2);
const cores = os.availableParallelism();

function workerCounts() {
  const i = argv.indexOf('--workers');
  const listed = i >= 0 && argv[i + 1] ? argv[i + 1].split(',').map(Number) : [1, 2, Math.max(cores, 4)];
  if (listed.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--workers takes a comma-separated list of whole numbers ≥ 1');
  return [...new Set([1, ...listed])];
}

const options = {
  repeat: Math.max(1, opt('--repeat', 1)),
  limit: opt('--limit', Infinity),
  rounds: Math.max(1, opt('--rounds', 1)),
  workers: workerCounts(),
  json: argv.includes('--json'),
};

/** The input file: every text `repeat` times, each line with its own id. */
function writeInput(dir, texts) {
  const file = path.join(dir, 'input.jsonl');
  const fd = fs.openSync(file, 'w');
  for (let r = 0; r < options.repeat; r++) {
    texts.forEach((text, i) => fs.writeSync(fd, JSON.stringify({ id: `bench-${r}-${i}`, text }) + '\n'));
  }
  fs.closeSync(fd);
  return file;
}

/** One CLI run: wall time, the peak memory it reports, and a hash of its output. */
function runOnce(input, output, workers) {
  const inFd = fs.openSync(input, 'r');
  const outFd = fs.openSync(output, 'w');
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, '--jsonl', '--workers', String(workers), '--progress'], {
    stdio: [inFd, outFd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  fs.closeSync(inFd);
  fs.closeSync(outFd);
  if (r.status !== 0) throw new Error(`--workers ${workers} exited with ${r.status}: ${r.stderr.slice(-500)}`);
  const peak = /peak memory ([\d.]+) MB/.exec(r.stderr);
  const cpu = /CPU ([\d.]+) s/.exec(r.stderr);
  const hash = createHash('sha256').update(fs.readFileSync(output)).digest('hex');
  return { seconds, cpuSeconds: cpu ? Number(cpu[1]) : NaN, peakMb: peak ? Number(peak[1]) : NaN, hash };
}

function main() {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
  const { source, texts } = loadBenchTexts(options.limit);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-jsonl-'));
  try {
    const input = writeInput(dir, texts);
    const articles = texts.length * options.repeat;
    const inputMb = fs.statSync(input).size / (1 << 20);
    const rows = options.workers.map((workers) => ({
      workers,
      seconds: Infinity,
      cpuSeconds: Infinity,
      peakMb: 0,
      hash: '',
    }));
    // Rounds go through every worker count in turn, so a busy shared machine slows them alike.
    for (let round = 0; round < options.rounds; round++) {
      for (const row of rows) {
        const run = runOnce(input, path.join(dir, `output-${row.workers}.jsonl`), row.workers);
        row.seconds = Math.min(row.seconds, run.seconds);
        row.cpuSeconds = Math.min(row.cpuSeconds, run.cpuSeconds);
        row.peakMb = Math.max(row.peakMb, run.peakMb);
        row.hash = run.hash;
      }
    }
    const base = rows[0];
    const result = {
      source,
      input: { articles, megabytes: Number(inputMb.toFixed(1)), repeat: options.repeat },
      cores,
      rounds: options.rounds,
      runs: rows.map((row) => ({
        workers: row.workers,
        seconds: Number(row.seconds.toFixed(2)),
        articlesPerSecond: Number((articles / row.seconds).toFixed(1)),
        speedup: Number((base.seconds / row.seconds).toFixed(2)),
        cpuSeconds: row.cpuSeconds,
        cpuMsPerArticle: Number(((1000 * row.cpuSeconds) / articles).toFixed(1)),
        peakMemoryMb: row.peakMb,
        identicalToOneThread: row.hash === base.hash,
      })),
    };
    if (options.json) console.log(JSON.stringify(result, null, 2));
    else print(result);
    if (result.runs.some((r) => !r.identicalToOneThread)) {
      console.error('bench-jsonl: FAILED: a worker-thread run wrote different bytes than the one-thread run');
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function print(result) {
  console.log(`texts: ${result.source}`);
  console.log(
    `input: ${result.input.articles} articles, ${result.input.megabytes} MB (texts × ${result.input.repeat}); ${result.cores} cores; best of ${result.rounds} round(s)`,
  );
  console.log('');
  console.log('| workers | seconds | articles/s | speed-up | CPU ms/article | peak memory | output |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of result.runs) {
    console.log(
      `| ${r.workers} | ${r.seconds.toFixed(1)} | ${r.articlesPerSecond} | ${r.speedup.toFixed(2)}× | ${r.cpuMsPerArticle} | ${r.peakMemoryMb} MB | ${r.identicalToOneThread ? 'identical' : 'DIFFERENT'} |`,
    );
  }
}

main();
