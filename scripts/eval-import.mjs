// Scores article import (src/core/import) on the import dev sets in ../shared/eval/import with their scorer.
//   node scripts/eval-import.mjs [--only extraction|dates] [--limit N] [--verbose]
import { loadImportLibrary } from './importBundle.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = process.env.SEED_EVAL_DIR ?? path.resolve(root, '../shared/eval');
const importDir = path.join(evalDir, 'import');
const scorer = path.join(evalDir, 'score-import.mjs');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = opt('--only');
const limit = Number(opt('--limit') ?? Infinity);
const verbose = argv.includes('--verbose');

if (!fs.existsSync(scorer) || !fs.existsSync(importDir)) {
  console.log(
    `eval-import: no import evaluation data at ${importDir} (it lives in ../shared/eval on the team's machines); nothing scored.`,
  );
  process.exit(0);
}

const outDir = path.join(root, 'out/eval-import');
const { extractArticle } = await loadImportLibrary(root, outDir);

const sets = [
  {
    name: 'extraction',
    field: 'articleBody',
    reference: 'Readability.js 0.943 body F1',
    minimum: 0.955,
    metric: 'body',
  },
  { name: 'dates', field: 'date', reference: 'metascraper-date 0.760 date accuracy', minimum: 0.92, metric: 'date' },
].filter((s) => !only || s.name === only);

const now = new Date();
let belowMinimum = false;
for (const set of sets) {
  const truthPath = path.join(importDir, set.name, 'truth.jsonl');
  const gold = fs
    .readFileSync(truthPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .slice(0, limit);
  const predictions = [];
  const failures = [];
  const t0 = performance.now();
  for (const page of gold) {
    const bytes = new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(importDir, set.name, page.page))));
    try {
      const result = await extractArticle({ bytes, url: page.url, now });
      if (result.kind !== 'article') throw new Error(`imported as ${result.kind}`);
      predictions.push({
        id: page.id,
        articleBody: result.paragraphs.join('\n\n'),
        date: result.date,
        evidence: result.dateEvidence,
      });
    } catch (error) {
      failures.push({ id: page.id, url: page.url, message: error instanceof Error ? error.message : String(error) });
      // A page without article text still has its date (ImportError.partial): the date set scores it.
      const partial = error?.partial;
      predictions.push({ id: page.id, articleBody: '', date: partial?.date ?? null, evidence: partial?.dateEvidence });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const predPath = path.join(outDir, `${set.name}.pred.jsonl`);
  fs.writeFileSync(predPath, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const truthForScore = limit < Infinity ? writeLimitedTruth(set.name, gold) : truthPath;
  const scores = JSON.parse(
    execFileSync(process.execPath, [scorer, truthForScore, predPath, '--json'], { encoding: 'utf8' }),
  );
  const s = scores[set.metric];
  const headline = set.metric === 'body' ? s.f1 : s.accuracy;
  if (headline < set.minimum) belowMinimum = true;
  console.log(
    `\n${set.name}: ${gold.length} pages in ${seconds.toFixed(1)} s (${(gold.length / seconds).toFixed(1)} pages/s)`,
  );
  if (set.metric === 'body') {
    console.log(`  body F1 ${f(s.f1)}  precision ${f(s.precision)}  recall ${f(s.recall)}  exact ${f(s.accuracy)}`);
  } else {
    console.log(`  date accuracy ${f(s.accuracy)}  precision ${f(s.precision)}  dates given ${s.given}/${s.pages}`);
  }
  console.log(
    `  reference: ${set.reference}; minimum ${set.minimum} → ${headline >= set.minimum ? 'PASS' : 'BELOW MINIMUM'}`,
  );
  console.log(`  failures (pages that threw): ${failures.length}`);
  for (const failure of failures.slice(0, 20))
    console.log(`    ${failure.id.slice(0, 16)} ${failure.url}: ${failure.message}`);
  if (verbose && set.metric === 'date') printDateMisses(gold, predictions);
}
console.log(`\npredictions in ${path.relative(root, outDir)}/`);
process.exitCode = belowMinimum ? 1 : 0;

function f(x) {
  return x == null ? '  –  ' : x.toFixed(3);
}

function writeLimitedTruth(name, gold) {
  const file = path.join(outDir, `${name}.truth-limited.jsonl`);
  fs.writeFileSync(file, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  return file;
}

function printDateMisses(gold, predictions) {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  for (const page of gold) {
    const p = byId.get(page.id);
    if (p?.date !== page.date)
      console.log(`    miss ${page.id.slice(0, 16)} gold ${page.date} got ${p?.date} (${p?.evidence}) ${page.url}`);
  }
}
