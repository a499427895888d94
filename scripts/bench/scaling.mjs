// Growth of analyze() time when the input doubles, on adversarial and ordinary texts.
//   node scripts/bench/scaling.mjs [--base CHARS] [--doublings N] [--runs N] [--only NAME] [--json]
// Each input is built at base, 2×base, … 2^N×base characters; each size is analysed `runs` times
// (parse cache cleared) and the median CPU time is kept. Fails when any doubling costs more than 2.5×
// (a steeper doubling is measured again, twice at most, so that one busy moment does not fail it).
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadBenchTexts, numberOption as opt } from './engine.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const argv = process.argv.slice(2);
const BASE = opt('--base', 25_000);
const DOUBLINGS = opt('--doublings', 4);
const RUNS = Math.max(1, opt('--runs', 5));
const MAX_GROWTH = 2.5;
/** A shared machine makes single timings jumpy: a steep doubling is measured this many more times. */
const RETRIES = 3;
/** Below this much CPU time a size is analysed again so timer noise does not pass for growth. */
const MIN_SAMPLE_MS = 200;
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
const HEADER = 'date 2023-03-08\n';

/** `unit` repeated until the text holds `size` characters (whole units only). */
const repeat = (unit) => (size) => unit.repeat(Math.max(1, Math.round(size / unit.length)));
/** `build` after one word: a line without letters or digits is no paragraph, so marks alone would not be analysed. */
const withWord = (build) => (size) => `Words ${build(size)}`;

/** Ordinary news prose: the first bench article with several paragraphs, repeated. */
function realArticle() {
  const { texts } = loadBenchTexts(50);
  const article =
    texts.find((t) => t.split(/\n\s*\n/).length >= 4 && t.length > 2000) ??
    texts[0] ??
    'Officials said on Monday that talks had stalled.\n\n';
  return `${article.trim()}\n\n`;
}

const INPUTS = [
  { name: 'repeated weekdays', build: repeat('They met on Monday. ') },
  { name: 'repeated short sentences', build: repeat('He said no. ') },
  {
    name: 'weekdays in paragraphs',
    build: repeat('They met on Monday and will meet again next Friday, officials said.\n\n'),
  },
  { name: 'nested quotes', build: (size) => `${'“‘'.repeat(size / 4)}word${'’”'.repeat(size / 4)}` },
  { name: 'quotes with cues', build: repeat('“We will win,” she said, “and “soon” they say ‘never’. ') },
  { name: 'runs of quotation marks', build: withWord(repeat('“”"\'‘’')) },
  { name: 'apostrophes', build: repeat("'s '' o'  ") },
  { name: 'capitals', build: repeat('A B C D E F G ') },
  { name: 'capitalised names', build: repeat('Maria Lopez John Carter Acme Corp ') },
  { name: 'commas', build: withWord(repeat(', , , ')) },
  {
    name: 'claims',
    build: repeat(
      'Officials claimed that the plan, which critics said would fail, was working, adding that it had support. ',
    ),
  },
  { name: 'real article repeated', build: (size) => repeat(realArticle())(size) },
].filter((input) => !only || input.name === only);

function cpuMs(fn) {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** The median: one unusually fast or slow pass (a JIT or GC moment, a busy neighbour) does not decide a size. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time of one analysis of `text` on a cold parse cache (several, averaged, when it is short). */
function sampleTime(engine, text) {
  globalThis.gc?.();
  let repeats = 0;
  let total = 0;
  do {
    engine.clearParseCache();
    total += cpuMs(() => engine.analyze(text, { expectHeader: true, maxChars: Infinity }));
    repeats++;
  } while (total < MIN_SAMPLE_MS && repeats < 50);
  return total / repeats;
}

/**
 * Median time of every size over `RUNS` passes, the sizes taken in turn within a pass so that a busy
 * moment on a shared machine slows all sizes alike; a doubling that looks too steep is measured again
 * (up to `RETRIES` more passes over its two sizes) before it counts.
 */
function measure(engine, input) {
  const texts = Array.from({ length: DOUBLINGS + 1 }, (_, d) => HEADER + input.build(BASE * 2 ** d));
  const samples = texts.map(() => []);
  const sizes = texts.map((text) => ({ chars: text.length, ms: Infinity }));
  const take = (k) => {
    samples[k].push(sampleTime(engine, texts[k]));
    sizes[k].ms = median(samples[k]);
  };
  for (let run = 0; run < RUNS; run++) texts.forEach((_, k) => take(k));
  const growthAt = (i) => (sizes[i + 1].ms / sizes[i].ms) * ((sizes[i].chars * 2) / sizes[i + 1].chars);
  for (let i = 0; i < DOUBLINGS; i++) {
    for (let retry = 0; retry < RETRIES && growthAt(i) > MAX_GROWTH; retry++) [i + 1, i].forEach(take);
  }
  const growth = sizes.slice(1).map((_, i) => growthAt(i));
  const worst = Math.max(...growth);
  return { name: input.name, sizes, growth, worst, pass: worst <= MAX_GROWTH };
}

function main() {
  const engine = require(path.join(root, 'dist/engine.js'));
  engine.analyze(HEADER + 'Warm-up: “Hello,” she said on Monday.\n'); // JIT and compromise's lazy set-up
  const results = [];
  for (const input of INPUTS) {
    const result = measure(engine, input);
    results.push(result);
    if (!argv.includes('--json')) {
      const times = result.sizes.map((s) => `${(s.chars / 1000).toFixed(0)}K ${s.ms.toFixed(0)} ms`).join(', ');
      console.log(
        `${result.pass ? 'ok  ' : 'FAIL'} ${result.name.padEnd(26)} worst ×${result.worst.toFixed(2)} per doubling  (${times})`,
      );
    }
  }
  const pass = results.every((r) => r.pass);
  if (!pass) process.exitCode = 1;
  if (argv.includes('--json')) {
    console.log(
      JSON.stringify(
        {
          base: BASE,
          doublings: DOUBLINGS,
          runs: RUNS,
          maxGrowth: MAX_GROWTH,
          node: process.version,
          load: os.loadavg()[0],
          results,
          pass,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log('');
  console.log(
    `${pass ? 'PASS' : 'FAIL'}: every doubling costs at most ×${MAX_GROWTH} CPU time (median of ${RUNS} runs, sizes ${BASE.toLocaleString('en-US')} → ${(BASE * 2 ** DOUBLINGS).toLocaleString('en-US')} chars, load ${os.loadavg()[0].toFixed(1)}).`,
  );
}

main();
