// What the analysis has at a given offset: the innermost mention, quote, claim and date there.
import type { Analysis, Claim, DateMention, Entity, Mention, Quote, Span } from '../../engine/types';

export interface ItemsAt {
  mention?: Mention;
  entity?: Entity;
  quote?: Quote;
  claim?: Claim;
  date?: DateMention;
}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset < span.end;
const isInside =
  (offset: number) =>
  (span: Span): boolean =>
    contains(span, offset) || (offset === span.end && span.end > span.start);

function innermost<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (contains(s, offset) && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best ?? spans.find(isInside(offset));
}

function innermostBy<T>(items: readonly T[], spanOf: (item: T) => Span, offset: number): T | undefined {
  let best: T | undefined;
  let bestLength = Infinity;
  for (const item of items) {
    const s = spanOf(item);
    if (contains(s, offset) && s.end - s.start < bestLength) {
      best = item;
      bestLength = s.end - s.start;
    }
  }
  return best;
}

export function itemsAt(analysis: Analysis, offset: number): ItemsAt {
  const mention = innermost(analysis.mentions, offset);
  const entity = mention ? analysis.entities.find((e) => e.id === mention.entityId) : undefined;
  const quote = innermost(analysis.quotes, offset);
  // The innermost content first (an added claim may enclose a machine one), then a cue or source.
  const claim =
    innermostBy(analysis.claims, (c) => c.content, offset) ??
    analysis.claims.find((c) => contains(c.cue, offset) || (c.source.mention && contains(c.source.mention, offset)));
  const date = innermost(analysis.dates, offset);
  return { mention, entity, quote, claim, date };
}
