// The Collection Report's numbers, from the workspace model: who is quoted, when, where, claims by source,
// conflicts. Pure: the panel and the exported HTML only render what this returns.
import type { SpeakerGroup } from '../model/workspaceModel';
import { rangeAt, rangeCount } from '../summary/packedRanges';
import { findConflicts } from './conflicts';
import { articleFilter, refTo, type ArticleInfo, type Corpus } from './corpus';
import type {
  ClaimSourceBar,
  FolderRow,
  Gender,
  GenderShare,
  PersonTimeline,
  PlaceBar,
  QuoteItem,
  Ref,
  ReportData,
  ReportFilters,
  SpeakerBar,
  Timeline,
} from './protocol';
import { autoBucket, bucketOf, bucketRange } from './timeBuckets';

export const TOP_SPEAKERS = 15;
export const TOP_PLACES = 15;
export const TOP_CLAIM_SOURCES = 12;
export const TIMELINE_SERIES = 5;
export const OTHERS = 'Others';
/** The webview gets pages of rows, not every quote: a person's first quotes, the most quoted names. */
export const PERSON_QUOTES_PAGE = 200;
export const SPEAKER_NAMES_LIMIT = 1000;

/** The filtered quotes of one speaker, in date then file order. */
interface SpeakerSlice {
  group: SpeakerGroup;
  quotes: QuoteItem[];
}

/** `localeCompare` without its per-call set-up: the same order (the default locale and options). */
const compareText = new Intl.Collator().compare;

function quoteItem(
  group: SpeakerGroup,
  article: ArticleInfo | undefined,
  path: string,
  quote: SpeakerGroup['quotes'][number]['quote'],
): QuoteItem {
  const ref = { path, file: article?.file ?? path, range: quote.range };
  const date = article?.date;
  return date
    ? { text: quote.text, speaker: group.name, speakerKey: group.key, date, ref }
    : { text: quote.text, speaker: group.name, speakerKey: group.key, ref };
}

/** A speaker's quote with its article, looked up once. */
interface PlacedQuote {
  q: SpeakerGroup['quotes'][number];
  article: ArticleInfo | undefined;
  date: string;
  file: string;
}

const byDateThenPlace = (a: PlacedQuote, b: PlacedQuote): number =>
  (a.date === b.date ? 0 : compareText(a.date, b.date)) ||
  (a.file === b.file ? 0 : compareText(a.file, b.file)) ||
  a.q.quote.range[0] - b.q.quote.range[0] ||
  a.q.quote.range[1] - b.q.quote.range[1];

/** Each speaker's quotes in date then place order, sorted once per corpus: a filter only drops some. */
const sortedQuotes = new WeakMap<Corpus, Map<SpeakerGroup, PlacedQuote[]>>();

function quotesInOrder(corpus: Corpus, group: SpeakerGroup): PlacedQuote[] {
  let byGroup = sortedQuotes.get(corpus);
  if (!byGroup) sortedQuotes.set(corpus, (byGroup = new Map()));
  let sorted = byGroup.get(group);
  if (!sorted) {
    sorted = group.quotes.map((q) => {
      const article = corpus.articles.get(q.path);
      return { q, article, date: article?.date ?? '', file: article?.file ?? q.path };
    });
    sorted.sort(byDateThenPlace);
    byGroup.set(group, sorted);
  }
  return sorted;
}

function sliceSpeakers(corpus: Corpus, inArticle: (path: string) => boolean): SpeakerSlice[] {
  const slices: SpeakerSlice[] = [];
  for (const group of corpus.model.speakers) {
    const quotes: QuoteItem[] = [];
    for (const { q, article } of quotesInOrder(corpus, group))
      if (inArticle(q.path)) quotes.push(quoteItem(group, article, q.path, q.quote));
    if (quotes.length) slices.push({ group, quotes });
  }
  return slices.sort((a, b) => b.quotes.length - a.quotes.length || compareText(a.group.name, b.group.name));
}

function genderOf(corpus: Corpus, group: SpeakerGroup): Gender {
  return (!group.anonymous && corpus.genders.get(group.key)) || 'unknown';
}

function speakerBars(corpus: Corpus, slices: readonly SpeakerSlice[]): SpeakerBar[] {
  return slices.slice(0, TOP_SPEAKERS).map(({ group, quotes }) => ({
    key: group.key,
    name: group.name,
    quotes: quotes.length,
    articles: new Set(quotes.map((q) => q.ref.path)).size,
    gender: genderOf(corpus, group),
    anonymous: group.anonymous,
    ref: quotes[0]!.ref,
  }));
}

