// `seed-annotate import` arguments and `--list FILE.jsonl` lines, validated into sources and options.
import { isIsoDate } from '../core/import/pipeline/dates';
import type { ImportSource } from '../core/import/pipeline/types';

export const IMPORT_USAGE = `usage: seed-annotate import SOURCE… [--out DIR] [--list FILE.jsonl] [--jsonl] [--no-snapshot]
                            [--date-fallback ask|skip] [--concurrency N] [--timeout SECONDS]

  SOURCE            an http(s) URL, a file (.html .htm .xhtml .pdf .xml .rss .atom .txt), a folder (its
                    importable files) or - (text on standard input)
  --out DIR         where seed files go (default: articles); named YYYY-MM-DD-<outlet>-<slug>.txt
  --list FILE.jsonl lines {"source", "url"?, "date"?}: a given date wins; a given url (a saved page's
                    address) is used for date patterns, duplicates and provenance
  --jsonl           one JSON line per source (a feed: per item), in input order: {"source", "url",
                    "status", "file", "date", "dateEvidence", "title", "outlet", "byline", "words",
                    "duplicateOf"?, "error"?}
  --no-snapshot     do not keep the raw page under .seed-annotations/snapshots/
  --date-fallback   without a publication date: skip the source (default) or ask (on a terminal)
  --concurrency N   sources worked on at once (default 4; at most 2 requests at a time per host)
  --timeout SECONDS per request (default 30)`;

export interface ImportArgs {
  sources: string[];
  out: string;
  list?: string;
  jsonl: boolean;
  snapshot: boolean;
  dateFallback: 'ask' | 'skip';
  concurrency: number;
  timeoutSeconds: number;
}

/** The options, or a message (empty for --help). */
export function parseImportArgs(argv: readonly string[]): ImportArgs | string {
  const args: ImportArgs = {
    sources: [],
    out: 'articles',
    jsonl: false,
    snapshot: true,
    dateFallback: 'skip',
    concurrency: 4,
    timeoutSeconds: 30,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '--no-snapshot') args.snapshot = false;
    else if (arg === '--out') args.out = value() ?? '';
    else if (arg === '--list') args.list = value() ?? '';
    else if (arg === '--date-fallback') {
      const v = value();
      if (v !== 'ask' && v !== 'skip') return '--date-fallback takes ask or skip';
      args.dateFallback = v;
    } else if (arg === '--concurrency') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 64) return '--concurrency takes a whole number from 1 to 64';
      args.concurrency = n;
    } else if (arg === '--timeout') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0 || n > 600) return '--timeout takes seconds, more than 0 and at most 600';
      args.timeoutSeconds = n;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else args.sources.push(arg);
  }
  if (!args.out) return '--out takes a folder';
  if (args.list === '') return '--list takes a file';
  if (!args.sources.length && !args.list)
    return 'nothing to import: name URLs, files or folders, - or --list FILE.jsonl';
  if (args.sources.filter((s) => s === '-').length > 1) return '- (standard input) can be named once';
  return args;
}

/** One `--list` line: a source, or why the line cannot be used. */
export function parseListLine(line: string): ImportSource | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'not a JSON object';
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'not a JSON object';
  const { source, url, date } = json as Record<string, unknown>;
  if (typeof source !== 'string' || !source.trim()) return 'no "source"';
  if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)))
    return '"url" must be an http(s) address';
  if (date !== undefined && !isIsoDate(date)) return '"date" must be YYYY-MM-DD';
  return { source: source.trim(), ...(url ? { url } : {}), ...(date ? { date } : {}) };
}
