// The import pipeline: sources → extract → feed items expanded → date decision → duplicates → write. Pure: every
// effect goes through the injected ImportIO, so the CLI, the extension and the tests share it.
import { ImportError, type FeedItem } from '..';
import { extractSource, type ExtractedArticle } from './extract';
import { decideDate, noDateMessage } from './dates';
import { DuplicateIndex } from './duplicates';
import { loadCollection, writeArticle, type ArticleToWrite } from './writer';
import type { FetchedBytes, ImportIO, ImportOptions, ImportRecord, ImportSource } from './types';

/** A prepared article: what it is, where it came from, its raw bytes. */
interface Candidate {
  input: ImportSource;
  article: ExtractedArticle;
  fetched: FetchedBytes;
  /** Addresses this article is known by (given, canonical, fetched, feed link). */
  urls: (string | undefined)[];
  /** A date from the feed item, used when the page has none. */
  feedDate?: string;
}

/** Word count as result lines report it. */
export const countWords = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

export const isWebAddress = (source: string): boolean => /^https?:\/\//i.test(source);

/** Runs the import; one record per source (a feed: one per item), in input order. */
export async function runImport(
  sources: readonly ImportSource[],
  options: ImportOptions,
  io: ImportIO,
  onRecords?: (index: number, records: ImportRecord[]) => void,
): Promise<ImportRecord[]> {
  const index = await loadCollection(io.files, io.progress);
  const context: Context = { io: withOneQuestionAtATime(io), options, index };
  const results: ImportRecord[][] = new Array(sources.length);
  const turns = new Turns(sources.length, Promise.resolve());
  await forEachLimited(sources.length, options.concurrency, async (i) => {
    const source = sources[i]!;
    try {
      results[i] = options.signal?.aborted ? [cancelled(source)] : await importOne(source, context, turns.before(i));
    } finally {
      turns.finish(i);
    }
    onRecords?.(i, results[i]!);
  });
  return results.flat();
}

interface Context {
  io: ImportIO;
  options: ImportOptions;
  index: DuplicateIndex;
}

/**
 * Duplicate checks and writes run one at a time and in input order (extraction runs in parallel): names, clash
 * suffixes and duplicates come out the same on every run. `before(i)` settles when every earlier task finished.
 */
class Turns {
  private readonly done: Promise<void>[] = [];
  private readonly finishers: (() => void)[] = [];

  constructor(
    count: number,
    private readonly start: Promise<unknown>,
  ) {
    for (let i = 0; i < count; i++) this.done.push(new Promise<void>((resolve) => this.finishers.push(resolve)));
  }

  before(i: number): Promise<unknown> {
    return i === 0 ? this.start : this.done[i - 1]!;
  }

  finish(i: number): void {
    void this.before(i).then(() => this.finishers[i]!());
  }
}

async function importOne(input: ImportSource, context: Context, after: Promise<unknown>): Promise<ImportRecord[]> {
  if (input.error) return [failed(input, input.url ?? null, new Error(input.error))];
  try {
    const fetched = await load(input, context.io, context.options.signal);
    const extracted = await extractSource(fetched, { url: input.url ?? fetched.url, now: context.io.now() });
    context.io.progress?.(
      `${input.source}: ${extracted.kind === 'feed' ? `feed, ${extracted.items.length} items` : 'read'}`,
    );
    if (extracted.kind === 'article') {
      const urls = [input.url, extracted.url, fetched.url];
      return [await settle({ input, article: extracted, fetched, urls }, context, after)];
    }
    const records: ImportRecord[][] = new Array(extracted.items.length);
    const turns = new Turns(extracted.items.length, after);
    await forEachLimited(extracted.items.length, context.options.concurrency, async (i) => {
      try {
        records[i] = [await importFeedItem(input, extracted.items[i]!, context, turns.before(i))];
      } finally {
        turns.finish(i);
      }
    });
    return records.flat();
  } catch (error) {
    return [failed(input, input.url ?? (isWebAddress(input.source) ? input.source : null), error)];
  }
}

