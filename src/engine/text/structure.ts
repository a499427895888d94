// Paragraph structure: blank lines, single line breaks and punctuation-only lines ("." between
// paragraphs, as some feeds export) separate paragraphs; hard-wrapped blocks stay whole.
import type { Span } from '../types';

/** A line that ends a sentence, a clause introducing a quote, or a quotation. */
const ENDS_UNIT = /[.!?:;…”"’')\]]$/;
/** A block whose lines mostly end mid-sentence was wrapped at a fixed width. */
const WRAPPED_SHARE = 0.75;
const MIN_WRAPPED_LINES = 3;

interface Line extends Span {
  /** Trimmed text of the line. */
  text: string;
}

/** Paragraph spans, trimmed of surrounding whitespace; `from` skips a header. */
export function findParagraphs(text: string, from = 0): Span[] {
  const paragraphs: Span[] = [];
  for (const block of blocks(text, from)) {
    const lines = block.filter(hasWords); // punctuation-only lines separate
    if (!lines.length) continue;
    if (isHardWrapped(lines)) {
      paragraphs.push({ start: lines[0]!.start, end: lines[lines.length - 1]!.end });
      continue;
    }
    let current: Span | null = null;
    for (let i = 0; i < block.length; i++) {
      const line = block[i]!;
      if (!hasWords(line)) {
        if (current) paragraphs.push(current);
        current = null;
        continue;
      }
      if (current && continuesLine(block[i - 1]!, line)) current.end = line.end;
      else {
        if (current) paragraphs.push(current);
        current = { start: line.start, end: line.end };
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

/** Lines grouped into blocks separated by blank lines; each line trimmed, empty lines dropped. */
function blocks(text: string, from: number): Line[][] {
  const out: Line[][] = [];
  let block: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) block.push({ start: s, end: e, text: text.slice(s, e) });
    else if (block.length) {
      out.push(block);
      block = [];
    }
    start = end + 1;
  }
  if (block.length) out.push(block);
  return out;
}

const hasWords = (line: Line): boolean => /[\p{L}\p{N}]/u.test(line.text);

/** A line that goes on from the one before: it ends mid-sentence and this one starts in lower case. */
function continuesLine(previous: Line, line: Line): boolean {
  return !ENDS_UNIT.test(previous.text) && /^\p{Ll}/u.test(line.text);
}

function isHardWrapped(lines: readonly Line[]): boolean {
  if (lines.length < MIN_WRAPPED_LINES) return false;
  const inner = lines.slice(0, -1);
  const open = inner.filter((l) => !ENDS_UNIT.test(l.text)).length;
  return open / inner.length >= WRAPPED_SHARE;
}
