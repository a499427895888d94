// The cost case of issue 16 §4 for anchoring.mjs: 1,000 near-miss annotations of 2,000 characters on a
// 50 KB article (each quote a real span with a few characters changed, so that none is found exactly and
// every one needs the approximate search). It took 27.5 s on 0.3.0; the work budget bounds it.
import { mulberry32 } from './engine.mjs';

const ARTICLE_CHARS = 50 * 1024;
const ANNOTATIONS = 1000;
const LENGTH = 2000;
const CHANGED_CHARS = 5;

/** A 50 KB article from the benchmark texts, and the near-miss selectors on it. */
function build(texts, describeSpan, rand) {
  let text = '';
  for (const t of texts) {
    if (text.length >= ARTICLE_CHARS) break;
    text += `${t.trim()}\n\n`;
  }
  text = text.slice(0, ARTICLE_CHARS);
  const spans = [];
  const exact = [];
  const near = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const start = Math.floor(rand() * (text.length - LENGTH));
    const s = describeSpan(text, start, start + LENGTH);
    const chars = [...s.quote.exact];
    for (let c = 0; c < CHANGED_CHARS; c++) chars[Math.floor(rand() * chars.length)] = '~';
    spans.push({ start, end: start + LENGTH });
    exact.push(s);
    near.push({ ...s, quote: { ...s.quote, exact: chars.join('') } });
  }
  return { text, spans, exact, near };
}

/** Times anchorAll on the near misses (and, as a baseline in the same run, on their exact copies). */
export function nearMissCase(texts, anchorAll, describeSpan) {
  const { text, spans, exact, near } = build(texts, describeSpan, mulberry32(16));
  const t0 = performance.now();
  anchorAll(text, exact);
  const exactMs = performance.now() - t0;
  const t1 = performance.now();
  const results = anchorAll(text, near);
  const ms = performance.now() - t1;
  let anchored = 0;
  let wrong = 0;
  let overBudget = 0;
  results.forEach((r, i) => {
    if (r.orphaned) {
      if (/budget/.test(r.reason)) overBudget++;
      return;
    }
    anchored++;
    const overlap = Math.min(r.end, spans[i].end) - Math.max(r.start, spans[i].start);
    if (overlap < 0.5 * LENGTH) wrong++;
  });
  return {
    annotations: ANNOTATIONS,
    length: LENGTH,
    textLength: text.length,
    ms,
    exactMs,
    anchored,
    wrong,
    overBudget,
  };
}
