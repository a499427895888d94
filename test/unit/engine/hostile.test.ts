// Hostile input: the engine, the decoder and the CLI must give a clear message or a sane analysis,
// in bounded time (mocha timeouts), without crashing, and the CLI must never change its input files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { decodeSeedBytes } from '../../../src/engine/text/decode';
import { findParagraphs } from '../../../src/engine/text/structure';
import { tokenize } from '../../../src/engine/text/tokens';
import type { Analysis, AnalyzeOptions } from '../../../src/engine/types';
import { checkAnalysis } from '../helpers/invariants';
import { repoRoot } from '../helpers/repoRoot';

const TODAY = '2026-01-01';

function run(text: string, options: AnalyzeOptions = {}): Analysis {
  const analysis = analyze(text, { today: TODAY, ...options });
  checkAnalysis(text, analysis);
  return analysis;
}

const codes = (a: Analysis): string[] => a.problems.map((p) => p.code);
const withoutCR = (s: string): string => s.replace(/\r/g, '');

describe('hostile input: analyze()', function () {
  this.timeout(20000);

  const saneCases: {
    name: string;
    text: string;
    options?: AnalyzeOptions;
    expect?: (a: Analysis, text: string) => void;
  }[] = [
    { name: 'empty text', text: '', expect: (a) => assert.equal(a.paragraphs.length, 0) },
    {
      name: 'empty seed file reports the missing header',
      text: '',
      options: { expectHeader: true },
      expect: (a) => assert.deepEqual(codes(a), ['missing-header']),
    },
    {
      name: 'whitespace only',
      text: '  \n\n\t \r\n \u00a0\n',
      expect: (a) => assert.deepEqual([a.paragraphs.length, a.quotes.length, a.mentions.length], [0, 0, 0]),
    },
    {
      name: 'NUL and control characters',
      text: 'date 2023-03-08 A\0B \u0001\u0007 “Hi\0,” she said.\n\n\u001b[31mred\u001b[0m',
      expect: (a) => assert.equal(a.header.date, '2023-03-08'),
    },
    {
      name: 'lone surrogates',
      text: 'Lead \ud800 paragraph. “Hi,\udc00” said Ann Lee. \udbff',
      expect: (a) => assert.equal(a.paragraphs.length, 1),
    },
    {
      name: 'byte order mark before the header',
      text: '\ufeffdate 2023-03-08 Lead paragraph.',
      options: { expectHeader: true },
      expect: (a, t) => {
        assert.equal(a.header.date, '2023-03-08');
        assert.equal(t.slice(a.header.span!.start, a.header.span!.end), 'date 2023-03-08');
      },
    },
    {
      name: 'missing header in a seed file',
      text: 'Lead paragraph without a date.',
      options: { expectHeader: true },
      expect: (a) => assert.deepEqual(codes(a), ['missing-header']),
    },
    {
      name: 'garbled header',
      text: 'date 2023/03/08 Lead paragraph.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.deepEqual(codes(a), ['malformed-header']);
        assert.equal(a.header.date, undefined);
      },
    },
    {
      name: 'impossible header date leaves relative dates unresolved',
      text: 'date 2023-02-30 The talks ended yesterday and resume next week.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.ok(codes(a).includes('impossible-date'));
        assert.equal(a.header.date, undefined);
        for (const d of a.dates)
          if (d.relative) assert.equal(d.date, undefined, `"${d.text}" has no reference date to resolve against`);
      },
    },
    {
      name: 'future header date',
      text: 'date 2999-01-01 Lead paragraph.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.ok(codes(a).includes('future-date'));
        assert.equal(a.header.date, '2999-01-01');
      },
    },
    {
      name: 'header only',
      text: 'date 2023-03-08',
      options: { expectHeader: true },
      expect: (a) => {
        assert.equal(a.header.date, '2023-03-08');
        assert.deepEqual([a.paragraphs.length, a.problems.length], [0, 0]);
      },
    },
    {
      name: 'header and newline only',
      text: 'date 2023-03-08\n',
      options: { expectHeader: true },
      expect: (a) => assert.equal(a.paragraphs.length, 0),
    },
    {
      name: 'tabs in the header and the body',
      text: '\tdate\t2023-03-08\tLead\tparagraph.\n\n\t“Yes,”\tsaid\tAnn Lee.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.equal(a.header.date, '2023-03-08');
        assert.equal(a.paragraphs.length, 2);
      },
    },
    { name: 'only punctuation', text: '!?.,;:—…'.repeat(3000), expect: (a) => assert.equal(a.mentions.length, 0) },
    { name: 'quotation marks only', text: '“”‘’"\'„«»'.repeat(2000) },
    {
      name: 'a very long word',
      text: 'Lead. ' + 'x'.repeat(200_000) + ' said Ann Lee.',
      expect: (a) => assert.equal(a.paragraphs.length, 1),
    },
    {
      name: 'runs of dots and marks that slow compromise down',
      text:
        'A. '.repeat(1_000) + '\n\n' + '!'.repeat(60_000) + '\n\n' + 'a.'.repeat(30_000) + '\n\n' + '“”'.repeat(20_000),
    },
    {
      name: 'many blank lines',
      text: 'date 2023-03-08 Lead.' + '\n'.repeat(100_000) + 'End.',
      options: { expectHeader: true },
      expect: (a) => assert.equal(a.paragraphs.length, 2),
    },
    {
      name: 'unbalanced quote does not cross the paragraph',
      text: '“The port will not reopen, said the mayor.\n\nShe said “maybe” and left.',
      expect: (a, t) => {
        assert.equal(a.paragraphs.length, 2);
        const first = a.paragraphs[0]!;
        for (const q of a.quotes)
          assert.ok(
            q.end <= first.end || q.start >= a.paragraphs[1]!.start,
            `quote ${JSON.stringify(t.slice(q.start, q.end))} spans two paragraphs`,
          );
      },
    },
    {
      name: 'mixed straight and curly quotes',
      text: '"We are ready,” the mayor said. “Fine," he replied. \'Really?’ she asked. "Yes."',
      expect: (a) => {
        assert.deepEqual(
          a.quotes.map((q) => q.text),
          ['We are ready,', 'Fine,', 'Really?', 'Yes.'],
        );
      },
    },
    {
      name: 'nested quotes',
      text: '“He told me ‘never again’ and then he left,” said Ann Lee. ‘Inner “double” quote,’ he said.',
      expect: (a, t) => {
        const first = a.quotes[0]!;
        assert.equal(t.slice(first.start, first.end), '“He told me ‘never again’ and then he left,”');
      },
    },
    {
      name: 'apostrophes among single quotes',
      text: "It's the '90s, don't 'quote' me, said the rock 'n' roll singers' manager.",
      expect: (a, t) => {
        for (const q of a.quotes) {
          assert.doesNotMatch(
            t.slice(Math.max(0, q.start - 1), q.start),
            /\p{L}/u,
            `quote at ${q.start} starts inside a word`,
          );
          assert.notEqual(t.slice(q.start, q.start + 4), "'90s");
        }
      },
    },
    {
      name: 'Cyrillic text with guillemets',
      text: 'date 2023-03-08 «Мы готовы к переговорам», — заявил министр Иван Петров в Москве.\n\nОн добавил, что встреча состоится завтра.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.deepEqual(
          a.quotes.map((q) => q.text),
          ['Мы готовы к переговорам'],
        );
      },
    },
    {
      name: 'Chinese text without spaces',
      text:
        'date 2023-03-08 北京市政府周三表示，“我们将继续努力。”他说。「明天会更好」。\n\n' + '中国人民银行'.repeat(500),
      options: { expectHeader: true },
      expect: (a) => {
        assert.ok(a.quotes.some((q) => q.text === '我们将继续努力。'));
      },
    },
    {
      name: 'Arabic right-to-left text',
      text: 'date 2023-03-08 \u202bقال الوزير «سنواصل العمل» في القاهرة يوم الأربعاء.\u202c\n\nوأضاف أن الاجتماع سيعقد غدا.',
      options: { expectHeader: true },
      expect: (a) => {
        assert.deepEqual(
          a.quotes.map((q) => q.text),
          ['سنواصل العمل'],
        );
      },
    },
    {
      name: 'German low-high quotes',
      text: '„Wir sind bereit“, sagte Angela Weber in Berlin. ‚Gut‘, antwortete er.',
      expect: (a) => {
        assert.equal(a.quotes[0]?.text, 'Wir sind bereit');
      },
    },
  ];
  for (const c of saneCases) {
    it(c.name, () => {
      const a = run(c.text, c.options);
      c.expect?.(a, c.text);
    });
  }

  it('a 30,000-initial all-capitals line in bounded time', () => {
    run('A. '.repeat(30_000));
  });

  it('CRLF line endings give the same analysis as LF, at the CRLF offsets', () => {
    const lf =
      'date 2023-03-08 Mayor Ann Lee spoke in Paris on Monday.\n\n“We will rebuild the bridge,” Lee said.\nShe added: “It will take a year.”\n\nOfficials said the cost could double.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = run(lf, { expectHeader: true });
    const b = run(crlf, { expectHeader: true });
    const texts = (t: string, spans: readonly { start: number; end: number }[]): string[] =>
      spans.map((s) => withoutCR(t.slice(s.start, s.end)));
    assert.equal(b.header.date, a.header.date);
    assert.deepEqual(texts(crlf, b.paragraphs), texts(lf, a.paragraphs));
    assert.deepEqual(texts(crlf, b.quotes), texts(lf, a.quotes));
    assert.deepEqual(texts(crlf, b.mentions), texts(lf, a.mentions));
    assert.deepEqual(texts(crlf, b.dates), texts(lf, a.dates));
    assert.deepEqual(
      texts(
        crlf,
        b.claims.map((c) => c.content),
      ),
      texts(
        lf,
        a.claims.map((c) => c.content),
      ),
    );
  });

  it('emoji and astral characters before quotes and names keep offsets right', () => {
    const plain =
      'date 2023-03-08 Mayor Ann Lee spoke in Paris.\n\n“We will rebuild,” said Ann Lee. “Soon,” Lee added.';
    const astral =
      'date 2023-03-08 😀 Mayor 🇫🇷 Ann Lee spoke in Paris 𝄞.\n\n🎉🎉 “We will rebuild,” said 👩‍🚒 Ann Lee. 𝄞 “Soon,” Lee added.';
    const a = run(plain, { expectHeader: true });
    const b = run(astral, { expectHeader: true });
    for (const q of b.quotes) assert.match(astral.slice(q.start, q.end), /^“/);
    assert.deepEqual(
      b.quotes.map((q) => q.text),
      a.quotes.map((q) => q.text),
    );
    const astralMentions = b.mentions.map((m) => m.text);
    for (const m of a.mentions) assert.ok(astralMentions.includes(m.text), `"${m.text}" is still found after emoji`);
  });

  it('finds the quotes after emoji and astral characters', () => {
    const text = '🎉🎉 “We will rebuild,” said 👩‍🚒 Ann Lee. 𝄞 “Soon,” Lee added.';
    const a = run(text);
    assert.deepEqual(
      a.quotes.map((q) => text.slice(q.start, q.end)),
      ['“We will rebuild,”', '“Soon,”'],
    );
  });

  it('an emoji with a zero-width joiner between the cue and the name is not the speaker', () => {
    const text = '“We will rebuild,” said 👩‍🚒 Ann Lee.';
    const a = run(text);
    assert.equal(a.quotes[0]?.speaker?.name, 'Ann Lee');
    assert.deepEqual(
      a.mentions.map((m) => m.text),
      ['Ann Lee'],
    );
  });

  it('an emoji right before a full quote leaves it a full quote', () => {
    const text = '🎉🎉 “We will rebuild the bridge,” said Ann Lee.';
    const a = run(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]!.partial, false);
  });

  for (const [name, mark] of [
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a right-to-left mark', '\u200F'],
    ['a bidi isolate', '\u2067'],
    ['a byte order mark', '\uFEFF'],
  ]) {
    it(`${name} before a quotation mark leaves the quote full and attributed`, () => {
      const text = `The mayor spoke on Monday. ${mark}“We will rebuild the bridge by spring,” said Ann Lee.`;
      const a = run(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0]!.partial, false);
      assert.equal(a.quotes[0]!.speaker?.name, 'Ann Lee');
    });
  }

  it('bidirectional controls are reported, zero-width spaces are not', () => {
    const text = 'Officials said the vote \u202Ewas final\u202C on Monday.\u200B Nothing else.';
    const found = run(text).problems.filter((p) => p.code === 'bidi-control');
    assert.deepEqual(
      found.map((p) => [p.start, p.end]),
      [
        [24, 25],
        [34, 35],
      ],
    );
    assert.match(found[0]!.message, /U\+202E/);
  });

  it('a single-quoted quote with a double-quoted title inside is one full quote', () => {
    const text = '‘We read “War and Peace” twice,’ he said.';
    const a = run(text);
    assert.deepEqual(
      a.quotes.filter((q) => !q.partial).map((q) => text.slice(q.start, q.end)),
      ['‘We read “War and Peace” twice,’'],
    );
  });

  it('an inverted speaker stops at the end of its sentence', () => {
    const text = '“He told me ‘never again’ and then he left,” said Ann Lee. ‘Inner “double” quote,’ he said.';
    const a = run(text);
    assert.equal(a.quotes[0]?.speaker?.name, 'Ann Lee');
  });

  it('10,000 quotes in 100 paragraphs', function () {
    this.timeout(60000);
    const paragraphs = Array.from({ length: 100 }, (_, p) =>
      Array.from({ length: 100 }, (_, i) => `“Yes ${p}-${i},” she said.`).join(' '),
    );
    const text = 'date 2023-03-08 Lead.\n\n' + paragraphs.join('\n\n');
    const a = run(text, { expectHeader: true });
    assert.ok(a.quotes.length <= 10_000);
  });

  it('finds all 10,000 quotes', function () {
    this.timeout(60000);
    const text = Array.from({ length: 100 }, (_, p) =>
      Array.from({ length: 100 }, (_, i) => `“Yes ${p}-${i},” she said.`).join(' '),
    ).join('\n\n');
    assert.equal(run(text).quotes.length, 10_000);
  });

  it('an unclosed quote is flagged', () => {
    const a = run('“The port will not reopen, said the mayor.\n\nShe left.');
    assert.ok(a.quotes.some((q) => q.unclosed) || codes(a).includes('unbalanced-quote'));
  });

  it('20 MB text with maxChars: truncated-input problem, bounded time', () => {
    const big =
      'date 2023-03-08 Lead paragraph.\n\n' +
      'The council met on Monday and said the plan would work. '.repeat(360_000);
    assert.ok(big.length > 20_000_000);
    const a = run(big, { maxChars: 20_000, expectHeader: true });
    assert.ok(a.length <= 20_000);
    const truncated = a.problems.filter((p) => p.code === 'truncated-input');
    assert.equal(truncated.length, 1);
    assert.match(truncated[0]!.message, /first 20,000 of 20,\d{3},\d{3} characters/);
  });

  it('1 MB single line with maxChars: truncated, never cut inside a surrogate pair', () => {
    const line = '😀 word '.repeat(130_000);
    assert.ok(line.length > 1_000_000);
    const a = run(line, { maxChars: 10_001 });
    assert.ok(codes(a).includes('truncated-input'));
    assert.ok(a.length === 10_000 || a.length === 10_001);
  });

  it('a long paragraph is parsed in chunks whose tokens keep exact offsets', () => {
    const lines = Array.from(
      { length: 800 },
      (_, i) => `Minister Ann Lee said ${i} things in${i % 7 === 6 ? '\n' : ' '}Paris. `,
    ); // hard-wrapped: one paragraph
    const text = lines.join('') + 'A. '.repeat(3000);
    const paragraphs = findParagraphs(text);
    assert.equal(paragraphs.length, 1);
    const { tokens, sentences } = tokenize(text, paragraphs);
    assert.ok(tokens.length > 8000);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (let i = 1; i < tokens.length; i++)
      assert.ok(tokens[i - 1]!.end <= tokens[i]!.start && tokens[i - 1]!.sentence <= tokens[i]!.sentence);
    for (let i = 1; i < sentences.length; i++) assert.ok(sentences[i - 1]!.end <= sentences[i]!.start);
  });
});

