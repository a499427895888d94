// Exports of the reviewed workspace for other tools: W3C Web Annotations (an AnnotationCollection of the
// machine's and the readers' annotations) and schema.org ClaimReview for every claim with a verdict.
// Pure: the caller reads the articles and sidecars and writes the file.
import { LineIndex, type RangeTuple } from '../summary/lineIndex';
import { unpackRanges } from '../summary/packedRanges';
import type { ClaimSummary, FileSummary, QuoteSummary } from '../summary/summary';
import { describeSpan } from './anchoring/anchoring';
import { annotationJson, compareAnnotations } from './jsonldWrite';
import { JSONLD_CONTEXT, SEED_PREFIX } from './jsonld';
import { lastChanged, nowIso, VERDICT_LABELS, type ReviewAnnotation, type Verdict } from './model';

/** One article of the workspace as the exports need it. */
export interface ReviewExportArticle {
  /** The article's summary with the review applied (review state on quotes and claims, entity rules). */
  summary: FileSummary;
  /** The article relative to the collection root, '/'-separated: the annotations' `target.source`. */
  source: string;
  /** The article's text, for the selectors (exact, prefix, suffix, UTF-16 offsets) of machine annotations. */
  text: string;
  /** The article's sidecar annotations (the human layer), as parseSidecar read them. */
  annotations: readonly ReviewAnnotation[];
  /** Where the article is published or kept (its URL or file: URI), for ClaimReview; defaults to `source`. */
  url?: string;
  /** The sidecar's `describing` annotations (an import's provenance), exported as they are. */
  describing?: readonly unknown[];
  /** Where an imported article came from (validated provenance): fills ClaimReview's `appearance`. */
  provenance?: { url?: string; title?: string; outlet?: string; byline?: string; published?: string };
}

export interface ReviewExportOptions {
  /** Seed Annotator's version, named in the machine annotations' `creator`. */
  version: string;
  /** When the export was made (ISO 8601); now by default. */
  generated?: string;
  /** Who publishes the fact checks (ClaimReview `author`); else each verdict's annotation creator. */
  publisher?: { type: 'Person' | 'Organization'; name: string; url?: string };
}

type Json = Record<string, unknown>;

export function softwareCreator(version: string): Json {
  return { id: `${SEED_PREFIX}software`, type: 'Software', name: 'Seed Annotator', 'schema:softwareVersion': version };
}

/** Offsets of a summary's line ranges in the article text. */
class OffsetIndex {
  private readonly lines: LineIndex;
  constructor(text: string) {
    this.lines = new LineIndex(text);
  }
  span(range: RangeTuple): { start: number; end: number } | undefined {
    const start = this.lines.offset(range[0], range[1]);
    const end = this.lines.offset(range[2], range[3]);
    return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
  }
}

