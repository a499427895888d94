// Throughput and memory of analyze() against compromise's bare nlp(text), on the same texts in the same run.
//   node --expose-gc scripts/bench/engine.mjs [--limit N] [--rounds N] [--batch N] [--no-memory] [--json]
// Texts: the dev texts of ../shared/eval/data/*.jsonl (SEED_EVAL_DIR overrides), else seeds/ + synthetic text.
// Runs alternate between the two systems batch by batch so a busy shared machine slows both alike.
// Requirement: analyze() takes at most 0.6 × the time of compromise's bare parse (default options).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** Most time analyze() may take, as a share of compromise's bare nlp(text) on the same texts. */
const MAX_TIME_RATIO = 0.6;

const argv = process.argv.slice(2);
/** The number after `name` on the command line, or `fallback`. */
export const numberOption = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const opt = numberOption;
const options = {
  limit: opt('--limit', Infinity),
  rounds: Math.max(1, opt('--rounds', 1)),
  batch: Math.max(1, opt('--batch', 8)),
  memory: !argv.includes('--no-memory'),
  json: argv.includes('--json'),
};

/** Dev texts of the evaluation data, or seeds + synthetic text when the data is absent. */
export function loadBenchTexts(limit = Infinity) {
  const evalDir = process.env.SEED_EVAL_DIR ?? path.resolve(root, '../shared/eval');
  const dataDir = path.join(evalDir, 'data');
  const files = fs.existsSync(dataDir)
    ? fs
        .readdirSync(dataDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
    : [];
  const texts = [];
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(dataDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const text = JSON.parse(line).text;
        if (typeof text === 'string' && text.trim()) texts.push(text);
      } catch {
        // a malformed line is not a benchmark text
      }
    }
  }
  if (texts.length)
    return {
      source: `dev texts of ${files.map((f) => path.join(dataDir, f)).join(', ')}`,
      texts: texts.slice(0, limit),
    };
  const seedDir = path.join(root, 'seeds');
  const seeds = fs.existsSync(seedDir)
    ? fs
        .readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'))
    : [];
  const synthetic = Array.from({ length: 200 }, (_, i) => syntheticArticle(i));
  return {
    source: `NO evaluation data at ${dataDir}: seeds/ (${seeds.length} files) + ${synthetic.length} synthetic articles`,
    texts: [...seeds, ...synthetic].slice(0, limit),
  };
}

const PEOPLE = ['Maria Lopez', 'John Carter', 'Aiko Tanaka', 'Peter Novak', 'Grace Mensah', 'Ahmed Karim'];
const PLACES = ['Paris', 'Kenya', 'Brazil', 'Toronto', 'Poland', 'Jakarta'];
const ORGS = ['the United Nations', 'the World Bank', 'Acme Corp', 'the Red Cross', 'the city council'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'claimed', 'explained'];

