// Which files are seed files: glob matching, include/exclude rules, header sniffing, and the selection of
// seed files among the candidates of a real folder.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileHead } from '../../../src/node/fileHead';
import {
  candidacy,
  globMatches,
  selectSeedFiles,
  startsWithSeedHeader,
  type Candidacy,
  type SeedFileRules,
} from '../../../src/core/seedFiles';
import { indexingMessage, type IndexProgress } from '../../../src/core/presentation/sourceNodes';

describe('globMatches', () => {
  const cases: [glob: string, path: string, file: boolean, folder: boolean][] = [
    ['**/seeds/**/*.txt', 'seeds/a.txt', true, false],
    ['**/seeds/**/*.txt', 'news/seeds/2016/a.txt', true, false],
    ['**/seeds/**/*.txt', 'seeds/a.md', false, false],
    ['**/seeds/**/*.txt', 'myseeds/a.txt', false, false],
    ['*.txt', 'a.txt', true, false],
    ['*.txt', 'dir/a.txt', false, false],
    ['**/*.txt', 'a.txt', true, false],
    ['**/*.{txt,md}', 'x/y/z.md', true, false],
    ['articles', 'articles/2016/x.txt', false, true],
    ['articles/', 'articles/x.txt', false, true],
    ['./articles/**', 'articles/2016/x.txt', true, false],
    ['articles/2016', 'articles/2017/x.txt', false, false],
    ['art?cles/*', 'articles/x.txt', true, false],
    ['[ab]rchive/**', 'archive/x.txt', true, false],
    ['[!ab]rchive/**', 'archive/x.txt', false, false],
    ['{drafts,tmp}/**', 'tmp/x.txt', true, false],
    ['notes/**/*.text', 'notes/a/b.text', true, false],
    ['a.b(c)+', 'a.b(c)+', true, false],
    ['unclosed{brace', 'unclosed{brace', true, false],
  ];
  for (const [glob, file, asFile, asFolder] of cases) {
    it(`${glob} on ${file}: file ${asFile}, folder ${asFolder}`, () => {
      assert.deepEqual(globMatches(glob, file), { file: asFile, folder: asFolder });
    });
  }
});

describe('candidacy', () => {
  const defaults: SeedFileRules = { include: ['**/seeds/**/*.txt'], exclude: [] };
  const custom: SeedFileRules = { include: ['articles/2016', 'notes/**/*.text'], exclude: ['drafts', '**/*.bak.txt'] };
  const cases: [rules: SeedFileRules, path: string, expected: Candidacy, folderName?: string][] = [
    [defaults, 'articles/2016/x.txt', 'sniff'],
    [defaults, 'README.md', 'sniff'],
    [defaults, 'Notes/A.TXT', 'sniff'],
    [defaults, 'seeds/001.txt', 'included'],
    [defaults, 'seeds/001.md', 'sniff'],
    [defaults, 'data/table.csv', 'excluded'],
    [defaults, 'txt', 'excluded'],
    [defaults, 'node_modules/pkg/x.txt', 'excluded'],
    [defaults, 'a/node_modules/seeds/x.txt', 'excluded'],
    [defaults, '.git/x.txt', 'excluded'],
    [defaults, '.seed-annotations/seeds/x.txt', 'excluded'],
    [defaults, 'a\\b\\seeds\\c.txt', 'included'],
    [custom, 'articles/2016/x.txt', 'included'],
    [custom, 'articles/2016/index.json', 'excluded'],
    [custom, 'articles/2017/x.txt', 'sniff'],
    [custom, 'notes/a/b.text', 'included'],
    [custom, 'drafts/x.txt', 'excluded'],
    [custom, 'articles/2016/old.bak.txt', 'excluded'],
    [custom, 'seeds/001.txt', 'sniff'],
    [defaults, '001.txt', 'included', 'seeds'],
    [defaults, '2016/001.txt', 'included', 'seeds'],
    [defaults, '001.txt', 'sniff', 'articles'],
    [custom, '001.txt', 'sniff', 'seeds'],
  ];
  for (const [rules, file, expected, folderName] of cases) {
    it(`${file}${folderName ? ` in folder ${folderName}` : ''} with ${JSON.stringify(rules.include)} / ${JSON.stringify(rules.exclude)} is ${expected}`, () => {
      assert.equal(candidacy(file, rules, folderName), expected);
    });
  }
});

