// Hedges inside a claim's content: "likely", "may", "cannot rule out".
import { CLAIMS } from '../lexicon';
import type { DocContext } from '../context';
import { firstTokenFrom } from '../text/tokens';
import type { Hedge, Span } from '../types';

const HEDGE_ENTRIES = CLAIMS.hedges.map((line) => line.toLowerCase().split(/\s+/));
/** Single-word hedges; multi-word ones are matched word by word. */
const HEDGE_WORDS = new Set(HEDGE_ENTRIES.filter((p) => p.length === 1).map((p) => p[0]!));
const HEDGE_PHRASES = HEDGE_ENTRIES.filter((p) => p.length > 1);

/** Hedging words and phrases inside a content span. */
export function findHedges(ctx: DocContext, content: Span): Hedge[] {
  const { tokens, text } = ctx;
  const hedges: Hedge[] = [];
  let k = firstTokenFrom(tokens, content.start);
  for (; k < tokens.length && tokens[k]!.end <= content.end; k++) {
    const phrase = HEDGE_PHRASES.find((p) => p.every((w, n) => tokens[k + n]?.normal === w));
    if (phrase) {
      const last = tokens[k + phrase.length - 1]!;
      hedges.push({ start: tokens[k]!.start, end: last.end, text: text.slice(tokens[k]!.start, last.end) });
      k += phrase.length - 1;
      continue;
    }
    const t = tokens[k]!;
    if (HEDGE_WORDS.has(t.normal)) hedges.push({ start: t.start, end: t.end, text: t.text });
  }
  return hedges;
}