/** A speaker the engine recognised as a person (not an organization, a place, an unnamed or unrecognised source). */
const isPerson = (group: SpeakerGroup): boolean => !group.anonymous && group.key.startsWith('PER:');

/** Shares among the named people quoted: organizations and anonymous sources have no gender to tell. */
export function genderShares(corpus: Corpus, slices: readonly SpeakerSlice[]): GenderShare[] {
  const order: Gender[] = ['female', 'male', 'unknown'];
  const counts = new Map(order.map((g) => [g, { people: 0, quotes: 0 }]));
  for (const { group, quotes } of slices) {
    if (!isPerson(group)) continue;
    const c = counts.get(genderOf(corpus, group))!;
    c.people++;
    c.quotes += quotes.length;
  }
  const people = [...counts.values()].reduce((n, c) => n + c.people, 0);
  return order.map((gender) => ({
    gender,
    ...counts.get(gender)!,
    share: people ? counts.get(gender)!.people / people : 0,
  }));
}

function folderRows(
  corpus: Corpus,
  inArticle: (path: string) => boolean,
  slices: readonly SpeakerSlice[],
): FolderRow[] {
  const rows = new Map<string, FolderRow & { peopleKeys: Set<string>; orgKeys: Set<string> }>();
  const rowOf = (path: string) => {
    const article = corpus.articles.get(path)!;
    // Imported articles count under their outlet, articles made by hand under their folder (corpus.ts).
    const folder = article.group;
    let row = rows.get(folder);
    if (!row)
      rows.set(
        folder,
        (row = {
          folder,
          articles: 0,
          quotes: 0,
          people: 0,
          organizations: 0,
          anonymousQuotes: 0,
          ref: refTo(corpus, path, [0, 0, 0, 0]),
          peopleKeys: new Set(),
          orgKeys: new Set(),
        }),
      );
    return row;
  };
  for (const path of [...corpus.articles.keys()].sort()) if (inArticle(path)) rowOf(path).articles++;
  for (const { group, quotes } of slices) {
    for (const q of quotes) {
      const row = rowOf(q.ref.path);
      row.quotes++;
      if (group.anonymous) row.anonymousQuotes++;
    }
  }
  for (const list of [corpus.model.people, corpus.model.organizations]) {
    for (const entity of list) {
      // An entity's articles are in path order, so one folder's articles come together: one add per row.
      let last: ReturnType<typeof rowOf> | undefined;
      for (const f of entity.files) {
        if (!inArticle(f.path)) continue;
        const row = rowOf(f.path);
        if (row === last) continue;
        (entity.type === 'PER' ? row.peopleKeys : row.orgKeys).add(entity.key);
        last = row;
      }
    }
  }
  return [...rows.values()]
    .map(({ peopleKeys, orgKeys, ...row }) => ({ ...row, people: peopleKeys.size, organizations: orgKeys.size }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

function timeline(
  slices: readonly SpeakerSlice[],
  filters: ReportFilters,
  dateRange: ReportData['dateRange'],
): Timeline {
  const bucket = filters.bucket ?? (dateRange ? autoBucket(dateRange.from, dateRange.to) : 'month');
  const buckets = dateRange ? bucketRange(dateRange.from, dateRange.to, bucket) : [];
  const top = slices.slice(0, TIMELINE_SERIES).filter((s) => !s.group.anonymous || slices.length <= TIMELINE_SERIES);
  const topKeys = new Map(top.map((s) => [s.group.key, s.group.name]));
  const counts = new Map<string, { count: number; ref: Ref }>();
  let undated = 0;
  let others = false;
  for (const { group, quotes } of slices) {
    const series = topKeys.get(group.key) ?? OTHERS;
    for (const q of quotes) {
      if (!q.date) {
        undated++;
        continue;
      }
      if (series === OTHERS) others = true;
      const key = `${bucketOf(q.date, bucket)}\u0000${series}`;
      const cell = counts.get(key);
      if (cell) cell.count++;
      else counts.set(key, { count: 1, ref: q.ref });
    }
  }
  const series = [...topKeys.values(), ...(others ? [OTHERS] : [])];
  const cells = buckets.flatMap((b) =>
    series.map((s) => {
      const cell = counts.get(`${b}\u0000${s}`);
      return { bucket: b, series: s, count: cell?.count ?? 0, ...(cell ? { ref: cell.ref } : {}) };
    }),
  );
  return { bucket, buckets, series, cells, undated };
}

function personTimeline(
  slices: readonly SpeakerSlice[],
  key: string | undefined,
  line: Timeline,
): PersonTimeline | undefined {
  const slice = key ? slices.find((s) => s.group.key === key) : undefined;
  if (!slice) return undefined;
  const counts = new Map<string, { count: number; ref: Ref }>();
  for (const q of slice.quotes) {
    if (!q.date) continue;
    const bucket = bucketOf(q.date, line.bucket);
    const cell = counts.get(bucket);
    if (cell) cell.count++;
    else counts.set(bucket, { count: 1, ref: q.ref });
  }
  const cells = line.buckets.map((bucket) => {
    const cell = counts.get(bucket);
    return { bucket, count: cell?.count ?? 0, ...(cell ? { ref: cell.ref } : {}) };
  });
  return {
    key: slice.group.key,
    name: slice.group.name,
    cells,
    quotes: slice.quotes.slice(0, PERSON_QUOTES_PAGE),
    quoteCount: slice.quotes.length,
  };
}

function placeBars(corpus: Corpus, inArticle: (path: string) => boolean): PlaceBar[] {
  const bars: PlaceBar[] = [];
  for (const place of corpus.model.places) {
    const files = place.files.filter((f) => inArticle(f.path) && f.ranges.length);
    if (!files.length) continue;
    const first = files[0]!;
    bars.push({
      key: place.key,
      name: place.name,
      mentions: files.reduce((n, f) => n + rangeCount(f.ranges), 0),
      articles: files.length,
      ref: refTo(corpus, first.path, rangeAt(first.ranges, 0)!),
    });
  }
  return bars.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, TOP_PLACES);
}

function claimSourceBars(
  corpus: Corpus,
  inArticle: (path: string) => boolean,
): { bars: ClaimSourceBar[]; total: number; hedged: number } {
  const bars: ClaimSourceBar[] = [];
  let total = 0;
  let hedged = 0;
  for (const source of corpus.model.claimSources) {
    const claims = source.claims.filter((c) => inArticle(c.path));
    if (!claims.length) continue;
    const hedgedHere = claims.filter((c) => c.claim.hedges.length > 0).length;
    total += claims.length;
    hedged += hedgedHere;
    bars.push({
      key: source.key,
      name: source.name,
      claims: claims.length,
      hedged: hedgedHere,
      anonymous: source.anonymous,
      ref: refTo(corpus, claims[0]!.path, claims[0]!.claim.range),
    });
  }
  bars.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  return { bars: bars.slice(0, TOP_CLAIM_SOURCES), total, hedged };
}

function dateRangeOf(corpus: Corpus, inArticle: (path: string) => boolean): ReportData['dateRange'] {
  let from: string | undefined;
  let to: string | undefined;
  for (const a of corpus.articles.values()) {
    if (!a.date || !inArticle(a.path)) continue;
    if (!from || a.date < from) from = a.date;
    if (!to || a.date > to) to = a.date;
  }
  return from && to ? { from, to } : undefined;
}

export function buildReport(corpus: Corpus, filters: ReportFilters = {}): ReportData {
  const started = performance.now();
  const inArticle = articleFilter(corpus, filters);
  const slices = sliceSpeakers(corpus, inArticle);
  const quotes = slices.flatMap((s) => s.quotes);
  const dateRange = dateRangeOf(corpus, inArticle);
  const line = timeline(slices, filters, dateRange);
  const claims = claimSourceBars(corpus, inArticle);
  const person = personTimeline(slices, filters.person, line);
  const articles = [...corpus.articles.values()].filter((a) => inArticle(a.path));
  return {
    filters,
    folders: corpus.folders,
    ...(dateRange ? { dateRange } : {}),
    totals: {
      articles: articles.length,
      quotes: articles.reduce((n, a) => n + a.quotes, 0),
      attributedQuotes: quotes.length,
      speakers: slices.length,
      claims: claims.total,
      anonymousQuotes: slices.filter((s) => s.group.anonymous).reduce((n, s) => n + s.quotes.length, 0),
    },
    speakers: speakerBars(corpus, slices),
    speakerNames: slices.slice(0, SPEAKER_NAMES_LIMIT).map((s) => ({ key: s.group.key, name: s.group.name })),
    gender: genderShares(corpus, slices),
    folderRows: folderRows(corpus, inArticle, slices),
    timeline: line,
    ...(person ? { person } : {}),
    places: placeBars(corpus, inArticle),
    claimSources: claims.bars,
    claims: { total: claims.total, hedged: claims.hedged },
    conflicts: findConflicts(quotes),
    buildMs: performance.now() - started,
  };
}
