// Issue 16 §3: the CLI applies only the collection's own sidecars. A `.seed-annotations` folder planted
// above the current directory, above a repository or above the home directory is never used; the root in
// use is printed; `--review-root DIR` names a root above the current directory; a symlinked folder is refused.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serializeSidecar } from '../../../src/core/review/jsonldWrite';
import { sidecarPathFor } from '../../../src/core/review/jsonld';
import { repoRoot } from '../helpers/repoRoot';
import { BRIDGE_ARTICLE, entityDecision } from '../helpers/reviewFixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cli = path.join(repoRoot(), 'dist/cli.js');
const ARTICLE = 'seeds/bridge.txt';

function runCli(args: string[], cwd: string, home: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, HOME: home, USERPROFILE: home },
  });
  assert.equal(r.error, undefined);
  const outputs = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Json);
  return { status: r.status, stderr: r.stderr, outputs };
}

/** A `.seed-annotations/` folder under `dir` whose sidecar renames Tom Brandt, for the article at `article`. */
function plantRename(dir: string, article: string, name: string): void {
  const annotation = entityDecision(
    BRIDGE_ARTICLE,
    'Tom Brandt',
    { entity: 'PER:tom brandt', entityName: 'Tom Brandt', name },
    { source: article },
  );
  const file = path.join(dir, ...sidecarPathFor(article).split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, serializeSidecar([annotation]));
}

function writeArticle(dir: string): string {
  const file = path.join(dir, ...ARTICLE.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, BRIDGE_ARTICLE);
  return file;
}

const speakers = (out: Json): string[] => out.quotes.map((q: Json) => q.speaker?.name).filter(Boolean);

describe('seed-annotate: which sidecars apply', function () {
  this.timeout(60000);
  let tmp = '';
  let home = '';

  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-root-')));
    home = path.join(tmp, 'home');
    fs.mkdirSync(home);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('never goes above the current directory: a planted parent folder is ignored', () => {
    const parent = path.join(tmp, 'shared');
    plantRename(parent, `work/${ARTICLE}`, 'Vladimir Putin');
    plantRename(parent, ARTICLE, 'Vladimir Putin');
    const work = path.join(parent, 'work');
    writeArticle(work);
    const r = runCli([ARTICLE], work, home);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!speakers(r.outputs[0]!).includes('Vladimir Putin'), 'the planted rename is not applied');
    assert.ok(speakers(r.outputs[0]!).includes('Tom Brandt'));
    assert.equal(r.outputs[0]!.review.root, null);
    assert.doesNotMatch(r.stderr, /review: /);
  });

  it('stops at the first folder holding .git', () => {
    const parent = path.join(tmp, 'clones');
    plantRename(parent, `repo/${ARTICLE}`, 'Vladimir Putin');
    const repo = path.join(parent, 'repo');
    writeArticle(repo);
    fs.mkdirSync(path.join(repo, '.git'));
    const r = runCli([path.join('repo', ARTICLE)], parent, home);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!speakers(r.outputs[0]!).includes('Vladimir Putin'));
    assert.equal(r.outputs[0]!.review.root, null);
  });

  it('stops at the home directory', () => {
    plantRename(tmp, `home/${ARTICLE}`, 'Vladimir Putin');
    writeArticle(home);
    const r = runCli([path.join('home', ARTICLE)], tmp, home);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!speakers(r.outputs[0]!).includes('Vladimir Putin'));
    fs.rmSync(path.join(tmp, '.seed-annotations'), { recursive: true });
  });

  it('uses the collection’s own folder, and says which', () => {
    const collection = path.join(tmp, 'collection');
    writeArticle(collection);
    plantRename(collection, ARTICLE, 'Thomas Brandt');
    fs.mkdirSync(path.join(collection, '.git'));
    const r = runCli([ARTICLE], collection, home);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(speakers(r.outputs[0]!).includes('Thomas Brandt'));
    assert.equal(r.stderr, `review: .seed-annotations in ${collection}\n`);
    assert.equal(r.outputs[0]!.review.root, collection);
  });

  it('--review-root names a root above the current directory', () => {
    const collection = path.join(tmp, 'collection');
    const seeds = path.join(collection, 'seeds');
    const searched = runCli(['bridge.txt'], seeds, home);
    assert.ok(!speakers(searched.outputs[0]!).includes('Thomas Brandt'), 'not above the current directory');
    const named = runCli(['--review-root', '..', 'bridge.txt'], seeds, home);
    assert.equal(named.status, 0, named.stderr);
    assert.ok(speakers(named.outputs[0]!).includes('Thomas Brandt'));
    assert.equal(named.stderr, `review: .seed-annotations in ${collection}\n`);
    assert.equal(runCli(['--review-root', path.join(tmp, 'nowhere'), 'bridge.txt'], seeds, home).status, 2);
  });

  it('refuses a .seed-annotations that is a symbolic link, with a message', () => {
    const elsewhere = path.join(tmp, 'elsewhere');
    plantRename(elsewhere, ARTICLE, 'Vladimir Putin');
    const linked = path.join(tmp, 'linked');
    writeArticle(linked);
    fs.symlinkSync(path.join(elsewhere, '.seed-annotations'), path.join(linked, '.seed-annotations'));
    const r = runCli([ARTICLE], linked, home);
    assert.equal(r.status, 1);
    assert.ok(!speakers(r.outputs[0]!).includes('Vladimir Putin'));
    assert.match(r.stderr, /\.seed-annotations: is a symbolic link: refused/);
    assert.doesNotMatch(r.stderr, /review: \.seed-annotations in/);
  });
});
