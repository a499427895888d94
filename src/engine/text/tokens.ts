// Tokenisation and tagging with compromise, one paragraph at a time, with exact UTF-16 offsets.
import { nlp } from './nlp';
import type { Span } from '../types';

export interface Token extends Span {
  /** The word itself, without surrounding punctuation or whitespace. */
  text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  normal: string;
  /** compromise's tags, e.g. Person, ProperNoun, Verb, PastTense. */
  tags: ReadonlySet<string>;
  /** Punctuation and whitespace before / after the word. */
  pre: string;
  post: string;
  /** Index of the token's sentence in the analysis' `sentences`. */
  sentence: number;
  /** Index of the token's paragraph. */
  paragraph: number;
}

interface RawToken {
  start: number;
  end: number;
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  sentence: number;
}

/** A paragraph parsed by compromise; offsets relative to the paragraph start. */
export interface ParsedParagraph {
  tokens: RawToken[];
  sentences: Span[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
}

/**
 * `fast` (default): compromise's lexicon and pre-tagger only, without the post-tagger's match rules,
 * which cost about half of compromise's parse. `full`: compromise's whole tagger.
 */
export type Tagging = 'full' | 'fast';
export const DEFAULT_TAGGING: Tagging = 'fast';

const CACHE_LIMIT = 4000;
const cache = new Map<string, ParsedParagraph>();

/**
 * Parse one paragraph; results are cached by text so unchanged paragraphs are not re-tagged. `useCache`
 * false (an article read once, for the index) neither reads nor fills the cache.
 */
export function parseParagraph(text: string, tagging: Tagging = DEFAULT_TAGGING, useCache = true): ParsedParagraph {
  if (!useCache) return parseUncached(text, tagging);
  const key = tagging === 'full' ? text : `\u0000fast\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const parsed = parseUncached(text, tagging);
  cache.set(key, parsed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return parsed;
}

export function clearParseCache(): void {
  cache.clear();
}

/**
 * compromise slows down quadratically on some long runs ("A. A. A. …", "!!!…", "“”“”…"), so a long
 * paragraph is parsed in chunks of at most this many characters, cut at a line or sentence end where possible.
 */
const MAX_CHUNK = 4000;

function parseUncached(text: string, tagging: Tagging): ParsedParagraph {
  if (text.length <= MAX_CHUNK) return parseChunk(text, tagging);
  const tokens: RawToken[] = [];
  const sentences: Span[] = [];
  for (let start = 0; start < text.length;) {
    const end = chunkEnd(text, start);
    const chunk = parseChunk(text.slice(start, end), tagging);
    const base = sentences.length;
    for (const s of chunk.sentences) sentences.push({ start: s.start + start, end: s.end + start });
    for (const t of chunk.tokens)
      tokens.push({ ...t, start: t.start + start, end: t.end + start, sentence: t.sentence + base });
    start = end;
  }
  return { tokens, sentences };
}

/** End of the chunk starting at `start`: the last line break, else sentence end, else space in its second half. */
function chunkEnd(text: string, start: number): number {
  const limit = start + MAX_CHUNK;
  if (limit >= text.length) return text.length;
  const window = text.slice(start + MAX_CHUNK / 2, limit);
  const base = start + MAX_CHUNK / 2;
  const lineBreak = window.lastIndexOf('\n');
  if (lineBreak >= 0) return base + lineBreak + 1;
  let sentenceEnd = -1;
  for (const m of window.matchAll(/[.!?]["”’)]*\s+(?=\p{Lu}|["“‘(])/gu)) sentenceEnd = m.index + m[0].length;
  if (sentenceEnd > 0) return base + sentenceEnd;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return base + space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** compromise's own pipeline after tokenising, without the post-tagger's match rules. */
const FAST_STEPS = ['typeahead', 'lexicon', 'preTagger', 'contractionTwo'];

function tag(text: string, tagging: Tagging): ReturnType<typeof nlp> {
  if (tagging === 'full') return nlp(text);
  const doc = nlp.tokenize(text);
  doc.compute(FAST_STEPS);
  for (const sentence of (doc as unknown as { document: CompromiseTerm[][] }).document) repairNames(sentence);
  return doc;
}

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'ProperNoun']);
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;
const HONORIFIC_BEFORE = /^\.?\s+$/;

/**
 * The pre-tagger guesses unknown words from their endings ("Rosengarten" a participle, "Hasseld" a past
 * tense); compromise's post-tagger repairs that, and fast tagging does it here: an unknown title-case word
 * inside a sentence, next to another title-case word or after a title ("Ms. Rosengarten"), is a proper noun.
 */
function repairNames(sentence: CompromiseTerm[]): void {
  for (let i = 1; i < sentence.length; i++) {
    const term = sentence[i]!;
    if (
      !TITLE_CASE.test(term.text) ||
      term.tags.has('ProperNoun') ||
      (term.normal ?? '') in lexicon ||
      /["“‘(]/.test(term.pre)
    )
      continue;
    const prev = sentence[i - 1]!;
    const next = sentence[i + 1];
    const afterName = TITLE_CASE.test(prev.text) && !/\S/.test(prev.post) && !isSentenceOpening(sentence, i - 1);
    const afterTitle = prev.tags.has('Honorific') && HONORIFIC_BEFORE.test(prev.post);
    const beforeName = next !== undefined && TITLE_CASE.test(next.text) && !/\S/.test(term.post);
    if (afterName || afterTitle || beforeName) term.tags = new Set(NAME_TAGS);
  }
}

/** Whether term i opens its sentence or a quotation, where a capital letter says nothing. */
function isSentenceOpening(sentence: CompromiseTerm[], i: number): boolean {
  return i === 0 || /["“‘(:]\s*$/.test(sentence[i - 1]!.post) || /["“‘(]/.test(sentence[i]!.pre);
}

/** Quotation marks glued to a word on both sides (`paranoia,”Clinton said`, `said,“Look`, `(R-S.C.):"I`). */
const GLUED_CLOSING = /(?<=[\p{L}\p{N}][,.!?])”(?=\p{L})/gu;
const GLUED_OPENING = /(?<=[\p{L}\p{N}).])(?:[,:;](?=“\p{L})|:(?="\p{L}))/gu;

/**
 * The text compromise reads: a closing mark glued to the next word becomes a space after its punctuation, and
 * the punctuation before a glued opening mark a space before it, so that the words split where a reader splits
 * them. Same length: tokens keep their offsets, and their punctuation is read back from the real text.
 */
function spaceGluedQuotes(text: string): string {
  if (!/[”“"]/.test(text)) return text;
  return text.replace(GLUED_CLOSING, ' ').replace(GLUED_OPENING, ' ');
}

function parseChunk(text: string, tagging: Tagging): ParsedParagraph {
  const tokens: RawToken[] = [];
  const sentences: Span[] = [];
  if (!text.trim()) return { tokens, sentences };
  const spaced = spaceGluedQuotes(text);
  const doc = tag(spaced, tagging);
  const real = spaced !== text;
  const document = (doc as unknown as { document: CompromiseTerm[][] }).document;
  let offset = 0;
  for (const sentence of document) {
    const firstToken = tokens.length;
    for (const term of sentence) {
      const start = offset + term.pre.length;
      const end = start + term.text.length;
      offset = end + term.post.length;
      if (!term.text) continue;
      tokens.push({
        start,
        end,
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        tags: term.tags,
        pre: real ? text.slice(start - term.pre.length, start) : term.pre,
        post: real ? text.slice(end, end + term.post.length) : term.post,
        sentence: sentences.length,
      });
    }
    if (tokens.length > firstToken) {
      // The sentence runs from the first word's visible punctuation to the last word's.
      const first = tokens[firstToken]!;
      const last = tokens[tokens.length - 1]!;
      sentences.push({
        start: first.start - first.pre.replace(/^\s+/, '').length,
        end: last.end + last.post.replace(/\s+$/, '').length,
      });
    }
  }
  // compromise reconstructs its input exactly; if it ever does not, fall back to whitespace tokens.
  if (offset !== text.length) return whitespaceTokens(text);
  return { tokens, sentences };
}

function whitespaceTokens(text: string): ParsedParagraph {
  const tokens: RawToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const start = m.index ?? 0;
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      normal: m[0].toLowerCase(),
      tags: new Set(),
      pre: '',
      post: '',
      sentence: 0,
    });
  }
  return { tokens, sentences: [{ start: 0, end: text.length }] };
}

/** Tokens and sentences of a whole text, given its paragraph spans. */
export function tokenize(
  text: string,
  paragraphs: readonly Span[],
  tagging: Tagging = DEFAULT_TAGGING,
  useCache = true,
): { tokens: Token[]; sentences: Span[] } {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  paragraphs.forEach((para, paragraphIndex) => {
    const parsed = parseParagraph(text.slice(para.start, para.end), tagging, useCache);
    const base = sentences.length;
    for (const s of parsed.sentences) sentences.push({ start: s.start + para.start, end: s.end + para.start });
    // Explicit fields, not an object spread: this runs for every token of the document on every keystroke.
    for (const t of parsed.tokens) {
      tokens.push({
        start: t.start + para.start,
        end: t.end + para.start,
        text: t.text,
        normal: t.normal,
        tags: t.tags,
        pre: t.pre,
        post: t.post,
        sentence: t.sentence + base,
        paragraph: paragraphIndex,
      });
    }
  });
  return { tokens, sentences };
}

/** Index of the first token starting at or after `offset` (binary search; tokens are sorted). */
export function firstTokenFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
