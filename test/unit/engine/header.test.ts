import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { parseHeader } from '../../../src/engine/text/header';
import { findParagraphs } from '../../../src/engine/text/structure';
import { tokenize } from '../../../src/engine/text/tokens';

describe('header', () => {
  const today = '2026-01-01';
  const cases: {
    name: string;
    text: string;
    expectHeader: boolean;
    date?: string;
    codes: string[];
    bodyStart: number;
  }[] = [
    {
      name: 'valid header',
      text: 'date 2023-03-08 Lead.',
      expectHeader: true,
      date: '2023-03-08',
      codes: [],
      bodyStart: 15,
    },
    {
      name: 'leading spaces',
      text: '   date 2023-03-08 Lead.',
      expectHeader: true,
      date: '2023-03-08',
      codes: [],
      bodyStart: 18,
    },
    {
      name: 'byte order mark',
      text: '\ufeffdate 2023-03-08 Lead.',
      expectHeader: true,
      date: '2023-03-08',
      codes: [],
      bodyStart: 16,
    },
    {
      name: 'impossible day',
      text: 'date 2023-02-30 Lead.',
      expectHeader: true,
      codes: ['impossible-date'],
      bodyStart: 15,
    },
    { name: 'month 13', text: 'date 2023-13-01 Lead.', expectHeader: true, codes: ['impossible-date'], bodyStart: 15 },
    {
      name: 'leap day',
      text: 'date 2024-02-29 Lead.',
      expectHeader: true,
      date: '2024-02-29',
      codes: [],
      bodyStart: 15,
    },
    {
      name: 'future date',
      text: 'date 2030-01-01 Lead.',
      expectHeader: true,
      date: '2030-01-01',
      codes: ['future-date'],
      bodyStart: 15,
    },
    {
      name: 'garbled date',
      text: 'date 03/08/2023 Lead.',
      expectHeader: true,
      codes: ['malformed-header'],
      bodyStart: 15,
    },
    { name: 'missing date', text: 'date Lead.', expectHeader: true, codes: ['malformed-header'], bodyStart: 4 },
    {
      name: 'no header, seed file',
      text: 'Lead paragraph.',
      expectHeader: true,
      codes: ['missing-header'],
      bodyStart: 0,
    },
    { name: 'no header, plain text', text: 'Lead paragraph.', expectHeader: false, codes: [], bodyStart: 0 },
    { name: 'empty text', text: '', expectHeader: true, codes: ['missing-header'], bodyStart: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = parseHeader(c.text, c.expectHeader, today);
      assert.equal(result.header.date, c.date);
      assert.deepEqual(
        result.problems.map((p) => p.code),
        c.codes,
      );
      assert.equal(result.bodyStart, c.bodyStart);
      for (const p of result.problems) assert.ok(p.start >= 0 && p.end <= c.text.length && p.start <= p.end);
    });
  }
  it('header span covers "date YYYY-MM-DD"', () => {
    const text = '  date 2023-03-08 Lead.';
    const { header } = parseHeader(text, true, today);
    assert.equal(text.slice(header.span!.start, header.span!.end), 'date 2023-03-08');
  });
});

describe('paragraphs and tokens', () => {
  it('splits on blank lines, trims, and skips the header', () => {
    const text = 'date 2023-03-08 Lead one.\n\n  Second para.\r\n\r\nThird.\n';
    const paragraphs = findParagraphs(text, 15).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(paragraphs, ['Lead one.', 'Second para.', 'Third.']);
  });
  it('a single newline does not split a paragraph', () => {
    const text = 'One line\nsame paragraph.';
    assert.equal(findParagraphs(text).length, 1);
  });
  it('token offsets slice back to the token text, also after astral characters', () => {
    const text = '😀 “We will win,” said Jens Stoltenberg.\n\nThe 🇺🇦 flag flew in Kyiv.';
    const { tokens, sentences } = tokenize(text, findParagraphs(text));
    assert.ok(tokens.length > 8);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokens.find((t) => t.text === 'Kyiv')?.paragraph, 1);
    assert.equal(sentences.length, 2);
  });
});

describe('missing header underline', () => {
  it('never ends between the halves of an emoji at the 200th character', () => {
    const text = `${'a'.repeat(199)}😀 and more text on the first line`;
    const problem = analyze(text, { expectHeader: true }).problems.find((p) => p.code === 'missing-header')!;
    assert.ok(problem);
    assert.equal(problem.end, 199);
  });
});
