// Re-anchoring of review annotations: tables of edits, shiftSpan tables, and properties under random edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchor,
  anchorAll,
  type Anchoring,
  CONTEXT_CHARS,
  describeSpan,
  MAX_ERROR_RATE,
  type Selectors,
  shiftSpan,
  type TextChange,
} from '../../../../src/core/review/anchoring/anchoring';
import { EDGE, SidePattern } from '../../../../src/core/review/anchoring/sidePattern';

/** ~200 runs per property; PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS) || 200;

/** Text with one [[marked]] span → the plain text and the span's offsets. */
function marked(withMarks: string): { text: string; span?: { start: number; end: number } } {
  const start = withMarks.indexOf('[[');
  if (start < 0) return { text: withMarks };
  const end = withMarks.indexOf(']]') - 2;
  return { text: withMarks.replace('[[', '').replace(']]', ''), span: { start, end } };
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return row[b.length]!;
}

const P1 = 'The city council met on Tuesday to discuss the new budget for schools and roads.';
const P2 = '“We cannot wait another year for the repairs,” said Maria Lopez, who chairs the transport committee.';
const P3 = 'Officials in Toronto said the plan could cost more than $40 million over five years.';
const P4 = 'Lopez said the council would vote again next month after hearing from residents.';
const P5 = 'Short closing line.';
const article = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('describeSpan', () => {
  it('gives the exact text, 32 characters of context either side and the position', () => {
    const text = `${'a'.repeat(40)}NAME${'b'.repeat(40)}`;
    const s = describeSpan(text, 40, 44);
    assert.deepEqual(s.quote, {
      type: 'TextQuoteSelector',
      exact: 'NAME',
      prefix: 'a'.repeat(CONTEXT_CHARS),
      suffix: 'b'.repeat(CONTEXT_CHARS),
    });
    assert.deepEqual(s.position, { type: 'TextPositionSelector', start: 40, end: 44 });
  });
  it('shortens the context at the edges of the text', () => {
    const s = describeSpan('Hello world', 0, 5);
    assert.equal(s.quote.prefix, '');
    assert.equal(s.quote.suffix, ' world');
  });
  it('never cuts an emoji in half', () => {
    const text = `😀${'x'.repeat(31)}NAME${'y'.repeat(31)}😀`;
    const start = text.indexOf('NAME');
    const s = describeSpan(text, start, start + 4);
    assert.equal(s.quote.prefix, 'x'.repeat(31));
    assert.equal(s.quote.suffix, 'y'.repeat(31));
  });
  const bad: [string, number, number][] = [
    ['end before start', 5, 4],
    ['negative', -1, 2],
    ['past the end', 0, 99],
    ['not an integer', 1.5, 3],
  ];
  for (const [name, start, end] of bad) {
    it(`rejects offsets with a clear message: ${name}`, () => {
      assert.throws(() => describeSpan('Hello world', start, end), /describeSpan: need integers/);
    });
  }
});

