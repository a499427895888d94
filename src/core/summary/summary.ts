// A compact, serialisable per-file summary of an Analysis: what the workspace index keeps per article.
import type { Analysis, Attribution, Entity, EntityType, ReviewMark } from '../../engine/types';
import type { ArticleReview } from '../review/apply';
import { entityKey, normaliseName } from './entityKey';
import { LineIndex, type RangeTuple } from './lineIndex';
import type { PackedRanges } from './packedRanges';

/** Bump when FileSummary's shape or meaning changes, so cached summaries are rebuilt. */
export const SUMMARY_FORMAT_VERSION = 6;

export interface EntitySummary {
  /** Workspace-wide identity: type + normalised canonical name. */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  /** For a person: gender when a title or first name in the article reveals it. */
  gender?: 'male' | 'female';
  /** In document order, four numbers per mention (packedRanges.ts). */
  mentions: PackedRanges;
  /** Split off another entity by a reader for some mentions: the collection's entity rules leave it alone. */
  split?: boolean;
}

export interface QuoteSummary {
  range: RangeTuple;
  /** The quote's whole text, as in the article (labels shorten it with `snippet`). */
  text: string;
  partial: boolean;
  speaker?: string;
  speakerKey?: string;
  rule?: string;
  confidence?: number;
  anonymous?: boolean;
  review?: ReviewState;
  /** The speaker is an entity a reader split off (see EntitySummary.split). */
  speakerSplit?: boolean;
}

/** A reader's decision as the tree and exports show it. */
export interface ReviewState {
  status: ReviewMark['status'];
  annotation: string;
  /** What the engine said, when the reader corrected it. */
  machine?: string;
  verdict?: string;
  note?: string;
}

export interface ReviewSummary {
  reviewed: number;
  total: number;
  orphans: { id: string; exact: string; reason: string; kind: string }[];
  notes: { id: string; range: RangeTuple; text: string; exact: string }[];
}

export interface ClaimSummary {
  range: RangeTuple;
  /** The claim's whole content. */
  text: string;
  source: string;
  sourceKey: string;
  cue: string;
  hedges: string[];
  anonymous?: boolean;
  review?: ReviewState;
  /** The source is an entity a reader split off (see EntitySummary.split). */
  sourceSplit?: boolean;
}

export interface FileSummary {
  /** File system path (or URI string for non-file documents). */
  path: string;
  date?: string;
  /** The start of the lead paragraph, for labels. */
  title: string;
  entities: EntitySummary[];
  quotes: QuoteSummary[];
  claims: ClaimSummary[];
  problemCounts: Record<string, number>;
  /** Why the file could not be analysed (binary, too large, unreadable). */
  error?: string;
  /** The reader's review of the article, when it has a sidecar. */
  review?: ReviewSummary;
}

const SNIPPET_CHARS = 160;
/** Quotes of at most this many words are fragments ("disgusting", "a turning point"), not statements. */
const FRAGMENT_MAX_WORDS = 4;

/** Speakers and sources that are not a recognised entity are grouped by their display name. */
export function sourceKey(attribution: Attribution, entities: ReadonlyMap<string, Entity>): string {
  const entity = attribution.entityId ? entities.get(attribution.entityId) : undefined;
  if (entity) return entityKey(entity.type, entity.name);
  if (attribution.entityType) return entityKey(attribution.entityType, attribution.name);
  return `${attribution.anonymous ? 'ANON' : 'SRC'}:${normaliseName(attribution.name)}`;
}

/** How a claim or quote source with no name (a passive, "Asked whether …") is shown. */
export function sourceName(attribution: Attribution): string {
  return attribution.name || '(no source named)';
}

export function snippet(text: string, max = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A short quoted fragment rather than a full statement: a partial quote, or a few words. */
export function isQuoteFragment(quote: Pick<QuoteSummary, 'text' | 'partial'>): boolean {
  if (quote.partial) return true;
  const words = quote.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return (words?.length ?? 0) <= FRAGMENT_MAX_WORDS;
}

export function summarize(path: string, text: string, analysis: Analysis): FileSummary {
  const lines = new LineIndex(text);
  const entitiesById = new Map(analysis.entities.map((e) => [e.id, e]));
  const lead = analysis.paragraphs[0];
  const problemCounts: Record<string, number> = {};
  for (const p of analysis.problems) problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;
  return {
    path,
    ...(analysis.header.date ? { date: analysis.header.date } : {}),
    title: lead ? snippet(text.slice(lead.start, lead.end), 80) : '',
    entities: analysis.entities.map((e) => ({
      key: entityKey(e.type, e.name),
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.role ? { role: e.role } : {}),
      ...(e.gender ? { gender: e.gender } : {}),
      mentions: [...e.mentions].sort((a, b) => a.start - b.start).flatMap((m) => lines.range(m.start, m.end)),
      ...(e.review?.split ? { split: true } : {}),
    })),
    quotes: analysis.quotes.map((q) => ({
      range: lines.range(q.start, q.end),
      text: q.text,
      partial: q.partial,
      ...(q.speaker
        ? {
            speaker: q.speaker.name,
            speakerKey: sourceKey(q.speaker, entitiesById),
            rule: q.speaker.rule,
            confidence: q.speaker.confidence,
            ...(q.speaker.anonymous ? { anonymous: true } : {}),
            ...(isSplit(q.speaker, entitiesById) ? { speakerSplit: true } : {}),
          }
        : {}),
      ...(q.review ? { review: reviewState(q.review) } : {}),
    })),
    claims: analysis.claims.map((c) => ({
      range: lines.range(c.content.start, c.content.end),
      text: text.slice(c.content.start, c.content.end),
      source: sourceName(c.source),
      sourceKey: sourceKey(c.source, entitiesById),
      cue: text.slice(c.cue.start, c.cue.end),
      hedges: c.hedges.map((h) => h.text),
      ...(c.source.anonymous ? { anonymous: true } : {}),
      ...(isSplit(c.source, entitiesById) ? { sourceSplit: true } : {}),
      ...(c.review ? { review: reviewState(c.review) } : {}),
    })),
    problemCounts,
    ...('review' in analysis ? { review: reviewSummary(analysis.review as ArticleReview, text, lines) } : {}),
  };
}

const isSplit = (a: Attribution, entities: ReadonlyMap<string, Entity>): boolean =>
  !!a.entityId && !!entities.get(a.entityId)?.review?.split;

function reviewState(mark: ReviewMark): ReviewState {
  return {
    status: mark.status,
    annotation: mark.annotation,
    ...(mark.machine !== undefined ? { machine: mark.machine } : {}),
    ...(mark.verdict ? { verdict: mark.verdict } : {}),
    ...(mark.note ? { note: mark.note } : {}),
  };
}

function reviewSummary(review: ArticleReview, text: string, lines: LineIndex): ReviewSummary {
  return {
    reviewed: review.reviewed,
    total: review.total,
    orphans: review.orphans.map(({ annotation, reason }) => ({
      id: annotation.id,
      exact: annotation.selectors.quote.exact,
      reason,
      kind: annotation.body.kind,
    })),
    notes: review.notes.map((n) => ({
      id: n.id,
      range: lines.range(n.start, n.end),
      text: n.text,
      exact: snippet(text.slice(n.start, n.end), 80),
    })),
  };
}

export function failedSummary(path: string, error: string): FileSummary {
  return { path, title: '', entities: [], quotes: [], claims: [], problemCounts: {}, error };
}
