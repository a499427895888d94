// Workspace indexing: a temporary workspace of ≥ 2,000 seed files (dev texts with date headers, in
// os.tmpdir(), deleted afterwards) indexed through the extension's own vscode-free pieces in src/core:
// the worker pool running dist/analysisWorker.js, the disk cache and the workspace aggregation.
//   node --expose-gc scripts/bench/workspace.mjs [--files N] [--workers N] [--json] [--keep]
// Measures: time to a complete index (cold), peak memory, time to reopen with the cache, and the latency of
// hover-like lookups on an open article while the index is being built, and the Collection Report's model.
// Targets: full index of 2,000 files < 20 s, reopen with cache < 2 s, hovers < 100 ms during indexing,
// report opened < 1 s once indexed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSource } from './sourceBundle.mjs';
import { loadBenchTexts, numberOption as opt } from './engine.mjs';
import { measureSearch } from './searchLatency.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const argv = process.argv.slice(2);
const FILES = Math.max(1, opt('--files', 2000));
const WORKERS_OPTION = opt('--workers', 0);
/** The extension's default worker count unless --workers says otherwise. */
let WORKERS = 1;
const MAX_BYTES = 20 * 1024 * 1024;
const HOVER_EVERY_MS = 100;
const TARGETS = { indexSeconds: 20, reopenSeconds: 2, hoverP95Ms: 100, reportOpenMs: 1000, searchP95Ms: 200 };

const GENERATED =
  'The articles are generated: file i is dev text 7i mod n (so texts repeat once the collection outgrows the dev set) with a date header cycling over 700 days, 250 files per folder.';