describe('anchor: table of edits', () => {
  const cases: {
    name: string;
    before: string;
    after: string;
    method?: Anchoring extends infer A ? (A extends { method: infer M } ? M : never) : never;
  }[] = [
    {
      name: 'unchanged text → position',
      before: article(P1, `[[${P2}]]`, P3),
      after: article(P1, `[[${P2}]]`, P3),
      method: 'position',
    },
    {
      name: 'words inserted before → quote',
      before: article(P1, `[[${P2}]]`, P3),
      after: article(`Breaking: ${P1}`, `[[${P2}]]`, P3),
      method: 'quote',
    },
    {
      name: 'paragraph deleted before → quote',
      before: article(P1, P3, `[[${P2}]]`),
      after: article(P1, `[[${P2}]]`),
      method: 'quote',
    },
    {
      name: 'words inserted after → position',
      before: article(P1, `[[${P2}]]`, P3),
      after: article(P1, `[[${P2}]]`, `${P3} More soon.`),
      method: 'position',
    },
    {
      name: 'text deleted after → position',
      before: article(P1, `[[${P2}]]`, P3),
      after: article(P1, `[[${P2}]]`),
      method: 'position',
    },
    {
      name: 'a short name, words inserted before → quote',
      before: article(P1, P2, P3, '[[Lopez]] said the council would vote again.'),
      after: article(P1, `${P2} Applause.`, P3, '[[Lopez]] said the council would vote again.'),
      method: 'quote',
    },
    {
      name: 'typo fixed inside → fuzzy',
      before: article(P1, '[[“We cannot wait anotehr year for the repairs,”]] said Maria Lopez.'),
      after: article(P1, '[[“We cannot wait another year for the repairs,”]] said Maria Lopez.'),
      method: 'fuzzy',
    },
    {
      name: 'a content word inserted inside → orphaned: a reworded statement (issue 16)',
      before: article(P1, `[[${P3}]]`, P5),
      after: article(
        P1,
        'Officials in Toronto said the new plan could cost more than $40 million over five years.',
        P5,
      ),
    },
    {
      name: 'a grammatical word inserted inside → fuzzy',
      before: article(P1, `[[${P3}]]`, P5),
      after: article(
        P1,
        '[[Officials in Toronto said that the plan could cost more than $40 million over five years.]]',
        P5,
      ),
      method: 'fuzzy',
    },
    {
      name: 'reflowed whitespace → fuzzy',
      before: article(P1, `[[${P2}]]`, P5),
      after: article(
        P1,
        '[[“We cannot wait another year for the repairs,” said\nMaria Lopez, who chairs the transport\ncommittee.]]',
        P5,
      ),
      method: 'fuzzy',
    },
    {
      name: 'sentence moved to another paragraph → quote',
      before: article(`${P1} [[${P4}]]`, P3, P5),
      after: article(P1, `${P3} [[${P4}]]`, P5),
      method: 'quote',
    },
    {
      name: 'a name opening a moved sentence, alone: short, in changed surroundings → orphaned',
      before: article(`${P1} [[Lopez]] said the council would vote again next month.`, P3, P5),
      after: article(P1, `${P3} Lopez said the council would vote again next month.`, P5),
    },
    {
      name: 'paragraph duplicated further down, original in place → position',
      before: article(P1, `[[${P2}]]`, P3, P5),
      after: article(P1, `[[${P2}]]`, P3, P2, P5),
      method: 'position',
    },
    {
      name: 'paragraph duplicated, the original shifted: its surroundings tell → quote',
      before: article(P1, `[[${P2}]]`, P3, P5),
      after: article(`New lead. ${P1}`, `[[${P2}]]`, P3, P2, P5),
      method: 'quote',
    },
    {
      name: 'paragraph duplicated, the original shifted: two equal matches in equal surroundings → orphaned',
      before: article(P1, P2.replace('said Maria Lopez', '[[said Maria Lopez]]'), P3, P5),
      after: article(`New lead. ${P1}`, P2, P3, P2, P5),
    },
    { name: 'annotated text deleted → orphaned', before: article(P1, `[[${P2}]]`, P3), after: article(P1, P3) },
    {
      name: 'annotated text rewritten → orphaned',
      before: article(P1, `[[${P2}]]`, P3),
      after: article(P1, '“Repairs can wait,” the mayor said on Monday, against the committee.', P3),
    },
    {
      name: 'a short name deleted, the same name elsewhere in other words → orphaned',
      before: article(P1, P2, '[[Lopez]] said the council would vote again next month.'),
      after: article(P1, P2, 'The council would vote again next month.'),
    },
    {
      name: 'the second of two equal names, found by its context → quote',
      before: article(P1, P2, P4.replace('Lopez', '[[Lopez]]')),
      after: article(`Update: ${P1}`, P2, P4.replace('Lopez', '[[Lopez]]')),
      method: 'quote',
    },
    {
      name: 'look-alike paragraphs differing in one number, text inserted at the top → quote, never the look-alike',
      before:
        '[[The council said on Tuesday that the budget would not cover the repairs (item 1).]]\n\nThe council said on Tuesday that the budget would not cover the repairs (item 2).\n\nThe council said on Tuesday that the budget would not cover the repairs (item 3).',
      after:
        'item 1item 1[[The council said on Tuesday that the budget would not cover the repairs (item 1).]]\n\nThe council said on Tuesday that the budget would not cover the repairs (item 2).\n\nThe council said on Tuesday that the budget would not cover the repairs (item 3).',
      method: 'quote',
    },
    {
      name: 'annotation at the very end, text appended → position',
      before: `${P1} [[${P5}]]`,
      after: `${P1} [[${P5}]]\n\nAdded later.`,
      method: 'position',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const before = marked(c.before);
      const after = marked(c.after);
      const result = anchor(after.text, describeSpan(before.text, before.span!.start, before.span!.end));
      if (!after.span) {
        assert.equal(result.orphaned, true, `expected orphaned, got ${JSON.stringify(result)}`);
        return;
      }
      assert.deepEqual(result.orphaned ? result : { start: result.start, end: result.end, method: result.method }, {
        ...after.span,
        method: c.method,
      });
    });
  }

  it('orphans with a reason when the quote selector is empty or malformed', () => {
    const malformed = [
      { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } },
      { quote: { type: 'TextQuoteSelector' } },
      {},
    ] as unknown as Selectors[];
    for (const selectors of malformed) {
      const result = anchor(P1, selectors);
      assert.ok(result.orphaned && /no quoted text/.test(result.reason), JSON.stringify(result));
    }
  });

  it('after live edits the shifted position holds, even for a short quote whose surroundings changed', () => {
    const before = article(P1, 'Officials said [[Lopez]] would vote.');
    const after = article(P1, 'Two officials close to the committee told reporters that [[Lopez]] would vote.');
    const b = marked(before);
    const a = marked(after);
    const { quote } = describeSpan(b.text, b.span!.start, b.span!.end);
    const shifted = { type: 'TextPositionSelector' as const, ...a.span! };
    const result = anchor(a.text, { quote, position: shifted });
    assert.deepEqual(result.orphaned ? result : [result.start, result.method], [a.span!.start, 'position']);
  });

  it('bad or hostile input gets a clear answer, never a crash or a hang', () => {
    assert.throws(
      () => anchor(undefined as unknown as string, describeSpan('abc', 0, 1)),
      /anchor: the article text must be a string/,
    );
    assert.throws(() => anchorAll(null as unknown as string, []), /anchorAll: the article text must be a string/);
    const repetitive = 'a'.repeat(200_000);
    const common = anchor(repetitive, {
      quote: { type: 'TextQuoteSelector', exact: 'aaaa', prefix: 'b', suffix: 'c' },
    });
    assert.ok(common.orphaned && /too common/.test(common.reason), JSON.stringify(common));
    const long = `${'word '.repeat(1000)}end`;
    const edited = long.replace('word word', 'word sword');
    const far = anchor(`${'x'.repeat(50_000)} ${edited}`, describeSpan(long, 0, long.length));
    assert.ok(far.orphaned, 'a very long annotated text is only looked for exactly');
  });

  it('a context side another tool left out or wrote as “…” is unknown: the position decides among equal texts', () => {
    const text = article('Officials called it “tactical” on Monday.', 'Critics called it “tactical” on Friday.');
    const second = text.lastIndexOf('“tactical”');
    const position = { type: 'TextPositionSelector' as const, start: second, end: second + 10 };
    for (const [prefix, suffix] of [
      ['…', '…'],
      ['...', '...'],
      [undefined, undefined],
    ]) {
      const quote = { type: 'TextQuoteSelector', exact: '“tactical”', prefix, suffix } as unknown as Selectors['quote'];
      const result = anchor(text, { quote, position });
      assert.deepEqual(
        result.orphaned ? result : [result.start, result.method],
        [second, 'position'],
        `prefix ${prefix}`,
      );
      const moved = anchor(`Update. ${text}`, { quote, position });
      assert.ok(
        moved.orphaned,
        `without context or a position that holds, equal texts cannot be told apart (prefix ${prefix})`,
      );
    }
  });

  it('ignores a position that is out of range or nonsense and still finds the quote', () => {
    const text = article(P1, P2);
    const start = text.indexOf('Maria Lopez');
    const { quote } = describeSpan(text, start, start + 11);
    for (const position of [{ start: 9999, end: 10010 }, { start: -5, end: 6 }, { start: 7, end: 3 }, undefined]) {
      const result = anchor(text, { quote, position: position && { type: 'TextPositionSelector', ...position } });
      assert.deepEqual(result.orphaned ? result : [result.start, result.method], [start, 'quote']);
    }
  });

  it('anchorAll tells equal copies apart by how the annotations around them moved', () => {
    const before = article(P1, P2, P3, P5);
    const after = article(P2, `Update: ${P1}`, P2, P3, P5);
    const phrase = (text: string, words: string, from = 0) =>
      [text.indexOf(words, from), text.indexOf(words, from) + words.length] as const;
    const spans = [phrase(before, 'city council'), phrase(before, 'said Maria Lopez'), phrase(before, 'Toronto')];
    const selectors = spans.map(([s, e]) => describeSpan(before, s, e));
    assert.equal(anchor(after, selectors[1]!).orphaned, true, 'alone, the two copies cannot be told apart');
    const results = anchorAll(after, selectors);
    const original = after.indexOf('said Maria Lopez', after.indexOf('Update'));
    assert.deepEqual(
      results.map((r) => (r.orphaned ? r.reason : [r.start, r.method])),
      [
        [after.indexOf('city council'), 'quote'],
        [original, 'quote'],
        [after.indexOf('Toronto'), 'quote'],
      ],
    );
  });

  it('anchorAll confirms a short quote in changed surroundings when its neighbour moved the same way', () => {
    const sentence = 'Lopez said the council would vote again next month.';
    const before = article(`${P1} ${sentence}`, P3, P5);
    const after = article(P1, `${P3} ${sentence}`, P5);
    const selectors = [
      describeSpan(before, before.indexOf(sentence), before.indexOf(sentence) + 5),
      describeSpan(before, before.indexOf(sentence), before.indexOf(sentence) + sentence.length),
    ];
    const moved = after.indexOf(sentence);
    assert.deepEqual(
      anchorAll(after, selectors).map((r) => (r.orphaned ? r.reason : [r.start, r.end, r.method])),
      [
        [moved, moved + 5, 'quote'],
        [moved, moved + sentence.length, 'quote'],
      ],
    );
  });

  it('anchorAll weighs the neighbours: confirms what moved with them, orphans what moved unlike both', () => {
    const before = article(P1, P2, P3, P4, P5);
    const after = article(`Update: ${P1}`, P2, P4, P3);
    const span = (words: string) => describeSpan(before, before.indexOf(words), before.indexOf(words) + words.length);
    const selectors = [span('city council'), span('Maria Lopez'), span(P3), span('transport committee')];
    const alone = selectors.map((s) => anchor(after, s));
    const together = anchorAll(after, selectors);
    const summary = (r: Anchoring) => (r.orphaned ? 'orphaned' : [r.start, r.method]);
    // Alone: short quotes whose surroundings changed (start of the text, next paragraph) wait for confirmation;
    // the moved paragraph is long enough to be taken.
    assert.deepEqual(alone.map(summary), [
      'orphaned',
      [after.indexOf('Maria Lopez'), 'quote'],
      [after.indexOf(P3), 'quote'],
      'orphaned',
    ]);
    // Together: the short quotes moved like their neighbours (+8); the paragraph moved unlike both of its neighbours.
    assert.deepEqual(together.map(summary), [
      [after.indexOf('city council'), 'quote'],
      [after.indexOf('Maria Lopez'), 'quote'],
      'orphaned',
      [after.indexOf('transport committee'), 'quote'],
    ]);
  });
});

