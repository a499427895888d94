// "This mention is a different person": moves single mentions off the entity they were given (after the
// collection's merges) onto the entity the reader named, with the quotes and claims they are the speaker or
// source of. Pure; never mutates its inputs.
import type { Attribution, Claim, Entity, EntityType, Mention, Quote, Span } from '../../engine/types';
import { lastChanged, type MentionReview, type ReviewAnnotation } from './model';

/** A split annotation where it anchored. */
export type AnchoredSplit = Span & { annotation: ReviewAnnotation };

export interface SplitInput {
  entities: readonly Entity[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
  claims: readonly Claim[];
}

export interface SplitResult {
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  claims: Claim[];
  /** Splits that found no mention where they anchored. */
  orphans: { annotation: ReviewAnnotation; reason: string }[];
}

export const NO_MENTION_THERE = 'no mention of a person, place or organization is where it anchored';

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The mention the split sits on: the same span, else the one it overlaps most (over half of the longer). */
function mentionAt(mentions: readonly Mention[], at: Span): number {
  const same = mentions.findIndex((m) => m.start === at.start && m.end === at.end);
  if (same >= 0) return same;
  let best = -1;
  let bestOverlap = 0;
  mentions.forEach((m, i) => {
    const o = overlap(m, at);
    if (o > bestOverlap && o * 2 > Math.max(m.end - m.start, at.end - at.start)) [best, bestOverlap] = [i, o];
  });
  return best;
}

/** Applies the splits, the last changed last; `splits` are anchored annotations with a mention body. */
export function applyMentionSplits(input: SplitInput, splits: readonly AnchoredSplit[]): SplitResult {
  const entities = [...input.entities];
  const mentions = [...input.mentions];
  let quotes = [...input.quotes];
  let claims = [...input.claims];
  const orphans: SplitResult['orphans'] = [];
  const ordered = [...splits].sort((a, b) => (lastChanged(a.annotation) < lastChanged(b.annotation) ? -1 : 1));
  for (const split of ordered) {
    const body = split.annotation.body as MentionReview;
    const i = mentionAt(mentions, split);
    if (i < 0 || !body.name.trim()) {
      orphans.push({ annotation: split.annotation, reason: NO_MENTION_THERE });
      continue;
    }
    const mention = mentions[i]!;
    const from = entities.find((e) => e.id === mention.entityId);
    const target = targetEntity(entities, mention, body, split.annotation.id, from?.name);
    mentions[i] = { ...mention, entityId: target.id, type: target.type };
    moveMention(entities, mention, from, target);
    const evidence = `mention split off ${from?.name ?? 'another entity'} by a reader`;
    const move = (a: Attribution): Attribution =>
      a.mention && overlap(a.mention, mention) > 0 ? reattributed(a, target, evidence) : a;
    quotes = quotes.map((q) => (q.speaker && move(q.speaker) !== q.speaker ? { ...q, speaker: move(q.speaker) } : q));
    claims = claims.map((c) => (move(c.source) !== c.source ? { ...c, source: move(c.source) } : c));
  }
  return { entities, mentions, quotes, claims, orphans };
}

/** The article's entity by the reader's name (not the one the mention leaves), else a new split entity. */
function targetEntity(
  entities: readonly Entity[],
  mention: Mention,
  body: MentionReview,
  annotation: string,
  fromName: string | undefined,
): Entity {
  const name = body.name.trim();
  const type: EntityType = body.type ?? mention.type;
  const existing = entities.find(
    (e) => e.id !== mention.entityId && e.type === type && e.name.toLowerCase() === name.toLowerCase(),
  );
  if (existing) return existing;
  return {
    id: `split:${annotation}`,
    type,
    name,
    aliases: [...new Set([name, mention.text])],
    mentions: [],
    review: { status: 'corrected', annotation, ...(fromName ? { machine: fromName } : {}), split: true },
  };
}

/** Takes the mention's span out of the entity it leaves and gives it to the target (added when new). */
function moveMention(entities: Entity[], mention: Span, from: Entity | undefined, target: Entity): void {
  const same = (s: Span): boolean => s.start === mention.start && s.end === mention.end;
  if (from) {
    const at = entities.indexOf(from);
    const left = from.mentions.filter((s) => !same(s));
    if (left.length) entities[at] = { ...from, mentions: left };
    else entities.splice(at, 1);
  }
  const at = entities.findIndex((e) => e.id === target.id);
  const span = { start: mention.start, end: mention.end };
  if (at < 0) entities.push({ ...target, mentions: [span] });
  else entities[at] = { ...entities[at]!, mentions: [...entities[at]!.mentions, span] };
}

function reattributed(a: Attribution, target: Entity, evidence: string): Attribution {
  return { ...a, name: target.name, entityId: target.id, evidence: [...a.evidence, evidence] };
}
