// The Collection Report's data and the messages between the extension and its webview. Pure types plus a
// validator for what the webview sends (a webview is untrusted input).
import type { RangeTuple } from '../summary/lineIndex';

export type TimeBucket = 'week' | 'month';
export type Gender = 'female' | 'male' | 'unknown';

export interface ReportFilters {
  /** Inclusive YYYY-MM-DD bounds on the article date. */
  from?: string;
  to?: string;
  /** A folder relative to the workspace ('' or absent: the whole collection). */
  folder?: string;
  bucket?: TimeBucket;
  /** The speaker key whose quotes over time are shown. */
  person?: string;
}

/** A place in an article: what a click opens and selects. */
export interface Ref {
  /** The index's file id. */
  path: string;
  /** Workspace-relative path, for labels. */
  file: string;
  range: RangeTuple;
}

export interface SpeakerBar {
  key: string;
  name: string;
  quotes: number;
  articles: number;
  gender: Gender;
  anonymous: boolean;
  ref: Ref;
}

export interface GenderShare {
  gender: Gender;
  people: number;
  quotes: number;
  /** Share of named people quoted, 0..1. */
  share: number;
}

export interface FolderRow {
  folder: string;
  articles: number;
  quotes: number;
  people: number;
  organizations: number;
  anonymousQuotes: number;
  /** Opens the folder's first article. */
  ref: Ref;
}

export interface TimelineCell {
  bucket: string;
  series: string;
  count: number;
  /** The first of these quotes. */
  ref?: Ref;
}

export interface Timeline {
  bucket: TimeBucket;
  buckets: string[];
  /** Series names in stacking order: the top speakers, then "Others". */
  series: string[];
  cells: TimelineCell[];
  undated: number;
}

export interface PlaceBar {
  key: string;
  name: string;
  mentions: number;
  articles: number;
  ref: Ref;
}

export interface ClaimSourceBar {
  key: string;
  name: string;
  claims: number;
  hedged: number;
  anonymous: boolean;
  ref: Ref;
}

export interface QuoteItem {
  text: string;
  speaker: string;
  speakerKey: string;
  date?: string;
  ref: Ref;
}

export type ConflictKind = 'different-speakers' | 'reworded';

export interface Conflict {
  kind: ConflictKind;
  /** Word similarity of the two quotes, 0..1. */
  similarity: number;
  a: QuoteItem;
  b: QuoteItem;
}

export interface PersonTimeline {
  key: string;
  name: string;
  cells: { bucket: string; count: number; ref?: Ref }[];
  /** The first page of the person's quotes (oldest first): at most PERSON_QUOTES_PAGE. */
  quotes: QuoteItem[];
  /** How many quotes the person has in the filter. */
  quoteCount: number;
}

export interface ReportData {
  filters: ReportFilters;
  /** Every folder that holds articles, with its ancestors, for the folder filter. */
  folders: string[];
  dateRange?: { from: string; to: string };
  totals: {
    articles: number;
    quotes: number;
    attributedQuotes: number;
    speakers: number;
    claims: number;
    anonymousQuotes: number;
  };
  speakers: SpeakerBar[];
  /** The most quoted speakers in the filter (at most SPEAKER_NAMES_LIMIT), for the person and search pickers. */
  speakerNames: { key: string; name: string }[];
  gender: GenderShare[];
  folderRows: FolderRow[];
  timeline: Timeline;
  person?: PersonTimeline;
  places: PlaceBar[];
  claimSources: ClaimSourceBar[];
  claims: { total: number; hedged: number };
  conflicts: Conflict[];
  /** Milliseconds the report model took to build. */
  buildMs: number;
}

export interface SearchQuery {
  text: string;
  speaker?: string;
  folder?: string;
  from?: string;
  to?: string;
}

export interface SearchResult {
  kind: 'quote' | 'claim';
  text: string;
  who: string;
  date?: string;
  ref: Ref;
}

export interface SearchResults {
  query: SearchQuery;
  total: number;
  results: SearchResult[];
}

/** Extension → webview. */
export type HostMessage =
  | {
      type: 'report';
      data: ReportData;
      /** The index is still being built: more articles will come. */ indexing?: boolean;
    }
  | { type: 'searchResults'; results: SearchResults }
  | { type: 'status'; message: string };

/** Webview → extension. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'filters'; filters: ReportFilters }
  | { type: 'search'; query: SearchQuery }
  | { type: 'reveal'; path: string; range: RangeTuple }
  | { type: 'export' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalString = (x: unknown, max = 500): boolean =>
  x === undefined || (typeof x === 'string' && x.length <= max);
const optionalDate = (x: unknown): boolean => x === undefined || x === '' || (typeof x === 'string' && DATE.test(x));

function validFilters(f: unknown): f is ReportFilters {
  return (
    isObject(f) &&
    optionalDate(f.from) &&
    optionalDate(f.to) &&
    optionalString(f.folder, 2000) &&
    optionalString(f.person) &&
    (f.bucket === undefined || f.bucket === 'week' || f.bucket === 'month')
  );
}

function validQuery(q: unknown): q is SearchQuery {
  return (
    isObject(q) &&
    typeof q.text === 'string' &&
    q.text.length <= 500 &&
    optionalString(q.speaker) &&
    optionalString(q.folder, 2000) &&
    optionalDate(q.from) &&
    optionalDate(q.to)
  );
}

const validRange = (r: unknown): r is RangeTuple =>
  Array.isArray(r) && r.length === 4 && r.every((n) => Number.isInteger(n) && n >= 0);

/** The message if it is a well-formed WebviewMessage, otherwise a reason it is not. */
export function parseWebviewMessage(message: unknown): WebviewMessage | { error: string } {
  if (!isObject(message) || typeof message.type !== 'string')
    return { error: 'a message must be an object with a type' };
  switch (message.type) {
    case 'ready':
    case 'export':
      return { type: message.type };
    case 'filters':
      return validFilters(message.filters)
        ? { type: 'filters', filters: message.filters }
        : { error: 'malformed filters' };
    case 'search':
      return validQuery(message.query) ? { type: 'search', query: message.query } : { error: 'malformed search query' };
    case 'reveal':
      return typeof message.path === 'string' && validRange(message.range)
        ? { type: 'reveal', path: message.path, range: message.range }
        : { error: 'malformed reveal target' };
    default:
      return { error: `unknown message type "${message.type}"` };
  }
}