describe('anchorAll: text identity across annotations', () => {
  const twinA = 'Among core voters, Mrs. Clinton must not only win in November, but also draw in large numbers.';
  const twinB = 'Among core voters, Mrs. Clinton must not only win in November, but turn out in large numbers.';
  it('a quote that lands inside another annotation at a place it did not hold there is a look-alike', () => {
    const before = article(P1, twinA, P3, twinB, P5);
    const after = article(P1, P3, twinB, P5);
    const [mrs, november] = [before.indexOf('Mrs. Clinton'), before.indexOf('November')];
    const selectors = [
      describeSpan(before, mrs, mrs + 12),
      describeSpan(before, november, november + 8),
      describeSpan(before, before.indexOf(twinB), before.indexOf(twinB) + twinB.length),
    ];
    // The two names moved alike (they confirm each other), but into the text of the other sentence.
    const [name, month, sentence] = anchorAll(after, selectors);
    for (const r of [name, month]) assert.ok(r!.orphaned && /a look-alike/.test(r!.reason), JSON.stringify(r));
    assert.deepEqual(sentence!.orphaned ? sentence : sentence!.start, after.indexOf(twinB));
  });
  it('quotes that land between two annotations that kept their distance, from elsewhere, are look-alikes', () => {
    const body = `Turnout fell in March. ${twinB} Officials in Toronto said the plan could cost more.`;
    const before = article(`Abstract. ${twinA}`, P1, body, P5);
    const after = article(P1, body, P5);
    const at = (words: string, from = 0) =>
      [before.indexOf(words, from), before.indexOf(words, from) + words.length] as const;
    const selectors = [at('Mrs. Clinton'), at('November'), at('Turnout fell'), at('Officials in Toronto')].map(
      ([s, e]) => describeSpan(before, s, e),
    );
    const results = anchorAll(after, selectors);
    assert.deepEqual(
      results.map((r) => (r.orphaned ? 'orphaned' : r.start)),
      ['orphaned', 'orphaned', after.indexOf('Turnout fell'), after.indexOf('Officials in Toronto')],
    );
  });

  it('two annotations on the same text described on different versions of the article both stay', () => {
    const older = article(P1, P2);
    const newer = article(`Update: ${P1}`, P2);
    const at = (text: string) => [text.indexOf('Maria Lopez'), text.indexOf('Maria Lopez') + 11] as const;
    const results = anchorAll(newer, [describeSpan(older, ...at(older)), describeSpan(newer, ...at(newer))]);
    assert.deepEqual(
      results.map((r) => (r.orphaned ? r.reason : r.start)),
      [at(newer)[0], at(newer)[0]],
    );
  });
});

