// PDF text items → paragraphs: columns, reading order, lines, paragraphs, running headers and page numbers, hyphens.
import { normaliseSpaces } from './text';

/** One positioned run of text on a page (PDF units, y grows upwards as in PDF). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/** The paragraphs of a document's pages, read column by column, without running headers, footers or page numbers. */
export function layoutParagraphs(pages: readonly PdfPageText[]): string[] {
  const pageLines = pages.map((page) => readingOrder(page).map((column) => linesOf(column)));
  const repeated = runningLines(pageLines.map((columns) => columns.flat()));
  const paragraphs: string[] = [];
  for (const columns of pageLines) {
    for (const lines of columns) {
      const kept = lines.filter((line) => !repeated.has(lineKey(line.text)) && !isPageNumber(line.text));
      paragraphs.push(...paragraphsOf(kept));
    }
  }
  return mergeAcrossBreaks(paragraphs);
}

/** The items of a page as reading-order blocks: full-width items above the columns, each column, then the rest. */
export function readingOrder(page: PdfPageText): PdfTextItem[][] {
  const items = page.items.filter((item) => item.text.trim().length > 0);
  const gutter = findGutter(items, page.width);
  if (gutter === undefined) return [items];
  const left = items.filter((i) => i.x + i.width <= gutter);
  const right = items.filter((i) => i.x >= gutter);
  const spanning = items.filter((i) => i.x < gutter && i.x + i.width > gutter);
  const columnsTop = Math.max(...[...left, ...right].map((i) => i.y));
  const above = spanning.filter((i) => i.y > columnsTop);
  const below = spanning.filter((i) => i.y <= columnsTop);
  return [above, left, right, below].filter((block) => block.length > 0);
}

/** The x of a vertical strip in the middle of the page that no text crosses, with text on both sides; else undefined. */
export function findGutter(items: readonly PdfTextItem[], pageWidth: number): number | undefined {
  if (items.length < 6 || pageWidth <= 0) return undefined;
  const step = pageWidth / 100;
  let best: { x: number; crossing: number } | undefined;
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += step) {
    const crossing = items.filter((i) => i.x < x && i.x + i.width > x).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > items.length * 0.1) return undefined;
  const gutter = best.x;
  const leftCount = items.filter((i) => i.x + i.width <= gutter).length;
  const rightCount = items.filter((i) => i.x >= gutter).length;
  return Math.min(leftCount, rightCount) >= items.length * 0.2 ? gutter : undefined;
}

/** Items grouped into lines by baseline, each line's items in x order, lines top to bottom. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfTextItem[]; y: number; size: number }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) * 0.4);
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, size: item.size });
  }
  return lines.map(({ items: lineItems, y, size }) => {
    const row = lineItems.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of row) {
      const gap = item.x - end;
      if (text && gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    const first = row[0] as PdfTextItem;
    return { text: normaliseSpaces(text), x: first.x, y, right: end, size };
  });
}

/** A line is a new paragraph after a gap taller than normal, or when it is indented. */
function paragraphsOf(lines: readonly Line[]): string[] {
  if (!lines.length) return [];
  const gaps = lines
    .slice(1)
    .map((line, i) => (lines[i] as Line).y - line.y)
    .filter((g) => g > 0);
  const usualGap = lowerQuartile(gaps) ?? (lines[0] as Line).size * 1.2;
  const margin = Math.min(...lines.map((l) => l.x));
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const newParagraph =
      !previous ||
      previous.y - line.y > usualGap * 1.4 ||
      previous.y - line.y < 0 ||
      (line.x - margin > line.size * 1.2 && previous.x - margin <= line.size * 0.5);
    if (newParagraph) paragraphs.push([line.text]);
    else (paragraphs[paragraphs.length - 1] as string[]).push(line.text);
  });
  return paragraphs.map(joinLines).filter((p) => p.length > 0);
}

/** Joins a paragraph's lines, undoing end-of-line hyphenation: `inter-` + `national` → `international`. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (/\p{L}[-\u00ad\u2010]$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else if (/\p{L}[-\u2010]$/u.test(text)) text += line;
    else text += ` ${line}`;
  }
  return normaliseSpaces(text);
}

/** A paragraph split by a column or page break (no sentence end, next starts in lower case) is joined again. */
function mergeAcrossBreaks(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const last = out[out.length - 1];
    if (last !== undefined && /[\p{L},;-]$/u.test(last) && /^\p{Ll}/u.test(paragraph))
      out[out.length - 1] = joinLines([last, paragraph]);
    else out.push(paragraph);
  }
  return out;
}

/** Page numbers: `7`, `- 7 -`, `Page 3`, `Page 3 of 10`, `3 / 10`. */
export function isPageNumber(line: string): boolean {
  return /^[-–—\s]*((page|p\.|seite|página|pagina)\s*)?\d{1,4}(\s*(of|\/|von|de|di)\s*\d{1,4})?[-–—\s]*$/i.test(
    line.trim(),
  );
}

/** Running headers and footers are short lines. */
const MAX_RUNNING_LINE = 80;

/** Short lines (digits ignored) at the top or bottom of at least half of the pages, when there are several pages. */
function runningLines(pages: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(
      [...lines.slice(0, 2), ...lines.slice(-2)]
        .filter((l) => l.text.length <= MAX_RUNNING_LINE)
        .map((l) => lineKey(l.text)),
    );
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= threshold && pages.length >= 2).map(([key]) => key));
}

const lineKey = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The line spacing inside paragraphs: the lower quartile of the gaps (paragraph gaps are the larger ones). */
function lowerQuartile(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)];
}