/** A W3C AnnotationCollection (one embedded page) of every article's machine and reader annotations. */
export function webAnnotationCollection(articles: readonly ReviewExportArticle[], options: ReviewExportOptions): Json {
  const generated = options.generated ?? nowIso();
  const creator = softwareCreator(options.version);
  const items: Json[] = [];
  for (const article of [...articles].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) {
    items.push(...((article.describing ?? []) as Json[]));
    items.push(...machineAnnotations(article, creator, generated));
    // The article annotated is this one, whatever `target.source` a sidecar said (a path outside the collection…).
    items.push(
      ...[...article.annotations].sort(compareAnnotations).map((a) => annotationJson({ ...a, source: article.source })),
    );
  }
  return {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Seed Annotator: machine and reader annotations',
    generator: creator,
    generated,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The engine's findings as annotations: quotes with speakers, claims with sources, entity mentions. */
export function machineAnnotations(article: ReviewExportArticle, creator: Json, created: string): Json[] {
  const offsets = new OffsetIndex(article.text);
  const out: { start: number; json: Json }[] = [];
  const add = (kind: string, range: RangeTuple, motivation: string, body: Json): void => {
    const span = offsets.span(range);
    if (!span) return;
    const { quote, position } = describeSpan(article.text, span.start, span.end);
    out.push({
      start: span.start,
      json: {
        id: `${SEED_PREFIX}machine:${encodeURIComponent(article.source)}#${kind}-${span.start}-${span.end}`,
        type: 'Annotation',
        motivation,
        created,
        creator,
        target: { source: article.source, selector: [{ ...quote }, { ...position }] },
        body: { ...body },
      },
    });
  };
  for (const q of article.summary.quotes) {
    if (q.review?.status === 'added') continue; // the reader's, exported with the human layer
    add(
      'quote',
      q.range,
      'classifying',
      compact({
        type: 'seed:Quote',
        'seed:speaker': machineSpeaker(q),
        'seed:partial': q.partial || undefined,
        'seed:rule': q.rule,
        'seed:confidence': q.confidence,
        'seed:reviewedBy': q.review?.annotation,
      }),
    );
  }
  for (const c of article.summary.claims) {
    if (c.review?.status === 'added') continue;
    add(
      'claim',
      c.range,
      'classifying',
      compact({
        type: 'seed:Claim',
        'seed:source': machineSource(c),
        'seed:cue': c.cue || undefined,
        'seed:hedges': c.hedges.length ? c.hedges : undefined,
        'seed:reviewedBy': c.review?.annotation,
      }),
    );
  }
  for (const e of article.summary.entities) {
    for (const range of unpackRanges(e.mentions))
      add('mention', range, 'identifying', {
        type: 'seed:EntityMention',
        'seed:entity': e.key,
        'seed:entityName': e.name,
        'seed:entityType': e.type,
      });
  }
  return out.sort((a, b) => a.start - b.start).map((x) => x.json);
}

/** What the engine said: a corrected quote's speaker is in its review mark. */
function machineSpeaker(q: QuoteSummary): string | undefined {
  return q.review?.status === 'corrected' ? q.review.machine : q.speaker;
}

function machineSource(c: ClaimSummary): string {
  return c.review?.machine ?? c.source;
}

const RATING: Partial<Record<Verdict, number>> = { true: 5, 'mostly-true': 4, mixed: 3, misleading: 2, false: 1 };

/** schema.org ClaimReview (JSON-LD `@graph`), one entry per claim a reader gave a verdict (not "unchecked"). */
export function claimReviews(
  articles: readonly ReviewExportArticle[],
  options: Pick<ReviewExportOptions, 'publisher'> = {},
): Json {
  const graph: Json[] = [];
  for (const article of [...articles].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) {
    const offsets = new OffsetIndex(article.text);
    const byId = new Map(article.annotations.map((a) => [a.id, a]));
    for (const claim of article.summary.claims) {
      const verdict = claim.review?.verdict as Verdict | undefined;
      if (!verdict || verdict === 'unchecked' || !(verdict in VERDICT_LABELS)) continue;
      const annotation = byId.get(claim.review!.annotation);
      const span = offsets.span(claim.range);
      graph.push(
        claimReview(
          article,
          claim,
          verdict,
          span ? article.text.slice(span.start, span.end) : claim.text,
          annotation,
          options.publisher,
        ),
      );
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

function claimReview(
  article: ReviewExportArticle,
  claim: ClaimSummary,
  verdict: Verdict,
  text: string,
  annotation: ReviewAnnotation | undefined,
  publisher: ReviewExportOptions['publisher'],
): Json {
  const date = article.summary.date;
  const rating = RATING[verdict];
  const evidence = annotation?.body.kind === 'claim' ? annotation.body.evidence : undefined;
  const author = publisher
    ? compact({ '@type': publisher.type, name: publisher.name, url: publisher.url })
    : annotation && reviewerOf(annotation.creator);
  return compact({
    '@type': 'ClaimReview',
    '@id': claim.review!.annotation,
    datePublished: annotation ? lastChanged(annotation).slice(0, 10) : undefined,
    author,
    claimReviewed: text.replace(/\s+/g, ' ').trim(),
    reviewBody: claim.review!.note,
    citation: evidence?.length ? evidence : undefined,
    itemReviewed: compact({
      '@type': 'Claim',
      author: claimAuthor(claim),
      datePublished: date,
      appearance: appearance(article, date),
    }),
    reviewRating: compact({
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[verdict],
      ratingValue: rating,
      worstRating: rating === undefined ? undefined : 1,
      bestRating: rating === undefined ? undefined : 5,
    }),
  });
}

/** The article where the claim appeared: its provenance when it was imported, else its file. */
function appearance(article: ReviewExportArticle, date: string | undefined): Json {
  const p = article.provenance;
  return compact({
    '@type': 'NewsArticle',
    url: p?.url ?? article.url ?? article.source,
    headline: p?.title ?? (article.summary.title || undefined),
    datePublished: p?.published ?? date,
    author: p?.byline ? { '@type': 'Person', name: p.byline } : undefined,
    publisher: p?.outlet ? { '@type': 'Organization', name: p.outlet } : undefined,
  });
}

function claimAuthor(claim: ClaimSummary): Json | undefined {
  if (!claim.source || claim.source === '(no source named)') return undefined;
  const type = claim.sourceKey.startsWith('ORG:') || claim.sourceKey.startsWith('LOC:') ? 'Organization' : 'Person';
  return { '@type': type, name: claim.source };
}

/** A W3C annotation creator as a schema.org author. */
function reviewerOf(creator: unknown): Json | undefined {
  if (typeof creator === 'string') return { '@id': creator };
  if (typeof creator !== 'object' || creator === null) return undefined;
  const c = creator as Json;
  const name = typeof c.name === 'string' ? c.name : typeof c.nickname === 'string' ? c.nickname : undefined;
  const id = typeof c.id === 'string' ? c.id : typeof c['@id'] === 'string' ? c['@id'] : undefined;
  if (!name && !id) return undefined;
  const type = c.type === 'Organization' || c['@type'] === 'Organization' ? 'Organization' : 'Person';
  return compact({ '@type': type, '@id': id, name });
}

/** Characters that would end or break a `<script type="application/ld+json">` block, as JSON escapes. */
const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Pretty-printed JSON-LD with a final newline, as the exports write it: safe to paste into an HTML
 * `<script type="application/ld+json">` (no `</script>`, no raw line separators); JSON parsers read the same.
 */
export function jsonLdText(doc: Json): string {
  return `${JSON.stringify(doc, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!)}\n`;
}

function compact(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
