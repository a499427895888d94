// `seed-annotate --collection` as a researcher runs it: one JSON of the collection's identities.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  summariesToCollectionJson,
  type CollectionEntity,
  type CollectionJson,
} from '../../../src/core/model/collectionJson';
import { summarize } from '../../../src/core/summary/summary';
import { analyze } from '../../../src/engine';
import { repoRoot } from '../helpers/repoRoot';

const cli = path.join(repoRoot(), 'dist/cli.js');

const ARTICLES: Record<string, string> = {
  'a.txt':
    'date 2023-03-08 Donald Trump spoke to reporters in Ohio on Tuesday.\n\n“We will win this state,” Trump said.\n',
  'b.txt':
    'date 2023-03-09 Donald J. Trump held a rally in Iowa.\n\n“The polls are wrong,” Trump told supporters. The U.S. economy is strong, he said.\n',
  'c.txt':
    'date 2023-03-10 “We need a plan,” Ann Lee said on Monday.\n\nLee said the United States must act. She met President Trump in Washington.\n',
};

function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    maxBuffer: 64 << 20,
  });
  assert.equal(result.error, undefined, `the CLI ran to completion: ${result.error?.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('seed-annotate --collection', function () {
  this.timeout(40000);
  let dir = '';
  let out: CollectionJson;
  const person = (name: string): CollectionEntity | undefined => out.people.find((p) => p.name === name);

  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-collection-'));
    fs.mkdirSync(path.join(dir, 'seeds'));
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, 'seeds', name), text);
    fs.writeFileSync(path.join(dir, 'seeds', 'notes.md'), 'not a seed file');
    const r = runCli(['--collection', 'seeds'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    out = JSON.parse(r.stdout) as CollectionJson;
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON object with the collection fields', () => {
    assert.deepEqual(Object.keys(out).sort(), [
      'articles',
      'claimSources',
      'organizations',
      'people',
      'places',
      'speakers',
    ]);
    assert.equal(out.articles, 3);
  });

  it('every entity has its name, aliases, articles, mentions and quote and claim counts', () => {
    for (const entity of [...out.people, ...out.places, ...out.organizations]) {
      assert.equal(typeof entity.name, 'string');
      assert.ok(Array.isArray(entity.aliases) && entity.aliases.every((a) => typeof a === 'string'));
      for (const count of [entity.articles, entity.mentions, entity.quotes, entity.claims])
        assert.ok(Number.isInteger(count) && count >= 0);
      assert.equal(entity.articles, entity.files.length);
      assert.ok(entity.mentions >= entity.articles);
    }
    for (const s of out.speakers)
      assert.ok(
        typeof s.name === 'string' && Number.isInteger(s.quotes) && s.quotes > 0 && typeof s.anonymous === 'boolean',
      );
    for (const s of out.claimSources)
      assert.ok(typeof s.name === 'string' && Number.isInteger(s.claims) && s.claims > 0);
  });

  it('one person across articles: full name, middle initial, title and surname', () => {
    const trump = person('Donald Trump');
    assert.ok(trump, JSON.stringify(out.people.map((p) => p.name)));
    assert.equal(trump.articles, 3);
    for (const alias of ['Donald J. Trump', 'Trump']) assert.ok(trump.aliases.includes(alias), alias);
    assert.equal(trump.quotes, 2);
    assert.ok(!out.people.some((p) => ['Donald J. Trump', 'Trump'].includes(p.name)));
    assert.deepEqual(
      out.speakers.filter((s) => s.name.includes('Trump')).map((s) => [s.name, s.quotes, s.articles]),
      [['Donald Trump', 2, 2]],
    );
  });

  it('another person stays apart, and "U.S." is the United States', () => {
    assert.equal(person('Ann Lee')?.articles, 1);
    const us = out.places.find((p) => p.name === 'United States');
    assert.equal(us?.articles, 2);
    assert.ok(!out.places.some((p) => p.name === 'U.S.'));
  });

  it('is the model the extension builds from the same summaries', () => {
    const summaries = Object.entries(ARTICLES).map(([name, text]) =>
      summarize(path.join('seeds', name), text, analyze(text, { expectHeader: true })),
    );
    assert.deepEqual(out, JSON.parse(JSON.stringify(summariesToCollectionJson(summaries))));
  });

  it('--pretty indents the same JSON', () => {
    const r = runCli(['--collection', '--pretty', 'seeds'], dir);
    assert.match(r.stdout, /^\{\n {2}"articles": 3/);
    assert.deepEqual(JSON.parse(r.stdout), out);
  });

  it('a missing file is reported and the rest still make the collection', () => {
    const r = runCli(['--collection', path.join('seeds', 'a.txt'), 'missing.txt'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
    const partial = JSON.parse(r.stdout) as CollectionJson;
    assert.equal(partial.articles, 1);
    assert.equal(partial.people.find((p) => p.name === 'Donald Trump')?.articles, 1);
  });

  it('--collection with --jsonl is a usage error', () => {
    const r = runCli(['--collection', '--jsonl'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--collection reads files or folders/);
    assert.equal(r.stdout, '');
  });
});
