// Paragraph structure: blocks of text separated by blank lines.
import type { Span } from './types';

/** Paragraph spans, trimmed of surrounding whitespace; `from` skips a header. */
export function findParagraphs(text: string, from = 0): Span[] {
  const paragraphs: Span[] = [];
  const separator = /\n[ \t\r\f\v]*\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return paragraphs;
}
