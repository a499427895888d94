// The summary cache's file format compared: JSON lines (the cache's format: a header, one article per line)
// against V8's structured-clone serialisation (the same entries as length-prefixed binary records, each
// readable alone at its offset). Same summaries (the dev texts' copied to --files articles), in one run:
// file size, time to write, time to read back (wall and CPU), and heap kept after reading.
//   node --expose-gc scripts/bench/cacheFormats.mjs [--files N] [--limit N] [--json]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { bundleSource } from './sourceBundle.mjs';
import { loadBenchTexts, numberOption as opt } from './engine.mjs';

const argv = process.argv.slice(2);
const FILES = Math.max(1, opt('--files', 20000));

async function loadCore(tmp) {
  return bundleSource(
    [
      "export { summarize } from './src/core/summary/summary';",
      "export { internSummary, sharedStrings } from './src/core/summary/intern';",
      "export { SummaryCache } from './src/core/summary/summaryCache';",
      "export { fileCacheStorage } from './src/node/fileCacheStorage';",
      "export { analyze } from './src/engine';",
    ],
    path.join(tmp, 'cache-bundle.cjs'),
  );
}

async function timed(work) {
  globalThis.gc();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  globalThis.gc();
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000, heapBytes: process.memoryUsage().heapUsed - heap0 };
}

/** V8 records: a 4-byte length, then the serialised [path, entry]; written and read in 1 MB chunks. */
function writeV8(file, entries) {
  const fd = fs.openSync(file, 'w');
  for (const entry of entries) {
    const body = v8.serialize(entry);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    fs.writeSync(fd, head);
    fs.writeSync(fd, body);
  }
  fs.closeSync(fd);
}

function readV8(file, core) {
  const data = fs.readFileSync(file);
  const entries = new Map();
  for (let at = 0; at + 4 <= data.length;) {
    const length = data.readUInt32LE(at);
    const [p, entry] = v8.deserialize(data.subarray(at + 4, at + 4 + length));
    core.internSummary(entry.summary, core.sharedStrings);
    entries.set(p, entry);
    at += 4 + length;
  }
  return entries;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-cache-'));
  try {
    const core = await loadCore(tmp);
    const { texts } = loadBenchTexts(opt('--limit', Infinity));
    const originals = texts.map((t, i) => {
      const text = `date 2023-01-01 ${t.trim()}\n`;
      return core.summarize(`/w/${i}.txt`, text, core.analyze(text, { expectHeader: true }));
    });
    const jsonFile = path.join(tmp, 'cache.jsonl');
    const v8File = path.join(tmp, 'cache.v8');
    let cache = new core.SummaryCache(core.fileCacheStorage(jsonFile), 'bench');
    const entries = [];
    for (let i = 0; i < FILES; i++) {
      const p = `/workspace/batch-${String(Math.floor(i / 250)).padStart(2, '0')}/${String(i).padStart(6, '0')}.txt`;
      const summary = { ...originals[(i * 7) % originals.length], path: p };
      cache.set(p, 1_700_000_000_000 + i, 3000 + i, summary, '', `${i}:1`);
      entries.push([p, { mtimeMs: 1_700_000_000_000 + i, size: 3000 + i, identity: `${i}:1`, summary }]);
    }
    const jsonWrite = await timed(() => cache.save());
    const v8Write = await timed(() => writeV8(v8File, entries));
    cache = undefined;
    entries.length = 0;
    const jsonRead = await timed(async () => {
      const c = new core.SummaryCache(core.fileCacheStorage(jsonFile), 'bench');
      await c.load();
      return c;
    });
    const jsonSize = jsonRead.result.size;
    jsonRead.result = undefined;
    const v8Read = await timed(() => readV8(v8File, core));
    const v8Size = v8Read.result.size;
    v8Read.result = undefined;
    const row = (name, file, write, read, n) => ({
      format: name,
      fileBytes: fs.statSync(file).size,
      writeMs: write.ms,
      readMs: read.ms,
      readCpuMs: read.cpuMs,
      heapBytesPerArticle: read.heapBytes / FILES,
      entries: n,
    });
    const rows = [
      row('JSON lines (current)', jsonFile, jsonWrite, jsonRead, jsonSize),
      row('V8 serialize, length-prefixed', v8File, v8Write, v8Read, v8Size),
    ];
    if (argv.includes('--json')) console.log(JSON.stringify({ files: FILES, load: os.loadavg()[0], rows }, null, 2));
    else {
      console.log(`${FILES} articles; load average ${os.loadavg()[0].toFixed(1)}`);
      console.log('| format | file | write | read (wall / CPU) | heap per article after read |');
      console.log('|---|---:|---:|---:|---:|');
      for (const r of rows)
        console.log(
          `| ${r.format} | ${(r.fileBytes / 2 ** 20).toFixed(0)} MB | ${(r.writeMs / 1000).toFixed(2)} s | ${(r.readMs / 1000).toFixed(2)} / ${(r.readCpuMs / 1000).toFixed(2)} s | ${(r.heapBytesPerArticle / 1024).toFixed(1)} KB |`,
        );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
