// Scores the engine on ../shared/eval/data with ../shared/eval/score.mjs, and compromise alone in the same run.
//   node scripts/eval.mjs [--only polnear|conll] [--limit N] [--no-baseline] [--full] [--json] [--save DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = process.env.SEED_EVAL_DIR ?? path.resolve(root, '../shared/eval');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = opt('--only');
const limit = Number(opt('--limit') ?? Infinity);
const saveDir = opt('--save');

if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.log(
    `eval: no evaluation data at ${evalDir} (it lives in ../shared/eval on the team's machines); nothing scored.`,
  );
  process.exit(0);
}
const { score, readJsonl } = await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href);
const engine = require(path.join(root, 'dist/engine.js'));
const { compromiseAlone } = await import('./compromise-baseline.mjs');
const { calibration, claimOutcomes, half, speakerOutcomes } = await import('./speaker-outcomes.mjs');
const scorer = { score, readJsonl, ...(await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href)) };

const sets = [
  { name: 'polnear', file: path.join(evalDir, 'data/polnear.dev.jsonl') },
  { name: 'conll', file: path.join(evalDir, 'data/conll2003.dev.jsonl') },
].filter((s) => !only || s.name === only);

const tagging = argv.includes('--full') ? 'full' : 'fast';
/** Stages of the engine that threw (a broken build scores as a bad engine otherwise): the run fails. */
const stageErrors = [];
/** The engine's analyses of the PolNeAR documents, kept for the calibration report. */
const analyses = new Map();
/** The engine's CoNLL predictions by document id, kept to score each half of the documents. */
const conllPredictions = new Map();
const systems = [
  {
    name: tagging === 'full' ? 'seed-annotator (full tagging)' : 'seed-annotator',
    predict: (d) => {
      const analysis = engine.analyze(d.text, {
        tagging,
        onError: (e) => stageErrors.push(`${d.id}: ${e.stage}: ${e.message}`),
      });
      if (Array.isArray(d.quotes)) analyses.set(d.id, analysis);
      const prediction = engine.toPrediction(d.id, analysis);
      if (Array.isArray(d.entities)) conllPredictions.set(d.id, prediction);
      return prediction;
    },
  },
];
if (!argv.includes('--no-baseline')) systems.push({ name: 'compromise alone', predict: compromiseAlone });

const results = {};
for (const set of sets) {
  const gold = readJsonl(set.file).slice(0, limit);
  for (const sys of systems) {
    const t0 = performance.now();
    const preds = gold.map((d) => sys.predict(d));
    const ms = performance.now() - t0;
    if (saveDir) {
      fs.mkdirSync(saveDir, { recursive: true });
      fs.writeFileSync(
        path.join(saveDir, `${set.name}.${sys.name.replace(/\W+/g, '-')}.jsonl`),
        preds.map((p) => JSON.stringify(p)).join('\n') + '\n',
      );
    }
    const res = score(gold, new Map(preds.map((p) => [p.id, p])));
    (results[sys.name] ??= {})[set.name] = { ...res, seconds: ms / 1000 };
  }
}

const f = (x) => (x == null ? '   –  ' : x.toFixed(3));
const rows = [
  ['PolNeAR quote overlap F1', (r) => r.polnear?.quotes?.overlap.f1],
  ['PolNeAR quote exact F1', (r) => r.polnear?.quotes?.exact.f1],
  ['PolNeAR attribution accuracy (matched quotes)', (r) => r.polnear?.quotes?.attribution.accuracy],
  ['PolNeAR quote end-to-end F1', (r) => r.polnear?.quotes?.endToEnd.f1],
  ['PolNeAR claims content-overlap F1', (r) => r.polnear?.claims?.overlap.f1],
  ['PolNeAR claims Jaccard≥0.5 F1', (r) => r.polnear?.claims?.jaccard50.f1],
  ['PolNeAR claims source accuracy', (r) => r.polnear?.claims?.sourceAccuracy.accuracy],
  ['CoNLL-2003 PER F1', (r) => r.conll?.entities?.PER.f1],
  ['CoNLL-2003 LOC F1', (r) => r.conll?.entities?.LOC.f1],
  ['CoNLL-2003 ORG F1', (r) => r.conll?.entities?.ORG.f1],
  ['CoNLL-2003 PER/LOC/ORG micro F1', (r) => r.conll?.entities?.microPLO.f1],
];
/** Confidence against correctness (quote speakers or claim sources), on each half of the PolNeAR documents (the
 * models are fitted on the even half). */
