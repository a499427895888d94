// Article import speed and memory on the import dev pages from disk (no network), in one process:
//   node --expose-gc scripts/bench/import.mjs [--pages N]
// pages/s over every dev page (extraction + dates sets), then a batch of N (default 1,000) pages cycling through them:
// peak RSS and heap after GC at 100 vs N pages. Target: at least 15 pages/s.
import { loadImportLibrary } from '../importBundle.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const importDir = path.join(process.env.SEED_EVAL_DIR ?? path.resolve(root, '../shared/eval'), 'import');
const argv = process.argv.slice(2);
const batch = Number(argv[argv.indexOf('--pages') + 1] || 0) || 1000;
const TARGET_PAGES_PER_SECOND = 15;

if (!fs.existsSync(importDir)) {
  console.log(
    `bench:import: no import evaluation pages at ${importDir} (they live in ../shared/eval); nothing measured.`,
  );
  process.exit(0);
}
if (typeof globalThis.gc !== 'function') console.log('(run with node --expose-gc for heap-after-GC figures)');

const outDir = path.join(root, 'out/bench-import');
const { extractArticle } = await loadImportLibrary(root, outDir);

const pages = [];
for (const set of ['extraction', 'dates']) {
  const truth = fs
    .readFileSync(path.join(importDir, set, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  for (const line of truth) {
    const page = JSON.parse(line);
    pages.push({ url: page.url, file: path.join(importDir, set, page.page) });
  }
}

const now = new Date();
let peakRss = 0;
let failures = 0;
async function importOne(page) {
  // Each page is read from disk and gunzipped as an import of a saved page would be.
  const bytes = new Uint8Array(zlib.gunzipSync(fs.readFileSync(page.file)));
  try {
    await extractArticle({ bytes, url: page.url, now });
  } catch {
    failures++;
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function loadAverage() {
  return fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'unknown';
}

const heapAfterGc = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

await importOne(pages[0]); // load pdf.js-free code paths and JIT once before timing
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const page of pages) await importOne(page);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rate = pages.length / seconds;
console.log(
  `speed: ${pages.length} dev pages in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} pages/s (target ≥ ${TARGET_PAGES_PER_SECOND}) → ${rate >= TARGET_PAGES_PER_SECOND ? 'PASS' : 'BELOW TARGET'}`,
);
// On a busy machine wall time understates the speed; CPU time does not depend on other processes.
console.log(
  `  CPU time ${cpuSeconds.toFixed(1)} s = ${(pages.length / cpuSeconds).toFixed(1)} pages per CPU-second (load average ${loadAverage()})`,
);
console.log(`  pages that threw (no article text etc.): ${failures}`);

failures = 0;
peakRss = 0;
const marks = {};
for (let i = 1; i <= batch; i++) {
  await importOne(pages[(i - 1) % pages.length]);
  if (i === 100 || i === batch) marks[i] = { rss: peakRss, heap: heapAfterGc() };
}
console.log(`memory over a batch of ${batch} pages (cycling the ${pages.length} dev pages):`);
for (const [n, m] of Object.entries(marks))
  console.log(`  after ${String(n).padStart(5)} pages: peak RSS ${mb(m.rss)}, heap after GC ${mb(m.heap)}`);
const growth = marks[batch].heap - marks[100].heap;
console.log(
  `  heap growth 100 → ${batch}: ${mb(growth)} (${growth < 32 * 1024 * 1024 ? 'bounded' : 'GROWING: check for a leak'})`,
);