const workerScript = path.join(root, 'dist/analysisWorker.js');
if (!fs.existsSync(workerScript)) {
  console.error(`bench-workspace: ${workerScript} is missing; run node scripts/build.mjs first.`);
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-workspace-'));
const cleanup = () => {
  if (!argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

/** The src/core index pieces and the engine, bundled once for Node (they are TypeScript). */
async function loadCore() {
  return bundleSource(
    [
      "export { summarizeFiles } from './src/node/indexBuilder';",
      "export { SummaryCache } from './src/core/summary/summaryCache';",
      "export { fileCacheStorage } from './src/node/fileCacheStorage';",
      "export { AnalysisWorkerPool, indexWorkerCount } from './src/core/workers/workerPool';",
      "export { nodeWorkerFactory } from './src/node/nodeWorkers';",
      "export { buildWorkspaceModel } from './src/core/model/workspaceModel';",
      "export { itemsAt } from './src/core/summary/lookup';",
      "export { SUMMARY_FORMAT_VERSION } from './src/core/summary/summary';",
      "export { entityKey } from './src/core/summary/entityKey';",
      "export { analyze } from './src/engine';",
      "export { buildCorpus } from './src/core/report/corpus';",
      "export { buildReport } from './src/core/report/buildReport';",
      "export { searchCollection } from './src/core/report/search';",
    ],
    path.join(tmp, 'core-bundle.cjs'),
  );
}

/** Writes the workspace: file i is dev text 7i mod n (mixing the sets) with a date header, in nested folders. */
function buildWorkspace(texts, count) {
  const workspace = path.join(tmp, 'workspace');
  const paths = [];
  for (let i = 0; i < count; i++) {
    const folder = path.join(workspace, `batch-${String(Math.floor(i / 250)).padStart(2, '0')}`);
    if (i % 250 === 0) fs.mkdirSync(folder, { recursive: true });
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86400000).toISOString().slice(0, 10);
    const body = texts[(i * 7) % texts.length].trim();
    const file = path.join(
      folder,
      `${String(i).padStart(5, '0')}_${crypto.createHash('sha1').update(String(i)).digest('hex').slice(0, 12)}.txt`,
    );
    fs.writeFileSync(file, `date ${day} ${body}\n`);
    // A collection on disk is older than the run: files modified just now are not cached as final.
    fs.utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    paths.push(file);
  }
  return { workspace, paths };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/** Samples the process's resident memory (main thread + workers) and heap while `work` runs. */
async function withMemory(work) {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  try {
    const result = await work();
    return { result, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Hover-like lookups on an open article while `work` runs: every HOVER_EVERY_MS a hover is requested at a
 * mention of the article; its latency runs from the request to the answer (main-thread delay included), as in
 * the extension: the store's analysis (analyze() on first use, cached after) → itemsAt → workspace model lookup.
 * The first hover of each article is "cold" (the article was just opened); the rest hit the stored analysis.
 */
async function withHovers(core, articles, work) {
  const analyses = new Map();
  let model;
  const warm = [];
  const cold = [];
  let stop = false;
  let n = 0;
  const hover = (requestedAt) => {
    const text = articles[Math.floor(n / 10) % articles.length];
    const first = !analyses.has(text);
    if (first) analyses.set(text, core.analyze(text, { expectHeader: true }));
    const analysis = analyses.get(text);
    const mention = analysis.mentions[n % Math.max(1, analysis.mentions.length)];
    const found = core.itemsAt(analysis, mention ? mention.start : 0);
    if (found.entity) {
      model ??= core.buildWorkspaceModel([]);
      model.entities.get(model.resolve(core.entityKey(found.entity.type, found.entity.name)));
    }
    n++;
    (first ? cold : warm).push(performance.now() - requestedAt);
  };
  const loop = () => {
    if (stop) return;
    const requestedAt = performance.now();
    setTimeout(() => {
      hover(requestedAt + HOVER_EVERY_MS);
      loop();
    }, HOVER_EVERY_MS);
  };
  loop();
  try {
    const result = await work();
    return { result, warm, cold };
  } finally {
    stop = true;
  }
}

/**
 * The Collection Report on the indexed workspace, as the panel builds it: the corpus (once per model), the
 * report for the whole collection (opening), one for a folder and a month (a filter change), and a search.
 */
function measureReport(core, summaries) {
  const model = core.buildWorkspaceModel(summaries);
  const relative = (p) => path.relative(tmp, p).split(path.sep).join('/');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const corpus = core.buildCorpus({ summaries, model, relative });
  const t1 = performance.now();
  const report = core.buildReport(corpus, {});
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const folder = corpus.folders[corpus.folders.length - 1];
  core.buildReport(corpus, { folder, from: '2023-03-01', to: '2023-03-31' });
  const t3 = performance.now();
  return {
    corpus,
    openMs: t2 - t0,
    /** The report is built on one thread: its CPU time is its wall time on an idle machine. */
    openCpuMs: (cpu.user + cpu.system) / 1000,
    corpusMs: t1 - t0,
    reportMs: t2 - t1,
    filterMs: t3 - t2,
    quotes: report.totals.quotes,
    speakers: report.totals.speakers,
    conflicts: report.conflicts.length,
    jsonBytes: Buffer.byteLength(JSON.stringify(report)),
  };
}

async function main() {
  const core = await loadCore();
  WORKERS = core.indexWorkerCount(WORKERS_OPTION, os.availableParallelism());
  const { source, texts } = loadBenchTexts();
  const { workspace, paths } = buildWorkspace(texts, FILES);
  const bytes = paths.reduce((n, p) => n + fs.statSync(p).size, 0);
  const cacheFile = path.join(tmp, 'storage', 'index-cache.json');
  const version = `${core.SUMMARY_FORMAT_VERSION}:bench`;
  const openArticles = paths
    .filter((_, i) => i % 97 === 5)
    .slice(0, 20)
    .map((p) => fs.readFileSync(p, 'utf8'));

  core.analyze('date 2023-03-08 Warm-up: the engine is loaded in the editor before the first hover.', {
    expectHeader: true,
  });

  // 1. Cold: no cache file; every file analysed in worker threads; model built; cache saved.
  const pool = new core.AnalysisWorkerPool(core.nodeWorkerFactory(workerScript), {
    size: WORKERS,
    maxBytes: MAX_BYTES,
    timeoutMs: 120_000,
  });
  const cache = new core.SummaryCache(core.fileCacheStorage(cacheFile), version);
  const loadBefore = os.loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const coldRun = await withMemory(() =>
    withHovers(core, openArticles, async () => {
      await cache.load();
      const built = await core.summarizeFiles({ paths, maxBytes: MAX_BYTES, cache, pool });
      const summarizedAt = performance.now();
      const model = core.buildWorkspaceModel(built.summaries.values());
      const modelAt = performance.now();
      await cache.save();
      return {
        built,
        model,
        summarizeMs: summarizedAt - t0,
        modelMs: modelAt - summarizedAt,
        saveMs: performance.now() - modelAt,
      };
    }),
  );
  const indexMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  pool.dispose();
  const cold = coldRun.result.result;
  const failed = [...cold.built.summaries.values()].filter((s) => s.error).length;

  // 2. Reopen: a fresh cache object loads the file; every file is a cache hit (a pool is passed but never used).
  globalThis.gc?.();
  const reopenPool = new core.AnalysisWorkerPool(core.nodeWorkerFactory(workerScript), {
    size: WORKERS,
    maxBytes: MAX_BYTES,
    timeoutMs: 120_000,
  });
  const r0 = performance.now();
  const reopenCpu0 = process.cpuUsage();
  const reopenCache = new core.SummaryCache(core.fileCacheStorage(cacheFile), version);
  await reopenCache.load();
  const reopened = await core.summarizeFiles({ paths, maxBytes: MAX_BYTES, cache: reopenCache, pool: reopenPool });
  core.buildWorkspaceModel(reopened.summaries.values());
  const reopenMs = performance.now() - r0;
  const reopenCpu = process.cpuUsage(reopenCpu0);
  reopenPool.dispose();

  globalThis.gc?.();
  const { corpus: reportCorpus, ...report } = measureReport(core, [...reopened.summaries.values()]);
  const search = measureSearch(core, reportCorpus, percentile);

  const hoverWarm = coldRun.result.warm;
  const hoverCold = coldRun.result.cold;
  const summary = {
    source,
    generated: GENERATED,
    workspace: { files: FILES, bytes, workers: WORKERS, cores: os.availableParallelism(), failed },
    machine: { loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg()[0] },
    index: {
      seconds: indexMs / 1000,
      summarizeSeconds: cold.summarizeMs / 1000,
      modelSeconds: cold.modelMs / 1000,
      cacheSaveSeconds: cold.saveMs / 1000,
      filesPerSecond: FILES / (indexMs / 1000),
      cpuSeconds,
      analysed: cold.built.analysed,
      peakRssBytes: coldRun.peakRss,
      peakHeapBytes: coldRun.peakHeap,
      cacheFileBytes: fs.statSync(cacheFile).size,
    },
    reopen: {
      seconds: reopenMs / 1000,
      /** On one thread: its wall time on an idle machine (wall times inflate with the machine's load). */
      cpuSeconds: (reopenCpu.user + reopenCpu.system) / 1e6,
      fromCache: reopened.fromCache,
      analysed: reopened.analysed,
    },
    hoverDuringIndexing: {
      ready: {
        count: hoverWarm.length,
        p50Ms: percentile(hoverWarm, 50),
        p95Ms: percentile(hoverWarm, 95),
        maxMs: Math.max(...hoverWarm),
      },
      justOpened: {
        count: hoverCold.length,
        p50Ms: percentile(hoverCold, 50),
        p95Ms: percentile(hoverCold, 95),
        maxMs: Math.max(...hoverCold),
      },
    },
    report,
    search,
  };
  const pass = {
    index: summary.index.seconds < TARGETS.indexSeconds,
    reopen: summary.reopen.seconds < TARGETS.reopenSeconds && reopened.fromCache === FILES,
    hover: summary.hoverDuringIndexing.ready.p95Ms < TARGETS.hoverP95Ms,
    report: report.openMs < TARGETS.reportOpenMs,
    search: search.p95Ms < TARGETS.searchP95Ms,
  };
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...summary, targets: TARGETS, pass }, null, 2));
  } else {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    const ms = (n) => `${n.toFixed(1)} ms`;
    const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
    console.log(`texts: ${source}`);
    console.log(GENERATED);
    console.log(
      `workspace: ${FILES} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${workspace} (temporary); ${WORKERS} worker thread(s) on ${os.availableParallelism()} cores; ${failed} file(s) failed`,
    );
    console.log(
      `load average (1 min): ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after, on ${os.availableParallelism()} cores: wall times above 1 load per core are inflated by other work`,
    );
    console.log(
      'Measured through src/core: AnalysisWorkerPool (dist/analysisWorker.js), summarizeFiles, SummaryCache, buildWorkspaceModel, itemsAt.',
    );
    console.log('');
    console.log('| measure | value | target | |');
    console.log('|---|---:|---:|---|');
    console.log(
      `| full index, cold (${FILES} files) | ${summary.index.seconds.toFixed(1)} s (${summary.index.filesPerSecond.toFixed(0)} files/s) | < ${TARGETS.indexSeconds} s | ${verdict(pass.index)} |`,
    );
    console.log(
      `| … of which analysis in workers / model / cache save | ${summary.index.summarizeSeconds.toFixed(1)} s / ${(summary.index.modelSeconds * 1000).toFixed(0)} ms / ${(summary.index.cacheSaveSeconds * 1000).toFixed(0)} ms | | |`,
    );
    console.log(
      `| CPU time of the cold index, all threads (÷ ${WORKERS} worker(s) = wall time on an idle machine) | ${cpuSeconds.toFixed(1)} s (≈ ${(cpuSeconds / WORKERS).toFixed(1)} s) | | |`,
    );
    console.log(
      `| peak memory while indexing (RSS, all threads / main heap) | ${mb(summary.index.peakRssBytes)} / ${mb(summary.index.peakHeapBytes)} | | |`,
    );
    console.log(
      `| reopen with the cache (${reopened.fromCache}/${FILES} from cache, cache file ${mb(summary.index.cacheFileBytes)}) | ${summary.reopen.seconds.toFixed(2)} s | < ${TARGETS.reopenSeconds} s | ${verdict(pass.reopen)} |`,
    );
    const h = summary.hoverDuringIndexing;
    console.log(
      `| hover during indexing, analysis ready (${h.ready.count}): p50 / p95 / max | ${ms(h.ready.p50Ms)} / ${ms(h.ready.p95Ms)} / ${ms(h.ready.maxMs)} | p95 < ${TARGETS.hoverP95Ms} ms | ${verdict(pass.hover)} |`,
    );
    console.log(
      `| hover during indexing, article just opened (${h.justOpened.count}): p50 / p95 / max | ${ms(h.justOpened.p50Ms)} / ${ms(h.justOpened.p95Ms)} / ${ms(h.justOpened.maxMs)} | | |`,
    );
    console.log(
      `| Collection Report opened once indexed (${report.quotes} quotes, ${report.speakers} speakers, ${report.conflicts} conflicts; ${(report.jsonBytes / 1024).toFixed(0)} KB of data): wall (CPU) | ${ms(report.openMs)} (${ms(report.openCpuMs)}) | < ${TARGETS.reportOpenMs} ms | ${verdict(pass.report)} |`,
    );
    console.log(
      `| … of which corpus / report; then a filter change | ${ms(report.corpusMs)} / ${ms(report.reportMs)}; ${ms(report.filterMs)} | | |`,
    );
    console.log(
      `| search over quotes and claims (${search.queries} queries; the first, \"said\", ${search.firstHits} hits, builds the index: ${ms(search.firstMs)}): p50 / p95 / max | ${ms(search.p50Ms)} / ${ms(search.p95Ms)} / ${ms(search.maxMs)} | p95 < ${TARGETS.searchP95Ms} ms | ${verdict(pass.search)} |`,
    );
  }
  if (Object.values(pass).some((ok) => !ok)) process.exitCode = 1;
}

await main();