describe('hostile input: decodeSeedBytes()', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const cases: { name: string; bytes: Uint8Array; maxBytes?: number; text?: string; reason?: RegExp }[] = [
    { name: 'empty file', bytes: new Uint8Array(0), text: '' },
    { name: 'plain UTF-8', bytes: utf8('date 2023-03-08 Café “ok” 😀'), text: 'date 2023-03-08 Café “ok” 😀' },
    {
      name: 'UTF-8 byte order mark is dropped',
      bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('date 2023-03-08 Lead.')]),
      text: 'date 2023-03-08 Lead.',
    },
    { name: 'CRLF kept as is', bytes: utf8('date 2023-03-08 A.\r\n\r\nB.'), text: 'date 2023-03-08 A.\r\n\r\nB.' },
    { name: 'NUL bytes: binary', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), reason: /binary/ },
    {
      name: 'invalid UTF-8',
      bytes: Uint8Array.from([...utf8('date 2023-03-08 caf'), 0xe9, 0x20, 0x6f, 0x6b]),
      reason: /not valid UTF-8/,
    },
    {
      name: 'truncated multi-byte sequence',
      bytes: Uint8Array.from([...utf8('ok '), 0xf0, 0x9f, 0x98]),
      reason: /not valid UTF-8/,
    },
    { name: 'UTF-16 little endian', bytes: Uint8Array.from([0xff, 0xfe, 0x64, 0x00, 0x61, 0x00]), reason: /UTF-16/ },
    { name: 'UTF-16 big endian', bytes: Uint8Array.from([0xfe, 0xff, 0x00, 0x64, 0x00, 0x61]), reason: /UTF-16/ },
    {
      name: 'above the size limit',
      bytes: new Uint8Array(2048).fill(0x61),
      maxBytes: 1024,
      reason: /2\.0 KB, above the 1\.0 KB limit/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = decodeSeedBytes(c.bytes, c.maxBytes);
      if (c.reason) {
        assert.equal(result.ok, false);
        if (!result.ok) assert.match(result.reason, c.reason);
      } else {
        assert.deepEqual(result, { ok: true, text: c.text });
      }
    });
  }
});

