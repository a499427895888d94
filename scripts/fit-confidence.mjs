// Fits the confidence models (logistic regression, L2) on the even half of the PolNeAR dev documents: quote
// speakers (src/engine/quotes/speakerConfidence.json) and claim sources (src/engine/claims/claimSourceConfidence.json);
// reports calibration on both halves.
//   node scripts/build.mjs && node scripts/fit-confidence.mjs [--dry-run]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { calibration, claimOutcomes, half, speakerOutcomes } from './speaker-outcomes.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = process.env.SEED_EVAL_DIR ?? path.resolve(root, '../shared/eval');
/** L2 penalty on the weights (per quote): keeps rare features from taking extreme weights. */
const L2 = 0.002;
const ITERATIONS = 25;

const scorer = await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href);
const engine = require(path.join(root, 'dist/engine.js'));
const docs = scorer.readJsonl(path.join(evalDir, 'data/polnear.dev.jsonl'));

const speakers = { even: [], odd: [] };
const claims = { even: [], odd: [] };
docs.forEach((d, i) => {
  const analysis = engine.analyze(d.text);
  speakers[half(i)].push(...speakerOutcomes(engine, scorer, d, analysis));
  claims[half(i)].push(...claimOutcomes(engine, scorer, d, analysis));
});

/** Solve A x = b by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Newton's method on the mean log-loss with an L2 penalty on the weights (the bias, last, is not penalised). */
function fit(rows) {
  const k = rows[0].features.length + 1;
  const w = new Array(k).fill(0);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const g = w.map((x, j) => (j < k - 1 ? L2 * x : 0));
    const H = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j && i < k - 1 ? L2 : 0)));
    for (const r of rows) {
      const x = [...r.features, 1];
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * w[j], 0)));
      const err = (p - (r.correct ? 1 : 0)) / rows.length;
      const h = (p * (1 - p)) / rows.length;
      for (let i = 0; i < k; i++) {
        if (!x[i]) continue;
        g[i] += err * x[i];
        for (let j = 0; j < k; j++) H[i][j] += h * x[i] * x[j];
      }
    }
    const step = solve(H, g);
    for (let j = 0; j < k; j++) w[j] -= step[j];
  }
  return { weights: w.slice(0, k - 1), bias: w[k - 1] };
}

/** Fits one model on the even half, reports both halves and the weights, and writes it unless --dry-run. */
function fitAndWrite({ title, outcomes, features, file, comment }) {
  const { weights, bias } = fit(outcomes.even);
  const model = {
    comment,
    fittedOn: 'PolNeAR dev, even-indexed documents',
    features: [...features],
    weights: weights.map((x) => Math.round(x * 1e4) / 1e4),
    bias: Math.round(bias * 1e4) / 1e4,
  };
  const rescore = (rows) => rows.map((r) => ({ ...r, confidence: engine.speakerProbability(r.features, model) }));
  console.log(title);
  for (const name of ['even', 'odd']) {
    const c = calibration(rescore(outcomes[name]));
    console.log(
      `${name} (${name === 'even' ? 'fitted' : 'held out'}): n ${c.n}, accuracy ${c.accuracy.toFixed(3)}, ` +
        `ECE ${c.ece.toFixed(3)}, wrong in least confident 20 % ${c.wrongInLowest.toFixed(3)}`,
    );
  }
  for (const [f, w] of model.features
    .map((f, j) => [f, model.weights[j]])
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])))
    console.log(`  ${f.padEnd(32)} ${w.toFixed(3)}`);
  if (process.argv.includes('--dry-run')) return;
  const out = path.join(root, file);
  fs.writeFileSync(out + '.tmp', JSON.stringify(model, null, 2) + '\n');
  fs.renameSync(out + '.tmp', out);
  console.log(`wrote ${file}`);
}

fitAndWrite({
  title: 'Quote speakers',
  outcomes: speakers,
  features: engine.SPEAKER_FEATURES,
  file: 'src/engine/quotes/speakerConfidence.json',
  comment: 'Speaker confidence: logistic regression over quotes/confidence.ts features; scripts/fit-confidence.mjs',
});
fitAndWrite({
  title: 'Claim sources',
  outcomes: claims,
  features: engine.CLAIM_SOURCE_FEATURES,
  file: 'src/engine/claims/claimSourceConfidence.json',
  comment:
    'Claim-source confidence: logistic regression over claims/claimConfidence.ts features; scripts/fit-confidence.mjs',
});
