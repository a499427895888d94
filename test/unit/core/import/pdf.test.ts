// pdf.ts and pdfLayout.ts on PDFs generated here with pdf-lib: columns, hyphens, page numbers, running headers.
import assert from 'node:assert/strict';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { extractArticle, ImportError, type ImportedArticle } from '../../../../src/core/import';
import { isPageNumber, joinLines } from '../../../../src/core/import/pdfLayout';

const NOW = new Date('2026-12-08T10:00:00Z');

interface Line {
  text: string;
  x: number;
  y: number;
}

async function pdf(pages: Line[][], options: { created?: Date } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font: PDFFont = await document.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = document.addPage([600, 800]);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: 10, font });
  }
  if (options.created) document.setCreationDate(options.created);
  return document.save();
}

/** Lines of a column from the top, 14 points apart, a blank line (28 points) between paragraphs. */
function column(x: number, top: number, paragraphs: string[][]): Line[] {
  const lines: Line[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    for (const text of paragraph) {
      lines.push({ text, x, y });
      y -= 14;
    }
    y -= 14;
  }
  return lines;
}

async function importPdf(bytes: Uint8Array): Promise<ImportedArticle> {
  const result = await extractArticle({ bytes, now: NOW });
  assert.equal(result.kind, 'article');
  return result as ImportedArticle;
}

describe('import/pdf', function () {
  this.timeout(30000);

  it('reads two columns column by column and joins their lines into paragraphs', async () => {
    const left = column(50, 700, [
      ['Left column first paragraph starts here', 'and continues on its second line.'],
      ['Left column second paragraph is short.'],
    ]);
    const right = column(320, 700, [['Right column paragraph begins at the top', 'and ends on this line.']]);
    const result = await importPdf(await pdf([[{ text: 'March 3, 2021', x: 50, y: 740 }, ...left, ...right]]));
    assert.deepEqual(result.paragraphs, [
      'Left column first paragraph starts here and continues on its second line.',
      'Left column second paragraph is short.',
      'Right column paragraph begins at the top and ends on this line.',
    ]);
    assert.equal(result.date, '2021-03-03');
    assert.equal(result.dateEvidence, 'dateline');
  });

  it('undoes end-of-line hyphenation but keeps hyphens before capitals', async () => {
    const lines = column(50, 700, [
      [
        'The inter-',
        'national committee met the Franco-',
        'German delegation on a well-known day',
        'of the year with many delegates present.',
      ],
    ]);
    const result = await importPdf(await pdf([lines]));
    assert.equal(
      result.paragraphs[0],
      'The international committee met the Franco-German delegation on a well-known day of the year with many delegates present.',
    );
    assert.equal(joinLines(['co-', 'operate']), 'cooperate');
    assert.equal(joinLines(['ends with a dash -', 'next']), 'ends with a dash - next');
  });

  it('removes running headers, footers and page numbers', async () => {
    const pages = [1, 2, 3].map((n) => [
      { text: 'The Example Gazette Quarterly Report', x: 50, y: 770 },
      ...column(50, 700, [[`Body text of page ${n} says something different from the other pages of this document.`]]),
      { text: `Page ${n} of 3`, x: 280, y: 30 },
    ]);
    const result = await importPdf(await pdf(pages));
    assert.equal(result.paragraphs.length, 3);
    assert.ok(result.paragraphs.every((p) => p.startsWith('Body text of page')));
    assert.ok(
      isPageNumber('- 7 -') && isPageNumber('12') && isPageNumber('Page 3 of 10') && !isPageNumber('12 apples'),
    );
  });

  it('gives the CreationDate only as a guess when the text has no date', async () => {
    const lines = column(50, 700, [
      [
        'A paragraph with no date in it at all, long enough to be an article by itself here,',
        'and a second line to make it longer.',
      ],
    ]);
    const result = await importPdf(await pdf([lines], { created: new Date('2019-05-06T12:00:00Z') }));
    assert.equal(result.date, null);
    assert.deepEqual(result.guess, { date: '2019-05-06', reason: 'pdf CreationDate' });
  });

  it('refuses a PDF without a text layer', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([600, 800]);
    page.drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    await assert.rejects(extractArticle({ bytes: await document.save(), now: NOW }), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.code, 'no-text-layer');
      assert.equal(error.message, 'no text layer: scanned PDFs need OCR, which is not supported');
      return true;
    });
  });

  it('reports a damaged PDF as unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n%%EOF');
    await assert.rejects(
      extractArticle({ bytes, now: NOW }),
      (error: unknown) => error instanceof ImportError && error.code === 'unreadable-pdf',
    );
  });
});
