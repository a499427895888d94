// Publication date of a page: an ordered table of evidence rules, the first sane date wins; modified dates are guesses.
import { findDatesInText, parseDateValue } from './dateText';
import { all, attr, type DomDocument } from './dom';
import { articleNodes, type JsonLdNode, stringProperty } from './jsonLd';
import type { MetaTags } from './metaTags';

export interface PublicationDate {
  date: string | null;
  /** The rule that found `date`, e.g. `json-ld datePublished`; null without a date. */
  evidence: string | null;
  /** A weak date (only a modified date, a file's metadata…) to pre-fill and confirm, never used silently. */
  guess?: { date: string; reason: string };
}

/** What the date rules read from a page. */
export interface DatePage {
  document?: DomDocument;
  meta?: MetaTags;
  jsonLd?: readonly JsonLdNode[];
  url?: string;
  /** The first lines of the page near its headline, and of the article text, for a dateline. */
  textLines?: readonly string[];
  /** The raw page, for date markup outside the DOM (RDF trackback comments). */
  html?: string;
  dayFirst?: boolean;
}

interface DateRule {
  evidence: string;
  values(page: DatePage): readonly (string | undefined)[];
}

/** Meta names that carry a publication date, in order of trust. */
const PUBLISHED_META = [
  'og:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'DC.date.issued', 'dc.date.issued', 'dcterms.issued', 'DC.date', 'dc.date', 'dcterms.date', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'published-date', 'citation_publication_date',
  'citation_date', 'OriginalPublicationDate', 'original-publish-date', 'cXenseParse:recs:publishtime', 'date.release',
  'release_date', 'Date', 'article_date_original', 'created', 'dc.created', 'DC.created',
]; // prettier-ignore

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'dateModified',
  'last-modified',
  'lastmod',
  'DC.date.modified',
  'dcterms.modified',
];

/** The evidence rules, most trusted first. */
export const PUBLISHED_RULES: readonly DateRule[] = [
  { evidence: 'json-ld datePublished', values: (p) => jsonLdValues(p.jsonLd, 'datePublished') },
  { evidence: 'meta article:published_time', values: (p) => metaValues(p.meta, 'article:published_time') },
  { evidence: 'itemprop datePublished', values: (p) => itempropValues(p.document, 'datePublished') },
  { evidence: 'time datetime in article', values: (p) => articleTimeValues(p.document) },
  ...PUBLISHED_META.map((name) => ({ evidence: `meta ${name}`, values: (p: DatePage) => metaValues(p.meta, name) })),
  { evidence: 'json-ld dateCreated', values: (p) => jsonLdValues(p.jsonLd, 'dateCreated') },
  {
    evidence: 'time datetime',
    values: (p) => (p.document ? all(p.document, 'time[datetime]').map((t) => attr(t, 'datetime')) : []),
  },
  { evidence: 'rdf dc:date', values: (p) => [/\bdc:date=["']([^"']{8,40})["']/.exec(p.html ?? '')?.[1]] },
  { evidence: 'url date', values: (p) => [urlDate(p.url)] },
  { evidence: 'dateline', values: (p) => datelineValues(p) },
  { evidence: 'labelled date in page text', values: (p) => labelledDateValues(p) },
];

/** Rules whose date is only a guess: the page says when it changed, not when it appeared. */
export const GUESS_RULES: readonly DateRule[] = [
  { evidence: 'json-ld dateModified', values: (p) => jsonLdValues(p.jsonLd, 'dateModified') },
  ...MODIFIED_META.map((name) => ({ evidence: `meta ${name}`, values: (p: DatePage) => metaValues(p.meta, name) })),
  { evidence: 'itemprop dateModified', values: (p) => itempropValues(p.document, 'dateModified') },
];

/** Earliest year taken as a publication date. */
const MIN_YEAR = 1990;

interface Found {
  date: string;
  evidence: string;
  raw: string;
}

/**
 * The page's publication date by the first rule with a sane date (not after `now`, not before 1990). An early-morning
 * UTC timestamp (`…T02:10:00Z`) falls on the day after the local one west of Greenwich: when another rule gives the
 * day before, that local day wins.
 */