describe('context side distance (bit-parallel)', () => {
  /** Reference: plain dynamic programming, pattern read outward then edge characters, text free to stop. */
  function reference(stored: string, direction: 1 | -1, edge: number, text: string, boundary: number): number {
    const pattern = [
      ...Array.from({ length: stored.length }, (_, i) =>
        stored.charCodeAt(direction === 1 ? i : stored.length - 1 - i),
      ),
      ...Array(edge).fill(EDGE),
    ].slice(0, 32);
    const available = direction === 1 ? text.length - boundary : boundary;
    const n = pattern.length + 8;
    const at = (j: number) =>
      j >= available ? EDGE : text.charCodeAt(direction === 1 ? boundary + j : boundary - 1 - j);
    let row = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= pattern.length; i++) {
      const next = [i];
      for (let j = 1; j <= n; j++)
        next[j] = Math.min(row[j - 1]! + (pattern[i - 1] === at(j - 1) ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
      row = next;
    }
    return Math.min(...row);
  }
  it('equals the dynamic-programming distance on random sides, texts, edges and directions', () => {
    const chars = fc.constantFrom('a', 'b', 'c', ' ', '.', '\n', '😀');
    const str = (max: number) => fc.array(chars, { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(34), str(60), fc.nat(60), fc.boolean(), fc.nat(8), (stored, text, at, rightwards, edge) => {
        const boundary = Math.min(at, text.length);
        const direction = rightwards ? 1 : -1;
        assert.equal(
          new SidePattern(stored, direction, edge).distance(text, boundary),
          reference(stored, direction, edge, text, boundary),
        );
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('shiftSpan', () => {
  const span = { start: 10, end: 20 };
  const ins = (offset: number, text: string): TextChange => ({ offset, length: 0, text });
  const del = (offset: number, length: number): TextChange => ({ offset, length, text: '' });
  const cases: [string, readonly TextChange[], { start: number; end: number } | undefined][] = [
    ['insertion before', [ins(2, 'abc')], { start: 13, end: 23 }],
    ['deletion before', [del(0, 4)], { start: 6, end: 16 }],
    ['deletion ending exactly at the start', [del(6, 4)], { start: 6, end: 16 }],
    ['replacement before, longer text', [{ offset: 0, length: 2, text: 'abcde' }], { start: 13, end: 23 }],
    ['insertion exactly at the start shifts', [ins(10, 'xy')], { start: 12, end: 22 }],
    ['insertion exactly at the end leaves', [ins(20, 'xy')], { start: 10, end: 20 }],
    ['insertion after', [ins(30, 'xy')], { start: 10, end: 20 }],
    ['deletion starting exactly at the end', [del(20, 5)], { start: 10, end: 20 }],
    ['insertion strictly inside', [ins(15, 'x')], undefined],
    ['deletion overlapping the start', [del(8, 4)], undefined],
    ['deletion overlapping the end', [del(19, 4)], undefined],
    ['deletion covering the span', [del(5, 30)], undefined],
    ['replacement inside', [{ offset: 12, length: 2, text: 'ab' }], undefined],
    ['several changes, in any order', [ins(30, 'zz'), del(0, 3), ins(5, 'abcd')], { start: 11, end: 21 }],
    ['several changes, one inside', [ins(2, 'a'), ins(12, 'b')], undefined],
    ['no changes', [], { start: 10, end: 20 }],
  ];
  for (const [name, changes, expected] of cases) {
    it(name, () => assert.deepEqual(shiftSpan(span, changes), expected));
  }
  it('an empty span: insertion at it shifts it, deletion around it touches it', () => {
    assert.deepEqual(shiftSpan({ start: 5, end: 5 }, [ins(5, 'ab')]), { start: 7, end: 7 });
    assert.equal(shiftSpan({ start: 5, end: 5 }, [del(4, 2)]), undefined);
  });
  it('rejects malformed spans and overlapping changes with a clear message', () => {
    assert.throws(() => shiftSpan({ start: 5, end: 3 }, []), /shiftSpan: the span/);
    assert.throws(() => shiftSpan(span, [del(0, 5), del(3, 4)]), /shiftSpan: changes overlap/);
    assert.throws(() => shiftSpan(span, [{ offset: -1, length: 0, text: 'a' }]), /shiftSpan: a change/);
  });
  it('agrees with applying the changes to a text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 30, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(59), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 4 }),
        (text, raw) => {
          const changes: TextChange[] = [];
          for (const [offset, length, insert] of raw.sort((a, b) => a[0] - b[0])) {
            const last = changes[changes.length - 1];
            const from = Math.min(offset, text.length);
            if (last && from < last.offset + last.length + 1) continue;
            changes.push({ offset: from, length: Math.min(length, text.length - from), text: insert });
          }
          const after = [...changes]
            .reverse()
            .reduce((t, c) => t.slice(0, c.offset) + c.text + t.slice(c.offset + c.length), text);
          const shifted = shiftSpan({ start: 10, end: 20 }, [...changes].reverse());
          if (shifted) assert.equal(after.slice(shifted.start, shifted.end), text.slice(10, 20));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Applies one edit to a text and follows the annotated span: shifted, or touched (undefined). */
function applyEdit(text: string, span: { start: number; end: number } | undefined, edit: TextChange) {
  const after = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  if (!span) return { text: after, span };
  const delta = edit.text.length - edit.length;
  const editEnd = edit.offset + edit.length;
  if (edit.length === 0 ? edit.offset <= span.start : editEnd <= span.start)
    return { text: after, span: { start: span.start + delta, end: span.end + delta } };
  if (edit.offset >= span.end) return { text: after, span };
  return { text: after, span: undefined };
}

const SUBJECTS = [
  'The council',
  'Maria Lopez',
  'A spokesman for the ministry',
  'Officials in Toronto',
  'The committee chair',
  'Residents of the district',
];
const VERBS = ['said on Tuesday that', 'warned reporters that', 'told the hearing that', 'wrote in a statement that'];
const CLAUSES = [
  'the budget would not cover the repairs',
  'the vote had been delayed again',
  'the plan could cost more than expected',
  'schools would reopen next month',
];

/** A news-like article whose sentences are all different (each carries its own number). */
const articleArbitrary = fc
  .array(
    fc.array(fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...CLAUSES)), {
      minLength: 1,
      maxLength: 4,
    }),
    { minLength: 2, maxLength: 6 },
  )
  .map((paragraphs) => {
    let n = 0;
    return paragraphs
      .map((sentences) => sentences.map(([s, v, c]) => `${s} ${v} ${c} (item ${++n}).`).join(' '))
      .join('\n\n');
  });

const editArbitrary = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(12),
  fc.constantFrom('', 'x', ' new', 'the ', '\n', 'Lopez said ', 'item 1', ' and'),
);

/** Anchors an annotation after random edits; checks the result against what the edits really did. */
function checkAfterEdits(
  text: string,
  pick: [number, number],
  edits: [number, number, string][],
  allowAmbiguity: boolean,
) {
  const sentences = [...text.matchAll(/[^.\n]+\./g)];
  const sentence = sentences[Math.floor(pick[0] * sentences.length)]!;
  const start = sentence.index! + (sentence[0].startsWith(' ') ? 1 : 0);
  const selectors = describeSpan(text, start, sentence.index! + sentence[0].length);
  let state: { text: string; span?: { start: number; end: number } } = {
    text,
    span: { start, end: sentence.index! + sentence[0].length },
  };
  for (const [at, length, insert] of edits) {
    const offset = Math.floor(at * state.text.length);
    state = applyEdit(state.text, state.span, {
      offset,
      length: Math.min(length, state.text.length - offset),
      text: insert,
    });
  }
  const result = anchor(state.text, selectors);
  const exact = selectors.quote.exact;
  if (!result.orphaned) {
    const found = state.text.slice(result.start, result.end);
    if (result.method === 'fuzzy')
      assert.ok(
        levenshtein(found, exact) <= Math.floor(exact.length * MAX_ERROR_RATE),
        `fuzzy match too far: ${JSON.stringify(found)}`,
      );
    else assert.equal(found, exact);
  }
  if (state.span) {
    if (allowAmbiguity && result.orphaned) return;
    assert.deepEqual(result.orphaned ? result : { start: result.start, end: result.end }, state.span);
  }
}

describe('anchor: properties under random edit scripts', () => {
  it('an untouched sentence is found at its true new place; any match is the quote or within the error bound', () => {
    fc.assert(
      fc.property(
        articleArbitrary,
        fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.nat()),
        fc.array(editArbitrary, { maxLength: 5 }),
        (text, pick, edits) => {
          checkAfterEdits(text, pick, edits, false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('with copied text creating look-alikes, an untouched sentence is found at its true place or orphaned, never elsewhere', () => {
    fc.assert(
      fc.property(
        articleArbitrary,
        fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.nat()),
        fc.array(editArbitrary, { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, pick, edits, from, to) => {
          const paragraphs = text.split('\n\n');
          const copy = paragraphs[Math.floor(from * paragraphs.length) % paragraphs.length]!;
          const at = Math.floor(to * (paragraphs.length + 1));
          const withCopy = [...paragraphs.slice(0, at), copy, ...paragraphs.slice(at)].join('\n\n');
          // The copy is made before annotating, then edits follow: the annotation is on one of two equal sentences.
          checkAfterEdits(withCopy, pick, edits, true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
