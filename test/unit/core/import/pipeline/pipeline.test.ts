// The import pipeline with in-memory I/O: duplicates, clash names, sidecar merging, rollback, root choice.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runImport } from '../../../../../src/core/import/pipeline/pipeline';
import { sidecarWithProvenance, provenanceOfSidecar } from '../../../../../src/core/import/pipeline/provenance';
import type { CollectionFiles, ImportIO, ImportSource } from '../../../../../src/core/import/pipeline/types';
import { collectionRootFor } from '../../../../../src/node/collectionRoot';
import { articlePage } from '../../../helpers/importServer';

class MemoryFiles implements CollectionFiles {
  readonly files = new Map<string, string | Uint8Array>();
  failOn?: RegExp;
  async readText(p: string): Promise<string | undefined> {
    const v = this.files.get(p);
    return v === undefined ? undefined : typeof v === 'string' ? v : new TextDecoder().decode(v);
  }
  async exists(p: string): Promise<boolean> {
    return this.files.has(p);
  }
  async namesIn(folder: string): Promise<string[]> {
    const prefix = folder ? `${folder}/` : '';
    return [...this.files.keys()]
      .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
      .map((k) => k.slice(prefix.length));
  }
  async write(p: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): Promise<void> {
    if (this.failOn?.test(p)) throw new Error(`disk full writing ${p}`);
    if (this.files.has(p) && !options.overwrite) throw new Error(`${p} exists`);
    this.files.set(p, data);
  }
  async remove(p: string): Promise<void> {
    this.files.delete(p);
  }
  async listSeedFiles(): Promise<string[]> {
    return [...this.files.keys()].filter((k) => k.endsWith('.txt') && !k.startsWith('.'));
  }
  async listSidecars(): Promise<string[]> {
    return [...this.files.keys()].filter((k) => k.startsWith('.seed-annotations/') && k.endsWith('.json'));
  }
}