/** A feed item: its page fetched and extracted; its inline content when the page cannot be fetched. */
async function importFeedItem(
  feed: ImportSource,
  item: FeedItem,
  context: Context,
  after: Promise<unknown>,
): Promise<ImportRecord> {
  const input: ImportSource = { source: feed.source, url: item.link };
  if (context.options.signal?.aborted) return cancelled(input);
  try {
    if (!item.link) throw new Error('the feed item has no link');
    const fetched = await context.io.fetchUrl(item.link, context.options.signal);
    const article = await extractSource(fetched, { url: fetched.url ?? item.link, now: context.io.now() });
    if (article.kind !== 'article') throw new Error('the item links to another feed');
    return await settle(
      { input, article, fetched, urls: [item.link, article.url, fetched.url], feedDate: item.date ?? undefined },
      context,
      after,
    );
  } catch (error) {
    if (!item.paragraphs.length) return failed(input, item.link ?? null, error);
    context.io.progress?.(`${item.link ?? feed.source}: using the feed's own text (${(error as Error).message})`);
    const bytes = new TextEncoder().encode(item.paragraphs.join('\n\n'));
    const article: ExtractedArticle = {
      kind: 'article',
      paragraphs: item.paragraphs,
      title: item.title,
      byline: item.author,
      url: item.link,
      date: null,
      dateEvidence: null,
      format: 'txt',
    };
    return settle(
      {
        input,
        article,
        fetched: { bytes, contentType: 'text/plain' },
        urls: [item.link],
        feedDate: item.date ?? undefined,
      },
      context,
      after,
    );
  }
}

async function load(input: ImportSource, io: ImportIO, signal?: AbortSignal): Promise<FetchedBytes> {
  if (input.text !== undefined) return { bytes: new TextEncoder().encode(input.text), contentType: 'text/plain' };
  if (isWebAddress(input.source)) return io.fetchUrl(input.source, signal);
  return io.readSource(input.source);
}

/** Date, duplicates and writing for one extracted article. */
async function settle(candidate: Candidate, context: Context, after: Promise<unknown>): Promise<ImportRecord> {
  const { article, input } = candidate;
  const base = baseRecord(candidate);
  const date = await decideDate(candidate, context.io);
  if (!date) return { ...base, status: 'skipped', error: noDateMessage(article.guess) };
  const run = after.then(async (): Promise<ImportRecord> => {
    const duplicate = context.index.find(candidate.urls, article.paragraphs.join('\n\n'));
    if (duplicate) return { ...base, ...date, status: 'duplicate', file: duplicate, duplicateOf: duplicate };
    const toWrite: ArticleToWrite = { article, date, bytes: candidate.fetched.bytes, url: base.url ?? undefined };
    const file = await writeArticle(toWrite, context.io, context.options);
    context.index.addText(file, article.paragraphs.join('\n\n'));
    for (const url of candidate.urls) context.index.addUrl(file, url);
    context.io.progress?.(`${input.source}: imported as ${file}`);
    return { ...base, ...date, status: 'imported', file };
  });
  try {
    return await run;
  } catch (error) {
    return { ...base, ...date, status: 'failed', error: messageOf(error) };
  }
}

function baseRecord(candidate: Candidate): ImportRecord {
  const { article, input } = candidate;
  return {
    source: input.source,
    url: input.url ?? article.url ?? candidate.fetched.url ?? null,
    status: 'failed',
    file: null,
    date: null,
    dateEvidence: null,
    title: article.title ?? null,
    outlet: article.outlet ?? null,
    byline: article.byline ?? null,
    words: countWords(article.paragraphs),
  };
}

/** A failed source; a page without article text still reports the title, outlet and date it had. */
function failed(input: ImportSource, url: string | null, error: unknown): ImportRecord {
  const record = emptyRecord(input, url);
  const partial = error instanceof ImportError ? error.partial : undefined;
  return {
    ...record,
    url: record.url ?? partial?.url ?? null,
    title: partial?.title ?? null,
    outlet: partial?.outlet ?? null,
    date: partial?.date ?? null,
    dateEvidence: partial?.dateEvidence ?? null,
    status: 'failed',
    error: messageOf(error),
  };
}

function cancelled(input: ImportSource): ImportRecord {
  return { ...emptyRecord(input, input.url ?? null), status: 'skipped', error: 'cancelled' };
}

function emptyRecord(input: ImportSource, url: string | null): ImportRecord {
  return {
    source: input.source,
    url,
    status: 'failed',
    file: null,
    date: null,
    dateEvidence: null,
    title: null,
    outlet: null,
    byline: null,
    words: 0,
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Date questions one at a time: a second input box would close the first. */
function withOneQuestionAtATime(io: ImportIO): ImportIO {
  const ask = io.askDate;
  if (!ask) return io;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...io,
    askDate: (question) => {
      const answer = queue.then(() => ask(question));
      queue = answer.catch(() => undefined);
      return answer;
    },
  };
}

/** Runs `task(0…count-1)` with at most `limit` at once. */
export async function forEachLimited(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}