export function findPublicationDate(page: DatePage, now: Date): PublicationDate {
  const latest = new Date(now.getTime() + 36 * 3600 * 1000).toISOString().slice(0, 10);
  const sane = (date: string | undefined): date is string =>
    !!date && date <= latest && Number(date.slice(0, 4)) >= MIN_YEAR;
  const found = (rules: readonly DateRule[], all: boolean): Found[] => {
    const out: Found[] = [];
    for (const rule of rules) {
      for (const raw of rule.values(page)) {
        const date = raw ? parseDateValue(raw, { dayFirst: page.dayFirst }) : undefined;
        if (raw && sane(date)) {
          out.push({ date, evidence: rule.evidence, raw });
          break;
        }
      }
      if (out.length && !all) break;
    }
    return out;
  };
  const published = found(PUBLISHED_RULES, true);
  const best = published[0];
  if (best) {
    const local = isEarlyUtcTimestamp(best.raw) ? published.find((f) => f.date === dayBefore(best.date)) : undefined;
    if (local) return { date: local.date, evidence: `${local.evidence} (${best.evidence} is in UTC)` };
    return { date: best.date, evidence: best.evidence };
  }
  const guess = found(GUESS_RULES, false)[0];
  return guess
    ? { date: null, evidence: null, guess: { date: guess.date, reason: guess.evidence } }
    : { date: null, evidence: null };
}

/** Before this UTC hour, the local day in the Americas (UTC−3 … UTC−10) is the day before. */
const EARLY_UTC_HOUR = 10;

/** A timestamp in UTC (`Z`, `+00:00`, `GMT`, `UTC`) early enough in the day to be the day before somewhere west. */
function isEarlyUtcTimestamp(raw: string): boolean {
  const time = /\d[T ](\d\d):\d\d/.exec(raw);
  return !!time && Number(time[1]) < EARLY_UTC_HOUR && /(Z|[+-]00:?00|\bGMT|\bUTC)\s*$/i.test(raw.trim());
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - 24 * 3600 * 1000).toISOString().slice(0, 10);
}

function jsonLdValues(nodes: readonly JsonLdNode[] | undefined, key: string): (string | undefined)[] {
  if (!nodes) return [];
  const preferred = articleNodes(nodes);
  return [...preferred, ...nodes.filter((n) => !preferred.includes(n))].map((n) => stringProperty(n, key));
}

function metaValues(meta: MetaTags | undefined, name: string): readonly string[] {
  return meta?.all(name) ?? [];
}

function itempropValues(document: DomDocument | undefined, prop: string): (string | undefined)[] {
  if (!document) return [];
  return all(document, `[itemprop="${prop}"]`).map(
    (e) => attr(e, 'content') ?? attr(e, 'datetime') ?? e.textContent ?? undefined,
  );
}

function articleTimeValues(document: DomDocument | undefined): (string | undefined)[] {
  if (!document) return [];
  return all(
    document,
    'article time[datetime], main time[datetime], time[pubdate], time.published, time.entry-date',
  ).map((t) => attr(t, 'datetime'));
}

/** `/2020/06/24/`, `/2020-06-24/`, `20200624` in a URL's path. */
export function urlDate(url: string | undefined): string | undefined {
  const path = url?.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '') ?? '';
  const match =
    /(?:^|[/_-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  return match
    ? `${match[1]}-${(match[2] as string).padStart(2, '0')}-${(match[3] as string).padStart(2, '0')}`
    : undefined;
}

/** Words that label a publication date in a page's text, in several languages ("Published:", "기사입력 :"). */
const PUBLISHED_LABELS = [
  'published', 'posted', 'publication date', 'date published', 'first published', 'publié', 'publicado',
  'publicada', 'pubblicato', 'veröffentlicht', 'gepubliceerd', 'opublikowano', 'опубликовано', 'publicat',
  '입력', '기사입력', '등록', '发布', '發佈', '發布', '发表', '公開', '掲載', 'yayınlanma', 'diterbitkan',
]; // prettier-ignore
const LABELLED_DATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${PUBLISHED_LABELS.join('|')})(?:\\s*(?:on|at|le|el|am|il|:|：|\\[|\\(|-|—))*\\s*([^\\n]{6,40})`,
  'giu',
);

/** A date right after a publication label in the page's text ("기사입력 : 2018-08-25 15:24", "Published: May 3, 2020"). */
function labelledDateValues(page: DatePage): (string | undefined)[] {
  const text = (page.document?.body?.textContent ?? '').slice(0, 300_000);
  const out: (string | undefined)[] = [];
  for (const match of text.matchAll(LABELLED_DATE)) {
    out.push(parseDateValue((match[1] ?? '').replace(/^[\s:：[(]+/, ''), { dayFirst: page.dayFirst }));
    if (out.length >= 5) break;
  }
  return out;
}

function datelineValues(page: DatePage): (string | undefined)[] {
  const text = (page.textLines ?? []).join('\n');
  return findDatesInText(text, { dayFirst: page.dayFirst }).map((d) => d.date);
}

/** Adds the article text's own dateline as the last rule, for a page whose metadata gave no date. */
export function withDateline(
  found: PublicationDate,
  lines: readonly string[],
  now: Date,
  dayFirst?: boolean,
): PublicationDate {
  if (found.date) return found;
  const fromText = findPublicationDate({ textLines: lines, dayFirst }, now);
  return fromText.date ? { ...fromText, evidence: 'dateline in article text', guess: found.guess } : found;
}