function confidenceCalibration(outcomesOf) {
  const polnear = sets.find((s) => s.name === 'polnear');
  if (!polnear) return null;
  const halves = { even: [], odd: [] };
  readJsonl(polnear.file)
    .slice(0, limit)
    .forEach((d, i) => {
      const a = analyses.get(d.id);
      if (a) halves[half(i)].push(...outcomesOf(engine, scorer, d, a));
    });
  return {
    all: calibration([...halves.even, ...halves.odd]),
    even: calibration(halves.even),
    odd: calibration(halves.odd),
  };
}
/** CoNLL-2003 micro F1 (PER/LOC/ORG) on each half of the dev documents (by index parity), to see what carries. */
function conllHalves() {
  const conll = sets.find((s) => s.name === 'conll');
  const preds = conllPredictions;
  if (!conll || !preds.size) return null;
  const docs = readJsonl(conll.file).slice(0, limit);
  const f1 = (part) => score(part, preds).entities?.microPLO?.f1 ?? null;
  return { even: f1(docs.filter((_, i) => half(i) === 'even')), odd: f1(docs.filter((_, i) => half(i) === 'odd')) };
}
const conllHalf = conllHalves();
if (conllHalf) results.conllHalves = conllHalf;

const speakerCal = confidenceCalibration(speakerOutcomes);
if (speakerCal) results.speakerCalibration = speakerCal;
const claimCal = confidenceCalibration(claimOutcomes);
if (claimCal) results.claimSourceCalibration = claimCal;

function printCalibration(cal, { title, items, wrong }) {
  const f3 = (x) => (x == null ? '–' : x.toFixed(3));
  console.log('');
  console.log(`${title}, PolNeAR dev, fitted on the even documents:`);
  console.log('');
  console.log('| | all | even (fitted) | odd (held out) |');
  console.log('|---|---:|---:|---:|');
  console.log(`| ${items} | ${cal.all.n} | ${cal.even.n} | ${cal.odd.n} |`);
  console.log(
    `| expected calibration error (10 bands) | ${f3(cal.all.ece)} | ${f3(cal.even.ece)} | ${f3(cal.odd.ece)} |`,
  );
  console.log(
    `| share of wrong ${wrong} in the least confident 20 % | ${f3(cal.all.wrongInLowest)} | ${f3(cal.even.wrongInLowest)} | ${f3(cal.odd.wrongInLowest)} |`,
  );
  console.log('');
  console.log(`| confidence band | ${items} | mean confidence | accuracy |`);
  console.log('|---|---:|---:|---:|');
  for (const b of cal.all.bands)
    if (b.n) console.log(`| ${b.band} | ${b.n} | ${f3(b.confidence)} | ${f3(b.accuracy)} |`);
}

if (argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`eval data: ${evalDir}${Number.isFinite(limit) ? ` (first ${limit} docs per set)` : ''}`);
  console.log('');
  console.log(`| metric (dev) | ${systems.map((s) => s.name).join(' | ')} |`);
  console.log(`|---|${systems.map(() => '---:').join('|')}|`);
  for (const [label, get] of rows) {
    const vals = systems.map((s) => get(results[s.name] ?? {}));
    if (vals.every((v) => v === undefined)) continue;
    console.log(`| ${label} | ${vals.map(f).join(' | ')} |`);
  }
  console.log('');
  if (conllHalf)
    console.log(
      `\nCoNLL-2003 PER/LOC/ORG micro F1 by half of the dev documents: even ${f(conllHalf.even)}, odd ${f(conllHalf.odd)}`,
    );
  if (speakerCal)
    printCalibration(speakerCal, {
      title: 'Speaker confidence (attributed quotes)',
      items: 'quotes',
      wrong: 'speakers',
    });
  if (claimCal)
    printCalibration(claimCal, {
      title: 'Claim-source confidence (matched claims)',
      items: 'claims',
      wrong: 'sources',
    });
  console.log('');
  for (const s of systems)
    console.log(
      `${s.name}: ${sets.map((set) => `${set.name} ${results[s.name][set.name].seconds.toFixed(1)} s`).join(', ')}`,
    );
}
void os;
if (stageErrors.length) {
  console.error(`\n${stageErrors.length} engine stage error(s); the scores above are not the engine's:`);
  for (const line of stageErrors.slice(0, 5)) console.error(`  ${line}`);
  process.exit(1);
}