/** A deterministic news-like article with quotes, names, places, claims and relative dates. */
export function syntheticArticle(seed) {
  const rand = mulberry32(seed + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const paragraphs = [];
  const count = 6 + Math.floor(rand() * 10);
  for (let p = 0; p < count; p++) {
    const who = pick(PEOPLE);
    const sentences = [
      `${who} of ${pick(ORGS)} ${pick(VERBS)} on Tuesday that the talks in ${pick(PLACES)} had stalled.`,
      `“We cannot wait another week for a decision,” ${who.split(' ')[1]} ${pick(VERBS)}.`,
      `Officials in ${pick(PLACES)} said the plan could cost more than $${1 + Math.floor(rand() * 90)} million next year.`,
      `According to ${pick(ORGS)}, the situation may improve by the end of the month.`,
      `He said the group would meet again last Friday's partners in ${pick(PLACES)} before talks resume.`,
    ];
    paragraphs.push(sentences.filter(() => rand() < 0.7).join(' ') || sentences[0]);
  }
  return paragraphs.join('\n\n') + '\n';
}

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSystems() {
  const engine = require(path.join(root, 'dist/engine.js'));
  const nlp = require('compromise');
  return {
    'analyze()': (text) => {
      engine.clearParseCache();
      engine.analyze(text);
    },
    'compromise nlp(text)': (text) => {
      nlp(text);
    },
  };
}

/** Memory child: analyse every text once with one system (parse cache allowed to fill, as in a long session). */
function memoryChild(systemName, limit) {
  const engineRun = systemName === 'analyze()';
  const engine = engineRun ? require(path.join(root, 'dist/engine.js')) : null;
  const nlp = engineRun ? null : require('compromise');
  const { texts } = loadBenchTexts(limit);
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  for (const text of texts) {
    if (engineRun) engine.analyze(text);
    else nlp(text);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  process.stdout.write(
    JSON.stringify({
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapBytes: peakHeap,
      baselineHeapBytes: before.heapUsed,
    }),
  );
}

function measureMemory(systemName, limit) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', new URL(import.meta.url).pathname, '--memory-child', systemName, '--limit', String(limit)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0)
    return { error: (child.stderr || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(child.stdout);
}

function runBench() {
  const { source, texts } = loadBenchTexts(options.limit);
  if (!texts.length) {
    console.log('bench: no texts to analyse (no evaluation data, no seeds).');
    return;
  }
  const loadBefore = os.loadavg()[0];
  const systems = loadSystems();
  const names = Object.keys(systems);
  const chars = texts.reduce((n, t) => n + t.length, 0);

  // Warm-up: JIT and compromise's lazy lexicon set-up, not measured.
  for (const name of names) for (const text of texts.slice(0, 10)) systems[name](text);

  const elapsed = Object.fromEntries(names.map((n) => [n, 0]));
  let batchIndex = 0;
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < texts.length; i += options.batch) {
      const batch = texts.slice(i, i + options.batch);
      const order = batchIndex++ % 2 ? [...names].reverse() : names;
      for (const name of order) {
        globalThis.gc?.();
        const t0 = performance.now();
        for (const text of batch) systems[name](text);
        elapsed[name] += performance.now() - t0;
      }
    }
  }

  const memory = options.memory ? Object.fromEntries(names.map((n) => [n, measureMemory(n, options.limit)])) : {};
  const results = names.map((name) => {
    const seconds = elapsed[name] / 1000;
    return {
      system: name,
      seconds,
      charsPerSecond: (chars * options.rounds) / seconds,
      docsPerSecond: (texts.length * options.rounds) / seconds,
      ...(memory[name] ?? {}),
    };
  });
  const [engineResult, compromiseResult] = results;
  const ratio = engineResult.seconds / compromiseResult.seconds;
  const pass = ratio <= MAX_TIME_RATIO;
  if (!pass) process.exitCode = 1;
  const summary = {
    source,
    docs: texts.length,
    chars,
    rounds: options.rounds,
    node: process.version,
    loadAverage: { before: loadBefore, after: os.loadavg()[0], cores: os.availableParallelism() },
    results,
    timeRatio: ratio,
    maxTimeRatio: MAX_TIME_RATIO,
    pass,
  };
  if (options.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const mb = (n) => (n == null ? '–' : `${(n / 1024 / 1024).toFixed(0)} MB`);
  console.log(`texts: ${source}`);
  console.log(
    `${texts.length} docs, ${chars.toLocaleString('en-US')} chars, ${options.rounds} round(s), batches of ${options.batch} alternating; node ${process.version}`,
  );
  console.log(
    `load average (1 min): ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after, on ${os.availableParallelism()} cores (the ratio is fair under load; absolute speeds are not)`,
  );
  console.log('');
  console.log('| system | chars/s | docs/s | peak RSS | peak heap |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) {
    const mem = r.error ? `(memory run failed: ${r.error})` : '';
    console.log(
      `| ${r.system} | ${Math.round(r.charsPerSecond).toLocaleString('en-US')} | ${r.docsPerSecond.toFixed(1)} | ${mb(r.peakRssBytes)} | ${mb(r.peakHeapBytes)} ${mem}|`,
    );
  }
  console.log(`| **time ratio analyze / compromise** | **${ratio.toFixed(2)}** | | | |`);
  console.log('');
  console.log(
    `${pass ? 'PASS' : 'FAIL'}: analyze() takes ${ratio.toFixed(2)} × the time of compromise's bare parse (required ≤ ${MAX_TIME_RATIO}).`,
  );
  if (options.memory)
    console.log('Memory: separate child process per system, every text once, parse cache allowed to fill.');
}

const childIndex = argv.indexOf('--memory-child');
if (childIndex >= 0) memoryChild(argv[childIndex + 1], options.limit);
else if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) runBench();
