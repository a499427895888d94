// PDF bytes → article text with pdf.js (run in-thread, no worker, no fonts), laid out by pdfLayout.
import { findDatesInText, isDateLine, isoDate } from './dateText';
import { ImportError } from './errors';
import { layoutParagraphs, type PdfPageText, type PdfTextItem } from './pdfLayout';
import { normaliseSpaces } from './text';

export interface PdfArticle {
  title?: string;
  byline?: string;
  paragraphs: string[];
  date: string | null;
  dateEvidence: string | null;
  guess?: { date: string; reason: string };
}

/** Pages read at most (a longer PDF is a report, not an article; its start is imported). */
const MAX_PAGES = 60;

/** Fewer characters than this in the whole text layer means there is none. */
const MIN_TEXT_CHARS = 20;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker's message handler in this thread (works in Node and in a web worker). */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    installRenderingStubs();
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as Record<string, unknown>)['pdfjsWorker'] = worker;
    return pdfjs;
  })();
  return loading;
}

/** pdf.js builds rendering matrices when it loads; text extraction never renders, so empty classes do. */
function installRenderingStubs(): void {
  const global = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) global[name] ??= class {};
}

/** The article in a PDF. Throws ImportError for a PDF without a text layer or one pdf.js cannot read. */
export async function extractPdfArticle(bytes: Uint8Array, now: Date): Promise<PdfArticle> {
  const pdfjs = await loadPdfJs();
  let document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // pdf.js transfers the buffer it is given: hand it a copy so the caller's bytes stay usable.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    });
    document = await task.promise;
  } catch (error) {
    throw new ImportError(
      'unreadable-pdf',
      `unreadable PDF: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const pages = await readPages(document);
    if (pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.text.trim().length, 0), 0) < MIN_TEXT_CHARS) {
      throw new ImportError('no-text-layer', 'no text layer: scanned PDFs need OCR, which is not supported');
    }
    const paragraphs = layoutParagraphs(pages);
    const info = await readInfo(document);
    const date = pdfDate(paragraphs, info.created, now);
    // A line that is only the date is the dateline, not article text.
    const dateLine = paragraphs.slice(0, 3).findIndex((p) => isDateLine(p));
    return { ...info, paragraphs: paragraphs.filter((_, i) => i !== dateLine || !date.date), ...date };
  } finally {
    await document.destroy();
  }
}

async function readPages(document: {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= Math.min(document.numPages, MAX_PAGES); n++) {
    const page = await document.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const [a, b, , d, e, f] = item.transform as number[];
      items.push({
        text: item.str,
        x: e ?? 0,
        y: f ?? 0,
        width: item.width,
        size: Math.abs(d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || 10,
      });
    }
    pages.push({ width: width ?? 0, height: height ?? 0, items });
    page.cleanup();
  }
  return pages;
}

interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: ({ str: string; transform: unknown; width: number } | { type: string })[] }>;
  cleanup(): void;
}

async function readInfo(document: {
  getMetadata(): Promise<{ info: unknown }>;
}): Promise<{ title?: string; byline?: string; created?: string }> {
  const { info } = await document.getMetadata().catch(() => ({ info: {} }));
  const record = (info ?? {}) as Record<string, unknown>;
  const text = (key: string): string | undefined =>
    typeof record[key] === 'string' ? normaliseSpaces(record[key] as string) || undefined : undefined;
  return { title: text('Title'), byline: text('Author'), created: text('CreationDate') };
}

/** A dateline in the first lines is the date; else the PDF's CreationDate is only a guess. */
function pdfDate(
  paragraphs: readonly string[],
  created: string | undefined,
  now: Date,
): Pick<PdfArticle, 'date' | 'dateEvidence' | 'guess'> {
  const latest = now.toISOString().slice(0, 10);
  const head = paragraphs
    .slice(0, 6)
    .map((p) => p.slice(0, 200))
    .join('\n');
  const dateline = findDatesInText(head).find((d) => d.date <= latest && d.date >= '1990-01-01');
  if (dateline) return { date: dateline.date, dateEvidence: 'dateline' };
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(created ?? '');
  const guess = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  return guess && guess <= latest
    ? { date: null, dateEvidence: null, guess: { date: guess, reason: 'pdf CreationDate' } }
    : { date: null, dateEvidence: null };
}
