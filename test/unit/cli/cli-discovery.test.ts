// `seed-annotate DIR` and `seed-annotate --collection DIR` find the seed files the extension finds: .txt and
// .md with the header anywhere, .txt under a seeds folder, and the folder's .vscode/settings.json
// include/exclude; the Node walk (src/node/seedDiscovery.ts) and both CLI modes run on the same tree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverSeedFiles } from '../../../src/node/seedDiscovery';
import { seedRulesFromSettings, stripJsonComments } from '../../../src/core/seedFiles';
import { repoRoot } from '../helpers/repoRoot';

const cli = path.join(repoRoot(), 'dist/cli.js');
const HEADER = 'date 2024-05-01 Mayor Ann Lee spoke in Lagos.\n\n“We will reopen the port,” Lee said.\n';
const PLAIN = 'Mayor Ann Lee spoke in Lagos.\n';

/** relative path → content; `null` for the expected seed files' marker below. */
const TREE: [file: string, text: string, seed: boolean][] = [
  ['a.txt', HEADER, true],
  ['notes.md', HEADER, true],
  ['readme.md', PLAIN, false],
  ['todo.txt', PLAIN, false],
  ['seeds/bbc/x.txt', PLAIN, true],
  ['seeds/bbc/y.md', PLAIN, false],
  ['deep/er/b.txt', HEADER, true],
  ['node_modules/pkg/c.txt', HEADER, false],
  ['.seed-annotations/a.txt', HEADER, false],
  ['drafts/d.txt', HEADER, false],
  ['articles/e.txt', PLAIN, true],
  ['data.json', HEADER, false],
];

const SETTINGS = `{
  // the researcher's own rules
  "seedAnnotator.include": ["**/seeds/**/*.txt", "articles"], /* a folder taken whole */
  "seedAnnotator.exclude": ["drafts/**",],
}
`;

function writeTree(root: string, settings?: string): void {
  for (const [file, text] of TREE) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  if (settings !== undefined) {
    fs.mkdirSync(path.join(root, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(root, '.vscode', 'settings.json'), settings);
  }
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, `the CLI ran to completion: ${r.error?.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('seed file discovery shared by the CLI and the extension rules', function () {
  this.timeout(90000);
  let dir = '';
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-discovery-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expected = (root: string, seeds: string[]): string[] => seeds.map((f) => path.join(root, f)).sort();

  it('with the folder settings: the Node walk, `seed-annotate DIR` and `--collection DIR` find the same files', async () => {
    writeTree(dir, SETTINGS);
    const want = expected(
      dir,
      TREE.filter(([, , seed]) => seed).map(([f]) => f),
    );
    const found = await discoverSeedFiles(dir);
    assert.deepEqual(found.files, want);
    assert.deepEqual(found.problems, []);

    const perFile = runCli([dir]);
    assert.equal(perFile.status, 0, perFile.stderr);
    const files = perFile.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { file: string }).file);
    assert.deepEqual(files, want);

    const collection = runCli(['--collection', dir]);
    assert.equal(collection.status, 0, collection.stderr);
    assert.equal((JSON.parse(collection.stdout) as { articles: number }).articles, want.length);
  });

  it('without settings: the defaults (header anywhere, .txt under seeds), nothing from the excluded folders', async () => {
    writeTree(dir);
    const found = await discoverSeedFiles(dir);
    assert.deepEqual(
      found.files,
      expected(dir, ['a.txt', 'notes.md', 'seeds/bbc/x.txt', 'deep/er/b.txt', 'drafts/d.txt']),
    );
  });

  it('a broken settings file: a warning, and the default rules', async () => {
    writeTree(dir, '{ "seedAnnotator.include": [ ');
    const found = await discoverSeedFiles(dir);
    assert.equal(found.problems.length, 1);
    assert.match(found.problems[0]!, /settings\.json: not valid JSON/);
    assert.ok(found.files.includes(path.join(dir, 'drafts/d.txt')));
    const r = runCli([dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /warning: .*settings\.json: not valid JSON.*default rules/);
  });
});

describe('settings.json as VS Code writes it', () => {
  it('keeps globs that look like comments and drops real comments and trailing commas', () => {
    assert.deepEqual(JSON.parse(stripJsonComments('{"a": ["**/*.txt", "x//y"], // c\n /* d */ "b": 1,}')), {
      a: ['**/*.txt', 'x//y'],
      b: 1,
    });
  });

  it('reads include and exclude, trimmed, and falls back to the defaults', () => {
    assert.deepEqual(seedRulesFromSettings(SETTINGS).rules, {
      include: ['**/seeds/**/*.txt', 'articles'],
      exclude: ['drafts/**'],
    });
    assert.deepEqual(seedRulesFromSettings('{"seedAnnotator.include": 3}').rules.include, ['**/seeds/**/*.txt']);
    assert.deepEqual(seedRulesFromSettings('[1]').problem, 'not a JSON object');
    assert.deepEqual(seedRulesFromSettings(undefined).rules, { include: ['**/seeds/**/*.txt'], exclude: [] });
  });
});
