// Bytes of heap the workspace index keeps per article, and what they are: the summaries of the dev texts
// (as the index holds them: copies, names interned), measured by dropping one part at a time. The copies are
// parsed from JSON, as the index receives them from the workers and the cache; `--clone` makes them structured
// clones instead (how workers sent them before).
//   node --expose-gc scripts/bench/indexMemory.mjs [--limit N] [--copies N] [--clone] [--json]
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { bundleSource } from './sourceBundle.mjs';
import { loadBenchTexts, numberOption as opt } from './engine.mjs';

const argv = process.argv.slice(2);

async function loadCore(tmp) {
  return bundleSource(
    [
      "export { summarize } from './src/core/summary/summary';",
      "export { internSummary, StringPool } from './src/core/summary/intern';",
      "export { analyze } from './src/engine';",
    ],
    path.join(tmp, 'memory-bundle.cjs'),
  );
}

function heapUsed() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** What dropping each part of every summary frees: name → function emptying that part in place. */
const PARTS = {
  'quote texts': (s) => s.quotes.forEach((q) => (q.text = '')),
  'claim texts': (s) => s.claims.forEach((c) => (c.text = '')),
  'quotes (rest)': (s) => (s.quotes = []),
  'claims (rest)': (s) => (s.claims = []),
  'entity mentions': (s) => s.entities.forEach((e) => (e.mentions = [])),
  'entities (rest)': (s) => (s.entities = []),
};

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-memory-'));
  try {
    const core = await loadCore(tmp);
    const { texts } = loadBenchTexts(opt('--limit', Infinity));
    const copies = Math.max(1, opt('--copies', 4));
    const originals = texts.map((t, i) => {
      const text = `date 2023-01-01 ${t}`;
      return core.summarize(`/w/batch/${i}.txt`, text, core.analyze(text, { expectHeader: true }));
    });
    const pool = new core.StringPool();
    const before = heapUsed();
    // Copies as the index receives them (JSON from workers and the cache lines), interned.
    const copy = argv.includes('--clone') ? structuredClone : (s) => JSON.parse(JSON.stringify(s));
    let summaries = [];
    for (let c = 0; c < copies; c++)
      for (const s of originals) summaries.push(core.internSummary(copy({ ...s, path: `${s.path}#${c}` }), pool));
    const n = summaries.length;
    const total = heapUsed() - before;
    const parts = {};
    let last = total;
    for (const [name, drop] of Object.entries(PARTS)) {
      summaries.forEach(drop);
      const now = heapUsed() - before;
      parts[name] = (last - now) / n;
      last = now;
    }
    parts.rest = last / n;
    summaries = undefined;
    const result = { articles: n, bytesPerArticle: total / n, parts };
    if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(
        `${n} summaries (${texts.length} dev texts × ${copies}): ${(total / n / 1024).toFixed(1)} KB of heap per article`,
      );
      for (const [name, bytes] of Object.entries(parts)) console.log(`  ${name}: ${(bytes / 1024).toFixed(2)} KB`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