describe('startsWithSeedHeader', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  const cases: [label: string, head: string | Uint8Array, expected: boolean][] = [
    ['a well-formed header', 'date 2016-06-09 The senator said on Tuesday', true],
    ['the header alone', 'date 2016-06-09', true],
    ['leading spaces', '  \tdate 2016-06-09 Lead', true],
    ['a byte order mark', '\uFEFFdate 2016-06-09 Lead', true],
    ['a loosely written header (reported as malformed)', 'Date: 2016/6/9 Lead', true],
    ['bytes of a header', bytes('date 2023-03-08 NATO said'), true],
    ['bytes with a UTF-8 byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('date 2023-03-08 x')]), true],
    ['a word ending in date', 'update 2016-06-09 notes', false],
    ['the header later in the line', 'The date 2016-06-09 was set', false],
    ['the header on the second line', 'Title\ndate 2016-06-09 Lead', false],
    ['a date without the word', '2016-06-09 Lead', false],
    ['a year too long', 'date 20160-06-09 Lead', false],
    ['a day too long', 'date 2016-06-091 Lead', false],
    ['the word without a date', 'date of the meeting: tomorrow', false],
    ['an empty file', '', false],
    ['a binary file', new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x00, 0x01]), false],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x64, 0x00, 0x61, 0x00]), false],
  ];
  for (const [label, head, expected] of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${label}`, () => assert.equal(startsWithSeedHeader(head), expected));
  }
});

describe('selectSeedFiles on a folder', () => {
  let root: string;
  const files: Record<string, string> = {
    'articles/2016/x.txt': 'date 2016-06-09 The senator spoke.\n',
    'articles/2016/notes.txt': 'Call the senator back.\n',
    'articles/feature.md': 'date 2016-07-01 A feature.\n',
    'README.md': '# Collection\n',
    'seeds/no-header.txt': 'A lead paragraph without a header.\n',
    'drafts/y.txt': 'date 2016-06-10 Not finished.\n',
    'node_modules/pkg/z.txt': 'date 2016-06-11 A dependency.\n',
    '.seed-annotations/x.txt': 'date 2016-06-12 A sidecar.\n',
    'data.csv': 'date 2016-06-13,1\n',
  };
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-files-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const select = async (rules: SeedFileRules, extra: string[] = []): Promise<string[]> => {
    const candidates = [...Object.keys(files), ...extra].map((relativePath) => ({ relativePath }));
    const selected = await selectSeedFiles(candidates, rules, (c) => readFileHead(path.join(root, c.relativePath)), 2);
    return selected.map((c) => c.relativePath).sort();
  };

  it('finds headed articles in any folder, and header-less files only where included', async () => {
    assert.deepEqual(await select({ include: ['**/seeds/**/*.txt'], exclude: ['drafts'] }), [
      'articles/2016/x.txt',
      'articles/feature.md',
      'seeds/no-header.txt',
    ]);
  });

  it('takes every .txt and .md of an included folder, and leaves out unreadable candidates', async () => {
    assert.deepEqual(await select({ include: ['articles'], exclude: [] }, ['elsewhere/gone.txt']), [
      'articles/2016/notes.txt',
      'articles/2016/x.txt',
      'articles/feature.md',
      'drafts/y.txt',
    ]);
  });

  it('reads only the first bytes', async () => {
    const head = await readFileHead(path.join(root, 'articles/2016/x.txt'), 4);
    assert.equal(new TextDecoder().decode(head), 'date');
  });
});

describe('indexingMessage', () => {
  const cases: [progress: IndexProgress | undefined, expected: string | undefined][] = [
    [undefined, undefined],
    [{ done: 0 }, 'Looking for seed files…'],
    [{ done: 120, total: 420 }, 'Indexing 120 / 420 articles…'],
    [{ done: 1200, total: 2000 }, 'Indexing 1,200 / 2,000 articles…'],
    [{ done: 0, total: 1 }, 'Indexing 0 / 1 article…'],
  ];
  for (const [progress, expected] of cases) {
    it(`${JSON.stringify(progress)} → ${expected}`, () => assert.equal(indexingMessage(progress), expected));
  }
});