function memoryIO(files: MemoryFiles, pages: Record<string, string>): ImportIO {
  let n = 0;
  return {
    fetchUrl: async (url) => {
      const page = pages[url.replace(/#.*$|\/$/, '')];
      if (page === undefined) throw new Error('HTTP 404');
      return { bytes: new TextEncoder().encode(page), contentType: 'text/html', url };
    },
    readSource: async (p) => {
      const page = pages[p];
      if (page === undefined) throw new Error('no such file');
      return { bytes: new TextEncoder().encode(page), fileName: p };
    },
    files,
    now: () => new Date('2026-12-08T10:00:00Z'),
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

const OPTIONS = { outFolder: 'articles', keepSnapshot: true, concurrency: 3 };

describe('import pipeline', () => {
  const pages = {
    'https://a.example/one': articlePage({
      title: 'Harbour Reopens',
      date: '2020-06-24',
      words: 'The harbour reopened at dawn.',
    }),
    'https://a.example/two': articlePage({
      title: 'Harbour Reopens',
      date: '2020-06-24',
      words: 'A different story, with other words.',
    }),
    'https://mirror.example/copy': articlePage({
      title: 'Harbour Reopens',
      date: '2020-06-24',
      words: 'The harbour reopened at dawn.',
    }),
  };

  it('names clashes -2 in input order, and finds duplicates by URL and by text within one batch', async () => {
    const files = new MemoryFiles();
    const sources: ImportSource[] = [
      'https://a.example/one',
      'https://a.example/two',
      'https://a.example/one#top',
      'https://mirror.example/copy',
    ].map((source) => ({ source }));
    const records = await runImport(sources, OPTIONS, memoryIO(files, pages));
    assert.deepEqual(
      records.map((r) => [r.status, r.file]),
      [
        ['imported', 'articles/2020-06-24-test-gazette-harbour-reopens.txt'],
        ['imported', 'articles/2020-06-24-test-gazette-harbour-reopens-2.txt'],
        ['duplicate', 'articles/2020-06-24-test-gazette-harbour-reopens.txt'],
        ['duplicate', 'articles/2020-06-24-test-gazette-harbour-reopens.txt'],
      ],
    );
  });

  it('finds duplicates of articles already in the collection: by sidecar URL, by the text of a hand-made seed file', async () => {
    const files = new MemoryFiles();
    const [first] = await runImport([{ source: 'https://a.example/two' }], OPTIONS, memoryIO(files, pages));
    const text = (await files.readText(first!.file!))!;
    const handMade = new MemoryFiles();
    handMade.files.set('notes/by-hand.txt', text.replace(/^date 2020-06-24/, 'date 2020-06-25'));
    const again = await runImport([{ source: 'https://a.example/two' }], OPTIONS, memoryIO(handMade, pages));
    assert.deepEqual(
      again.map((r) => [r.status, r.duplicateOf]),
      [['duplicate', 'notes/by-hand.txt']],
    );
    const byUrl = await runImport([{ source: 'https://a.example/two/' }], OPTIONS, memoryIO(files, pages));
    assert.deepEqual(
      byUrl.map((r) => [r.status, r.duplicateOf]),
      [['duplicate', first!.file]],
    );
    files.files.set(
      first!.file!,
      'date 2020-06-24 Rewritten by hand since the import, so only the sidecar URL matches now.',
    );
    const bySidecar = await runImport([{ source: 'https://a.example/two' }], OPTIONS, memoryIO(files, pages));
    assert.deepEqual(
      bySidecar.map((r) => r.status),
      ['duplicate'],
    );
  });

  it('asks for a missing date one question at a time; no answer skips the source', async () => {
    const undated = {
      'https://u.example/1': articlePage({ title: 'Undated One', words: 'First undated story text here.' }),
      'https://u.example/2': articlePage({ title: 'Undated Two', words: 'Second undated story, other words.' }),
    };
    let open = 0;
    let peak = 0;
    const io: ImportIO = {
      ...memoryIO(new MemoryFiles(), undated),
      askDate: async (question) => {
        peak = Math.max(peak, ++open);
        await new Promise((r) => setTimeout(r, 5));
        open--;
        return question.title === 'Undated One' ? '2019-04-05' : undefined;
      },
    };
    const records = await runImport(
      [{ source: 'https://u.example/1' }, { source: 'https://u.example/2' }],
      OPTIONS,
      io,
    );
    assert.equal(peak, 1, 'one question at a time');
    assert.deepEqual(
      records.map((r) => [r.status, r.date, r.dateEvidence]),
      [
        ['imported', '2019-04-05', 'given by the user'],
        ['skipped', null, null],
      ],
    );
    assert.match(records[1]!.error!, /^no publication date found; give one with --list/);
  });

  it('merges the provenance into an existing sidecar, keeping its other annotations, and refuses an unreadable one', async () => {
    const other = {
      id: 'urn:x:1',
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: 's' },
      body: { type: 'TextualBody', value: 'hi' },
    };
    const merged = sidecarWithProvenance(JSON.stringify({ type: 'AnnotationPage', items: [other] }), {
      id: 'urn:x:2',
      motivation: 'describing',
    });
    assert.ok('text' in merged);
    assert.deepEqual(
      JSON.parse(merged.text).items.map((i: { id: string }) => i.id),
      ['urn:x:2', 'urn:x:1'],
    );
    assert.ok('error' in sidecarWithProvenance('{ not json', {}));
    assert.ok('error' in sidecarWithProvenance('{"type":"Annotation"}', {}));
  });

  it('leaves nothing behind when the sidecar cannot be written', async () => {
    const files = new MemoryFiles();
    files.failOn = /\.json$/;
    const [record] = await runImport([{ source: 'https://a.example/one' }], OPTIONS, memoryIO(files, pages));
    assert.equal(record!.status, 'failed');
    assert.match(record!.error!, /disk full/);
    assert.deepEqual([...files.files.keys()], []);
  });

  it('an invalid sidecar already at the new name is not overwritten', async () => {
    const files = new MemoryFiles();
    const sidecar = '.seed-annotations/articles/2020-06-24-test-gazette-harbour-reopens.txt.json';
    files.files.set(sidecar, 'garbage');
    const [record] = await runImport([{ source: 'https://a.example/one' }], OPTIONS, memoryIO(files, pages));
    assert.equal(record!.status, 'failed');
    assert.equal(files.files.get(sidecar), 'garbage');
    assert.deepEqual([...files.files.keys()], [sidecar]);
  });

  it('writes the provenance annotation in the contract shape, readable back', async () => {
    const files = new MemoryFiles();
    const [record] = await runImport(
      [{ source: 'https://a.example/one' }],
      { ...OPTIONS, keepSnapshot: false },
      memoryIO(files, pages),
    );
    const text = await files.readText(`.seed-annotations/${record!.file}.json`);
    const item = JSON.parse(text!).items[0];
    assert.deepEqual(Object.keys(item), ['id', 'type', 'motivation', 'created', 'target', 'body']);
    assert.equal(item.body['seed:snapshot'], undefined, '--no-snapshot: no snapshot field');
    assert.equal(provenanceOfSidecar(text)?.url, 'https://a.example/one');
    assert.equal(
      [...files.files.keys()].some((k) => k.includes('snapshots')),
      false,
    );
  });
});

describe('collection root', () => {
  let dir = '';
  beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-root-')))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the nearest folder upward with .seed-annotations or .git, else the current directory, else the output folder', () => {
    const out = path.join(dir, 'project', 'news', 'articles');
    fs.mkdirSync(out, { recursive: true });
    assert.equal(collectionRootFor(out, path.join(dir, 'project')), path.join(dir, 'project'), 'cwd contains out');
    assert.equal(collectionRootFor(out, '/somewhere/else'), out, 'out itself');
    fs.mkdirSync(path.join(dir, 'project', '.git'));
    assert.equal(collectionRootFor(out, '/somewhere/else'), path.join(dir, 'project'));
    fs.mkdirSync(path.join(dir, 'project', 'news', '.seed-annotations'));
    assert.equal(collectionRootFor(out, path.join(dir, 'project')), path.join(dir, 'project', 'news'));
    fs.mkdirSync(path.join(out, '.seed-annotations'));
    assert.equal(collectionRootFor(out, dir), out, 'the output folder itself counts');
  });
});
