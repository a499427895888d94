// Scores article import on the import dev sets in ../shared/eval/import with their scorer: through the CLI
// (seed-annotate import --list, each page's url given), as a user imports, and the extraction library alone.
//   node scripts/eval-import.mjs [--only extraction|dates] [--limit N] [--verbose]
import { loadImportLibrary } from './importBundle.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
const cli = path.join(root, 'dist/cli.js');
let belowMinimum = false;
for (const set of sets) {
  const truthPath = path.join(importDir, set.name, 'truth.jsonl');
  const gold = fs
    .readFileSync(truthPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .slice(0, limit);
  const truthForScore = limit < Infinity ? writeLimitedTruth(set.name, gold) : truthPath;
  const viaCli = cliPredictions(set, gold);
  const alone = await libraryPredictions(set, gold);
  const s = score(set, truthForScore, viaCli.predictions, 'cli');
  const headline = set.metric === 'body' ? s.f1 : s.accuracy;
  if (headline < set.minimum) belowMinimum = true;
  console.log(`\n${set.name}: ${gold.length} pages through \`seed-annotate import --list\` (each page's url given)`);
  console.log(`  ${line(set, s)}  (${viaCli.skipped} skipped without a date, counted empty)`);
  console.log(
    `  reference: ${set.reference}; minimum ${set.minimum} → ${headline >= set.minimum ? 'PASS' : 'BELOW MINIMUM'}`,
  );
  const a = score(set, truthForScore, alone.predictions, 'library');
  console.log(
    `  extraction alone (every page, dates not required): ${line(set, a)}; ${(gold.length / alone.seconds).toFixed(1)} pages/s`,
  );
  console.log(`  failures (pages that threw): ${alone.failures.length}`);
  for (const failure of alone.failures.slice(0, 20))
    console.log(`    ${failure.id.slice(0, 16)} ${failure.url}: ${failure.message}`);
  if (verbose && set.metric === 'date') printDateMisses(gold, alone.predictions);
}
console.log(`\npredictions in ${path.relative(root, outDir)}/`);
process.exitCode = belowMinimum ? 1 : 0;

/** The pages imported by the CLI, as the user would (`--list` lines with the page and its url, no snapshot). */
function cliPredictions(set, gold) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-eval-import-'));
  try {
    const list = path.join(work, 'list.jsonl');
    const lines = gold.map((page) => ({ source: path.join(importDir, set.name, page.page), url: page.url }));
    fs.writeFileSync(list, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const run = spawnSync(
      process.execPath,
      [cli, 'import', '--list', list, '--jsonl', '--no-snapshot', '--out', 'articles'],
      {
        cwd: work,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const records = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    if (records.length !== gold.length)
      throw new Error(`the CLI answered ${records.length} of ${gold.length} pages: ${run.stderr.slice(-500)}`);
    const predictions = gold.map((page, i) => {
      const r = records[i];
      const text =
        r.file && (r.status === 'imported' || r.status === 'duplicate')
          ? fs.readFileSync(path.join(work, r.file), 'utf8')
          : '';
      return { id: page.id, articleBody: text.replace(/^\s*date \d{4}-\d\d-\d\d ?/, ''), date: r.date ?? null };
    });
    return { predictions, skipped: records.filter((r) => r.status === 'skipped').length };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The extraction library on every page (what the CLI would import if every page had a date). */
async function libraryPredictions(set, gold) {
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
      const partial = error?.partial;
      predictions.push({ id: page.id, articleBody: '', date: partial?.date ?? null, evidence: partial?.dateEvidence });
    }
  }
  return { predictions, failures, seconds: (performance.now() - t0) / 1000 };
}

function score(set, truth, predictions, label) {
  const predPath = path.join(outDir, `${set.name}.${label}.pred.jsonl`);
  fs.writeFileSync(predPath, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const scores = JSON.parse(execFileSync(process.execPath, [scorer, truth, predPath, '--json'], { encoding: 'utf8' }));
  return scores[set.metric];
}

function line(set, s) {
  return set.metric === 'body'
    ? `body F1 ${f(s.f1)}  precision ${f(s.precision)}  recall ${f(s.recall)}  exact ${f(s.accuracy)}`
    : `date accuracy ${f(s.accuracy)}  precision ${f(s.precision)}  dates given ${s.given}/${s.pages}`;
}

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
