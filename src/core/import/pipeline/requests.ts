// What the editor's import command is asked for, validated (its argument can come from any caller), and the
// words of its summary. Pure, so both are unit-tested without VS Code.
import type { ImportRecord } from './types';

/** The command's argument for automation: URLs, file paths/URIs (as strings) or text. */
export interface ImportRequest {
  urls: string[];
  /** File URIs as strings (the adapter turns them into vscode.Uri). */
  files: string[];
  text?: string;
  /** Read the clipboard. */
  clipboard: boolean;
}

/** Most sources one command call takes. */
export const MAX_REQUEST_SOURCES = 1000;
const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

/** URLs typed or pasted, separated by spaces or new lines; the words that are not http(s) URLs are returned apart. */
export function splitUrlList(text: string): { urls: string[]; invalid: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const word of words) {
    let ok = false;
    try {
      const url = new URL(word);
      ok = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      ok = false;
    }
    (ok ? urls : invalid).push(word);
  }
  return { urls: [...new Set(urls)], invalid };
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * The command argument as a request, or undefined when there is none (the pickers are shown), or a message when it
 * is malformed. `files` items may be strings or URI-like objects with `toString()` (the adapter passes strings).
 */
export function parseImportRequest(arg: unknown): ImportRequest | string | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg !== 'object' || Array.isArray(arg)) return 'the import command takes { urls?, files?, text? }';
  const { urls, files, text, clipboard } = arg as Record<string, unknown>;
  if (urls !== undefined && !isStringList(urls)) return '"urls" must be a list of strings';
  if (files !== undefined && !isStringList(files)) return '"files" must be a list of URIs';
  if (text !== undefined && (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH))
    return '"text" must be a string (at most 20 MB)';
  const split = splitUrlList((urls ?? []).join(' '));
  if (split.invalid.length) return `not http(s) addresses: ${split.invalid.slice(0, 3).join(', ')}`;
  const request: ImportRequest = { urls: split.urls, files: files ?? [], text, clipboard: clipboard === true };
  const count = request.urls.length + request.files.length + (text !== undefined ? 1 : 0) + (request.clipboard ? 1 : 0);
  if (!count) return 'nothing to import';
  if (count > MAX_REQUEST_SOURCES) return `at most ${MAX_REQUEST_SOURCES} sources at once`;
  return request;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Imported 18 articles, 2 duplicates, 1 failed" (skipped ones named when there are any). */
export function importSummary(records: readonly ImportRecord[]): string {
  const count = (status: ImportRecord['status']): number => records.filter((r) => r.status === status).length;
  const parts = [`Imported ${plural(count('imported'), 'article', 'articles')}`];
  if (count('duplicate')) parts.push(plural(count('duplicate'), 'duplicate', 'duplicates'));
  if (count('skipped')) parts.push(`${count('skipped')} skipped`);
  if (count('failed')) parts.push(`${count('failed')} failed`);
  return parts.join(', ');
}
