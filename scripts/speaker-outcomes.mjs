// Per-quote outcomes for calibration: each predicted quote matched to a gold quote (as score.mjs matches them),
// with its confidence, its evidence features and whether its speaker is right under the shared scorer.

const inter = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const jaccard = (a, b) => {
  const i = inter(a, b);
  const u = a[1] - a[0] + (b[1] - b[0]) - i;
  return u > 0 ? i / u : 0;
};

/** The fixed split used to develop on one half of the dev documents and report the other: by index parity. */
export const half = (index) => (index % 2 === 0 ? 'even' : 'odd');

/** Greedy one-to-one matching (score.mjs's rule): gold i and prediction j overlapping by `overlap(g, p)` characters
 * pair up best Jaccard with `hullOf(g)` first. Returns gold index → prediction index. */
function greedyMatch(gold, pred, overlap, hullOf) {
  const cand = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const ov = overlap(g, p);
      if (ov > 0) cand.push([jaccard(hullOf(g), p.span), ov, i, j]);
    }),
  );
  cand.sort((x, y) => y[0] - x[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3]);
  const used = new Set();
  const pairs = new Map();
  for (const [, , i, j] of cand) {
    if (pairs.has(i) || used.has(j)) continue;
    pairs.set(i, j);
    used.add(j);
  }
  return pairs;
}

/** Quotes: overlap and Jaccard of the trimmed spans. */
const matchQuotes = (gold, pred) =>
  greedyMatch(
    gold,
    pred,
    (g, p) => inter(g.span, p.span),
    (g) => g.span,
  );

/** Claims: overlap with any gold content fragment, Jaccard with the gold hull, over the counted predictions. */
const matchClaims = (required, counted) =>
  greedyMatch(
    required,
    counted,
    (g, p) => g.frags.reduce((n, f) => n + inter(f, p.span), 0),
    (g) => g.hull,
  );

/** Does the predicted span overlap the head of one of the gold speaker spans (score.mjs's spanHits)? */
function spanHits(span, goldSpans, text, phraseHead) {
  if (!span || !Array.isArray(goldSpans)) return false;
  return goldSpans.some((f) => {
    const h = phraseHead(text.slice(f[0], f[1]));
    return inter(h ? [f[0] + h.s, f[0] + h.e] : f, [span.start, span.end]) > 0;
  });
}

/**
 * Outcomes of the attributed quotes of one gold document: { confidence, features, correct, rule }.
 * `scorer` is ../shared/eval/score.mjs (trimQuoteSpan, speakerMatch, phraseHead); `engine` is dist/engine.js.
 */
export function speakerOutcomes(engine, scorer, goldDoc, analysis) {
  if (!Array.isArray(goldDoc.quotes)) return [];
  const text = goldDoc.text;
  const gold = goldDoc.quotes
    .filter((q) => !q.partial)
    .map((q) => ({ q, span: scorer.trimQuoteSpan(text, q.start, q.end) }));
  const direct = analysis.quotes.map((q, i) => ({ q, i })).filter(({ q }) => !q.partial);
  const pred = direct.map(({ q }) => ({ q, span: scorer.trimQuoteSpan(text, q.start, q.end) }));
  const features = engine.speakerFeatures({ text, quotes: analysis.quotes, entities: analysis.entities });
  const out = [];
  for (const [gi, pj] of matchQuotes(gold, pred)) {
    const g = gold[gi].q;
    const s = pred[pj].q.speaker;
    if (!s) continue;
    const correct =
      scorer.speakerMatch(g.speaker ?? null, s.name) ||
      (g.speaker != null && spanHits(s.phrase ?? s.mention, g.speakerSpans, text, scorer.phraseHead));
    out.push({ confidence: s.confidence, features: features[direct[pj].i], correct, rule: s.rule });
  }
  return out;
}

/** Expected calibration error over `bands` equal-width bands, accuracy per band, and the share of wrong
 * speakers among the least confident `lowShare` of quotes. */
export function calibration(outcomes, bands = 10, lowShare = 0.2) {
  const rows = Array.from({ length: bands }, (_, b) => ({ band: b, n: 0, correct: 0, confidence: 0 }));
  for (const o of outcomes) {
    const r = rows[Math.min(bands - 1, Math.floor(o.confidence * bands))];
    r.n++;
    r.correct += o.correct ? 1 : 0;
    r.confidence += o.confidence;
  }
  const n = outcomes.length;
  const ece = rows.reduce(
    (sum, r) => (r.n ? sum + (r.n / n) * Math.abs(r.correct / r.n - r.confidence / r.n) : sum),
    0,
  );
  const sorted = [...outcomes].sort((a, b) => a.confidence - b.confidence);
  const low = sorted.slice(0, Math.round(n * lowShare));
  const wrong = outcomes.filter((o) => !o.correct).length;
  const wrongLow = low.filter((o) => !o.correct).length;
  return {
    n,
    accuracy: n ? outcomes.filter((o) => o.correct).length / n : null,
    ece,
    wrongInLowest: wrong ? wrongLow / wrong : null,
    bands: rows.map((r) => ({
      band: `${(r.band / bands).toFixed(1)}–${((r.band + 1) / bands).toFixed(1)}`,
      n: r.n,
      accuracy: r.n ? r.correct / r.n : null,
      confidence: r.n ? r.confidence / r.n : null,
    })),
  };
}

/**
 * Outcomes of the claims of one gold document matched as score.mjs matches them: { confidence, features, correct }
 * where `correct` is score.mjs's source check.
 */
export function claimOutcomes(engine, scorer, goldDoc, analysis) {
  if (!Array.isArray(goldDoc.attributions)) return [];
  const text = goldDoc.text;
  const all = goldDoc.attributions.map((a) => ({
    frags: a.contentSpans || [a.content],
    hull: a.content,
    a,
    source: a.source ? (a.sourceSpans || [a.source]).map(([s, e]) => text.slice(s, e)).join(' ') : null,
  }));
  const required = all.filter((x) => !x.a.direct);
  const optional = all.filter((x) => x.a.direct);
  const hits = (span, list) => list.some((r) => r.frags.some((f) => inter(f, span) > 0));
  const features = engine.claimSourceFeatures({
    text,
    claims: analysis.claims,
    quotes: analysis.quotes,
    entities: analysis.entities,
  });
  const counted = analysis.claims
    .map((c, i) => ({ c, i, span: [c.content.start, c.content.end] }))
    .filter((x) => hits(x.span, required) || !hits(x.span, optional));
  const out = [];
  for (const [gi, pj] of matchClaims(required, counted)) {
    const g = required[gi];
    const { c, i } = counted[pj];
    const s = c.source;
    const span = s.phrase ?? s.mention;
    const frags = g.a.source ? g.a.sourceSpans || [g.a.source] : [];
    const correct =
      scorer.speakerMatch(g.source, s.name || null) ||
      (g.source != null && spanHits(span, frags, text, scorer.phraseHead));
    out.push({ confidence: s.confidence, features: features[i], correct, rule: c.sourceRule ?? 'none' });
  }
  return out;
}
