// seed-annotate against sidecars from a cloned repository (issue 16 §5): deeply nested foreign values,
// markup in texts and notes, a target.source pointing outside the collection, sidecars that are not regular
// files (directory, symlink, FIFO) and sidecars over the caps. Never a crash or a hang; a clear stderr line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repoRoot';
import { BRIDGE_ARTICLE } from '../helpers/reviewFixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cli = path.join(repoRoot(), 'dist/cli.js');
const CLAIM = 'the project cost less than planned';
const SIDECAR = '.seed-annotations/seeds/bridge.txt.json';

function runCli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 30000, maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, `the CLI ran to completion: ${r.error?.message}`);
  return r;
}

/** A claim review on the bridge article, with whatever else a hostile tool put in. */
function claimAnnotation(extra: Json = {}, body: Json = {}, source = 'seeds/bridge.txt'): Json {
  const start = BRIDGE_ARTICLE.indexOf(CLAIM);
  return {
    id: 'urn:uuid:5b0e0a3c-0000-4000-8000-00000000a001',
    type: 'Annotation',
    created: '2026-11-30T10:00:00Z',
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: CLAIM },
        { type: 'TextPositionSelector', start, end: start + CLAIM.length },
      ],
    },
    body: { type: 'seed:ClaimReview', 'seed:status': 'confirmed', 'seed:verdict': 'false', ...body },
    ...extra,
  };
}

const page = (...items: Json[]) => JSON.stringify({ type: 'AnnotationPage', items });

/** A fresh collection (a .git folder marks its root) with the bridge article and the given files. */
function collection(tmp: string, name: string, files: Record<string, string> = {}, article = BRIDGE_ARTICLE): string {
  const root = path.join(tmp, name);
  for (const [file, content] of Object.entries({ 'seeds/bridge.txt': article, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  return root;
}

/** A sidecar whose annotation holds a value nested `levels` deep (written as text: too deep to stringify). */
function deepSidecar(levels: number): string {
  const marker = '"ex:deep-marker"';
  const text = page(claimAnnotation({ 'ex:deep': 'MARK' })).replace('"MARK"', marker);
  return text.replace(marker, `${'{"down":'.repeat(levels)}"bottom"${'}'.repeat(levels)}`);
}

const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('seed-annotate against hostile sidecars', function () {
  this.timeout(60000);
  let tmp = '';

  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-hostile-'));
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a 5,000-level deep foreign value: --export w3c still writes the document, the value cut at 32 levels, a warning', () => {
    const root = collection(tmp, 'deep', { [SIDECAR]: deepSidecar(5000) });
    const r = runCli(['--export', 'w3c', 'seeds'], root);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /nested deeper than 32 levels were dropped/);
    const items: Json[] = JSON.parse(r.stdout).first.items;
    const reader = items.find((i) => i.id === 'urn:uuid:5b0e0a3c-0000-4000-8000-00000000a001')!;
    assert.ok(reader, 'the annotation is kept');
    assert.ok(depthOf(reader['ex:deep']) <= 32, `depth ${depthOf(reader['ex:deep'])}`);
  });

  it('JSON-LD exports are safe inside <script type="application/ld+json">, and parse back to the same texts', () => {
    const hostile = ' A sign read </script><script>alert(1)</script>\u2028 there.';
    const article = BRIDGE_ARTICLE.replace('less than planned.', `less than planned.${hostile}`);
    const note = '</script><img src=x onerror=alert(2)> & \u2029';
    const root = collection(tmp, 'script', { [SIDECAR]: page(claimAnnotation({}, { 'seed:note': note })) }, article);
    for (const format of ['w3c', 'claimreview']) {
      const r = runCli(['--export', format, 'seeds'], root);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /<\/?script|<img|[\u2028\u2029]/i, format);
      const doc = JSON.stringify(JSON.parse(r.stdout));
      assert.ok(doc.includes(JSON.stringify(note).slice(1, -1)), `${format}: the note comes back whole`);
    }
  });

  it('the W3C export names the article annotated as target.source, never the sidecar’s value', () => {
    for (const [name, source] of [
      ['up', '../../etc/passwd'],
      ['absolute', '/etc/passwd'],
      ['url', 'file:///etc/passwd'],
    ]) {
      const root = collection(tmp, `source-${name}`, { [SIDECAR]: page(claimAnnotation({}, {}, source!)) });
      const r = runCli(['--export', 'w3c', 'seeds'], root);
      assert.equal(r.status, 0, r.stderr);
      const items: Json[] = JSON.parse(r.stdout).first.items;
      assert.deepEqual([...new Set(items.map((i) => i.target.source))], ['seeds/bridge.txt'], name);
      assert.ok(!r.stdout.includes('passwd'), name);
    }
  });

  it('a sidecar that is a directory, a symlink or a FIFO is reported and never opened: exit 1, no hang', function () {
    const kinds: [string, (file: string) => void][] = [
      ['a directory', (file) => fs.mkdirSync(file, { recursive: true })],
      [
        'a symbolic link',
        (file) => {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.symlinkSync('/etc/passwd', file);
        },
      ],
    ];
    if (process.platform !== 'win32') {
      kinds.push([
        'a FIFO',
        (file) => {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          const made = spawnSync('mkfifo', [file]);
          assert.equal(made.status, 0, 'mkfifo');
        },
      ]);
    }
    for (const [kind, make] of kinds) {
      const root = collection(tmp, `kind-${kind.replace(/\W/g, '')}`);
      make(path.join(root, SIDECAR));
      const r = runCli(['seeds/bridge.txt'], root);
      assert.equal(r.status, 1, `${kind}: ${r.stderr}`);
      const line = r.stderr.split('\n').find((l) => l.includes('bridge.txt.json'));
      assert.ok(line?.includes(kind), `${kind}: ${r.stderr}`);
      assert.match(line!, /never read/);
      const out = JSON.parse(r.stdout.split('\n')[0]!) as Json;
      assert.ok(!out.claims.some((c: Json) => c.review), `${kind}: no review applied`);
    }
  });

  it('a sidecar over the caps (20,000 annotations, 5 MB) is not applied, with the reason', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => ({
      id: `urn:x:${i}`,
      type: 'Annotation',
      target: { source: 'seeds/bridge.txt', selector: { type: 'TextQuoteSelector', exact: CLAIM } },
      body: { type: 'TextualBody', value: 'n' },
    }));
    const large = page(claimAnnotation()).replace('"items"', `"padding": "${' '.repeat(5 * 1024 * 1024)}", "items"`);
    for (const [name, content, reason] of [
      ['many', page(...many), /not applied: the sidecar holds 20001 annotations, over the limit of 20000/],
      ['large', large, /not applied: the sidecar is 5\.0 MB, over the 5\.0 MB limit/],
    ] as const) {
      const root = collection(tmp, `cap-${name}`, { [SIDECAR]: content });
      const r = runCli(['seeds/bridge.txt'], root);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, reason);
      const out = JSON.parse(r.stdout.split('\n')[0]!) as Json;
      assert.ok(!out.claims.some((c: Json) => c.review), `${name}: no review applied`);
    }
  });
});