function checksums(dir: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    const stat = fs.lstatSync(file);
    if (stat.isFile())
      sums.set(name, createHash('sha256').update(fs.readFileSync(file)).digest('hex') + ':' + stat.mode.toString(8));
  }
  return sums;
}

describe('hostile input: the seed-annotate CLI', function () {
  this.timeout(30000);
  const cli = path.join(repoRoot(), 'dist/cli.js');
  let dir = '';
  const GOOD = 'date 2023-03-08 Mayor Ann Lee opened the bridge.\n\n“It is done,” Lee said.\n';

  before(function () {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-hostile-'));
    const write = (name: string, content: string | Uint8Array): void => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    };
    write('good.txt', GOOD);
    write('empty.txt', '');
    write('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    write('latin1.txt', Uint8Array.from([...Buffer.from('date 2023-03-08 caf'), 0xe9]));
    write('crlf.txt', GOOD.replace(/\n/g, '\r\n'));
    write('single-line.txt', 'The council met and said the plan would work. '.repeat(22_000));
    write('mixed/a.txt', GOOD);
    write('mixed/notes.md', '# not a seed file');
    write('mixed/z.txt', GOOD);
    fs.symlinkSync(path.join(dir, 'vanished.txt'), path.join(dir, 'mixed/renamed-away.txt'));
    fs.symlinkSync('.', path.join(dir, 'mixed/loop'));
    write('no-seeds/readme.md', 'nothing to see');
    write('locked.txt', GOOD);
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI with a timeout and checks that no input file changed. */
  function runCli(
    args: string[],
    input?: string,
  ): {
    status: number | null;
    stdout: string;
    stderr: string;
    outputs: { file?: string; problems?: { code: string }[] }[];
  } {
    const before = checksums(dir);
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: dir,
      input,
      encoding: 'utf8',
      timeout: 25000,
      maxBuffer: 64 << 20,
    });
    assert.equal(result.error, undefined, `the CLI ran to completion: ${result.error?.message}`);
    assert.deepEqual(checksums(dir), before, 'input files are unchanged');
    const outputs = result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
  }

  const fileCases: {
    name: string;
    args: string[];
    status: number;
    stderr?: RegExp[];
    analysed: string[];
    check?: (r: ReturnType<typeof runCli>) => void;
  }[] = [
    { name: 'a good file', args: ['good.txt'], status: 0, analysed: ['good.txt'] },
    {
      name: 'an empty file is analysed with a missing-header problem',
      args: ['empty.txt'],
      status: 0,
      analysed: ['empty.txt'],
      check: (r) =>
        assert.deepEqual(
          r.outputs[0]!.problems!.map((p) => p.code),
          ['missing-header'],
        ),
    },
    {
      name: 'a binary file is skipped, the next file still analysed',
      args: ['binary.txt', 'good.txt'],
      status: 1,
      stderr: [/binary\.txt: skipped: binary file/],
      analysed: ['good.txt'],
    },
    {
      name: 'invalid UTF-8 is skipped with its name',
      args: ['latin1.txt', 'good.txt'],
      status: 1,
      stderr: [/latin1\.txt: skipped: not valid UTF-8/],
      analysed: ['good.txt'],
    },
    {
      name: 'CRLF file: offsets into the file as read',
      args: ['crlf.txt'],
      status: 0,
      analysed: ['crlf.txt'],
      check: (r) => {
        const out = r.outputs[0] as unknown as Analysis;
        const text = fs.readFileSync(path.join(dir, 'crlf.txt'), 'utf8');
        checkAnalysis(text, out);
        assert.equal(out.header.date, '2023-03-08');
      },
    },
    {
      name: 'a 1 MB single line above --max-bytes is skipped',
      args: ['--max-bytes', '100000', 'single-line.txt', 'good.txt'],
      status: 1,
      stderr: [/single-line\.txt: skipped: .* above the 100000-byte limit/],
      analysed: ['good.txt'],
    },
    {
      name: 'a missing file is named, the others still analysed',
      args: ['good.txt', 'gone.txt', 'crlf.txt'],
      status: 1,
      stderr: [/gone\.txt: no such file or folder/],
      analysed: ['good.txt', 'crlf.txt'],
    },
    {
      name: 'a file that vanished from a folder, a symlink loop and a non-seed file',
      args: ['mixed'],
      status: 1,
      stderr: [/renamed-away\.txt: no such file or folder/],
      analysed: ['mixed/a.txt', 'mixed/z.txt'],
    },
    {
      name: 'a folder with no seed files says so',
      args: ['no-seeds'],
      status: 1,
      stderr: [/no-seeds: no seed files in this folder/],
      analysed: [],
    },
    {
      name: 'a device is not read',
      args: ['/dev/zero', 'good.txt'],
      status: 1,
      stderr: [/\/dev\/zero: skipped: not a regular file/],
      analysed: ['good.txt'],
    },
    {
      name: 'an unknown option prints the usage',
      args: ['--frobnicate', 'good.txt'],
      status: 2,
      stderr: [/unknown option --frobnicate/, /usage: seed-annotate/],
      analysed: [],
    },
    {
      name: 'a bad --max-bytes value',
      args: ['--max-bytes', '-3', 'good.txt'],
      status: 2,
      stderr: [/--max-bytes takes a positive whole number/],
      analysed: [],
    },
    { name: 'no input at all', args: [], status: 2, stderr: [/no input/], analysed: [] },
  ];
  for (const c of fileCases) {
    it(c.name, () => {
      const r = runCli(c.args);
      assert.equal(r.status, c.status, r.stderr);
      for (const pattern of c.stderr ?? []) assert.match(r.stderr, pattern);
      if (!c.stderr) assert.equal(r.stderr, '');
      assert.deepEqual(
        r.outputs.map((o) => o.file),
        c.analysed,
      );
      c.check?.(r);
    });
  }

  it('a 21 MB file is skipped by the size limit', () => {
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 'The council met. '));
    try {
      const r = runCli(['huge.txt', 'good.txt']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /huge\.txt: skipped: 22020096 bytes is above the 20971520-byte limit/);
      assert.deepEqual(
        r.outputs.map((o) => o.file),
        ['good.txt'],
      );
    } finally {
      fs.rmSync(huge);
    }
  });

  it('an unreadable file is reported by name', function () {
    if (process.getuid?.() === 0) {
      console.log('      (skipped: tests run as root, for whom a chmod 000 file is still readable)');
      this.skip();
    }
    const r = runCli(['locked.txt', 'good.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /locked\.txt: permission denied/);
    assert.deepEqual(
      r.outputs.map((o) => o.file),
      ['good.txt'],
    );
  });

  it('malformed JSONL lines are named by line number, good lines still predicted', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: GOOD }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ text: 'no id' }),
      'null',
      '42',
      '',
      JSON.stringify({ id: 7, text: '' }),
      JSON.stringify({ id: 'd', text: 'x'.repeat(20_000) }),
    ];
    const r = runCli(['--jsonl'], lines.join('\n') + '\n');
    assert.equal(r.status, 1);
    for (const line of [2, 3, 4, 5, 6]) assert.match(r.stderr, new RegExp(`stdin:${line}: `));
    assert.doesNotMatch(r.stderr, /stdin:(1|7|8|9):/);
    const records = r.outputs as { id?: string | null; line?: number; error?: string }[];
    assert.deepEqual(
      records.filter((o) => !o.error).map((o) => o.id),
      ['a', '7', 'd'],
    );
    assert.deepEqual(
      records.filter((o) => o.error).map((o) => o.id ?? `line ${o.line}`),
      ['line 2', 'c', 'line 4', 'line 5', 'line 6'],
      'an error record per malformed line, in place',
    );
  });

  it('JSONL with CRLF line ends and a byte order mark on the first line', () => {
    const r = runCli(
      ['--jsonl'],
      '\ufeff' +
        JSON.stringify({ id: 'a', text: GOOD }) +
        '\r\n' +
        JSON.stringify({ id: 'b', text: 'Plain.' }) +
        '\r\n',
    );
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.outputs.map((o) => (o as { id?: string }).id),
      ['a', 'b'],
    );
  });
});
