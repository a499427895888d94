// The lexicon: one loader (index.ts) reads every word list, each list says what it is for, comments are skipped.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAIMS, GRAMMAR, NAMES, ORGANIZATIONS, PEOPLE, PLACES, SOURCES, VERBS } from '../../../src/engine/lexicon';
import { NAME_PARTICLES } from '../../../src/engine/lexicon/people';
import { parseWordList, wordSet } from '../../../src/engine/lexicon/wordList';
import { repoRoot } from '../helpers/repoRoot';

const SRC = path.join(repoRoot(), 'src');
const LEXICON = path.join(SRC, 'engine', 'lexicon');
const CONCEPTS = { CLAIMS, GRAMMAR, NAMES, ORGANIZATIONS, PEOPLE, PLACES, SOURCES, VERBS };

function filesUnder(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, ext) : e.name.endsWith(ext) ? [full] : [];
  });
}

const lists = filesUnder(LEXICON, '.txt');

describe('lexicon', () => {
  it('has one folder per concept, each loaded by index.ts', () => {
    const folders = new Set(lists.map((f) => path.basename(path.dirname(f))));
    assert.deepEqual(
      [...folders].sort(),
      Object.keys(CONCEPTS)
        .map((k) => k.toLowerCase())
        .sort(),
    );
    assert.ok(!fs.existsSync(path.join(SRC, 'core', 'lexicon')), 'src/core/lexicon is gone');
  });

  it('is the only importer of .txt lists', () => {
    const importers = filesUnder(SRC, '.ts').filter((f) => /from\s+'[^']*\.txt'/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(importers, [path.join(LEXICON, 'index.ts')]);
  });

  it('loads every list file, non-empty, under its camel-cased name', () => {
    for (const file of lists) {
      const concept = path.basename(path.dirname(file)).toUpperCase() as keyof typeof CONCEPTS;
      const key = path.basename(file, '.txt').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const entries = (CONCEPTS[concept] as Record<string, readonly string[]>)[key];
      assert.ok(entries && entries.length > 0, `${concept}.${key} loads ${path.relative(LEXICON, file)}`);
    }
  });

  it('names files in kebab-case and opens each with a comment saying what it is for', () => {
    for (const file of lists) {
      assert.match(path.basename(file), /^[a-z]+(-[a-z]+)*\.txt$/, file);
      assert.match(fs.readFileSync(file, 'utf8').split('\n')[0]!, /^# \S.{10,}/, `${file} starts with a comment`);
    }
  });

  it('skips comment lines, trailing comments and blank lines; keeps entries as written', () => {
    const text = '# What the list is for.\nde\n\n  Van  \nbin # as in "Mohammed bin Salman"\n#  another comment\n';
    assert.deepEqual(parseWordList(text), ['de', 'Van', 'bin']);
    assert.deepEqual([...wordSet(parseWordList(text))], ['de', 'van', 'bin']);
  });

  it('keeps no comment text as an entry', () => {
    for (const [concept, byList] of Object.entries(CONCEPTS))
      for (const [key, entries] of Object.entries(byList as Record<string, readonly string[]>))
        assert.ok(!entries.some((e) => e.includes('#')), `${concept}.${key}`);
  });

  it('has one list of name particles (the engine and the identity read the same)', () => {
    for (const particle of ['de', 'van', 'von', 'bin', 'al', 'della', 'zu']) assert.ok(NAME_PARTICLES.has(particle));
  });
});
