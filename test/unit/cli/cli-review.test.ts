// seed-annotate with the reader's review: sidecars found upward from the article, corrected speakers,
// review marks, orphans, entity decisions of the whole collection, --no-review, and broken sidecars.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/repoRoot';
import { BRIDGE_ARTICLE, ISSUE_EXAMPLE, STORM_ARTICLE } from '../helpers/reviewFixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cli = path.join(repoRoot(), 'dist/cli.js');
const CRACKS_ARTICLE =
  'date 2024-05-09 Engineer Thomas Brandt said on Thursday that the bridge in Riverton would open late.\n\n“We found cracks in two pillars,” Brandt said.\n';
const BRANDT_QUOTE = '“It will change how people move through the valley,”';
const FARMERS_QUOTE = '“Nobody asked the farmers.”';
const STORM_QUOTE = '“Stay at home if you can.”';

function runCli(
  args: string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string; outputs: Json[] } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 30000, maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, `the CLI ran to completion: ${r.error?.message}`);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    get outputs() {
      return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Json);
    },
  };
}

/** The issue's exact JSON-LD example, moved onto a quote of the bridge article. */
function issueShapedSidecar(id: string): string {
  const start = BRIDGE_ARTICLE.indexOf(BRANDT_QUOTE);
  return ISSUE_EXAMPLE.replace('urn:uuid:…', id)
    .replace('seeds/000_ff2cfafdf74160c4.txt', 'seeds/bridge.txt')
    .replace('“tactical”', BRANDT_QUOTE)
    .replace('"start": 2061, "end": 2071', `"start": ${start}, "end": ${start + BRANDT_QUOTE.length}`)
    .replace('Wolf Blitzer', 'Anna Keller');
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

const quoteAt = (out: Json, text: string, exact: string): Json =>
  out.quotes.find((q: Json) => text.slice(q.start, q.end) === exact);

describe('seed-annotate with the reader’s review', function () {
  this.timeout(60000);
  let tmp = '';
  let root = '';

  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-review-'));
    root = path.join(tmp, 'collection');
    write(root, {
      'seeds/bridge.txt': BRIDGE_ARTICLE,
      'seeds/cracks.txt': CRACKS_ARTICLE,
      'seeds/2024/05/storm.txt': STORM_ARTICLE,
      '.seed-annotations/seeds/bridge.txt.json': issueShapedSidecar('urn:uuid:5b0e0a3c-0000-4000-8000-000000000001'),
      // An entity decision kept in another article's sidecar applies to the whole collection.
      '.seed-annotations/seeds/cracks.txt.json': JSON.stringify({
        '@context': ['http://www.w3.org/ns/anno.jsonld', { seed: 'urn:seed-annotator:' }],
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:uuid:5b0e0a3c-0000-4000-8000-000000000002',
            type: 'Annotation',
            motivation: 'editing',
            created: '2026-11-30T10:00:00Z',
            target: {
              source: 'seeds/cracks.txt',
              selector: [
                { type: 'TextQuoteSelector', exact: 'Brandt', prefix: 'Engineer Thomas ', suffix: ' said on Thursday' },
              ],
            },
            body: {
              type: 'seed:EntityReview',
              'seed:status': 'corrected',
              'seed:entity': 'PER:tom brandt',
              'seed:entityName': 'Tom Brandt',
              'seed:sameAs': 'PER:thomas brandt',
              'seed:sameAsName': 'Thomas Brandt',
            },
          },
        ],
      }),
      // Written by another tool: the minimum fields only, one quote selector, one position-only selector.
      '.seed-annotations/seeds/2024/05/storm.txt.json': JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://annotations.example.org/a/1',
            type: 'Annotation',
            target: { source: 'seeds/2024/05/storm.txt', selector: { type: 'TextQuoteSelector', exact: STORM_QUOTE } },
            body: {
              type: 'seed:QuoteReview',
              'seed:status': 'corrected',
              'seed:speaker': 'The police',
              'seed:speakerType': 'ORG',
            },
          },
          {
            id: 'https://annotations.example.org/a/2',
            type: 'Annotation',
            target: {
              source: 'seeds/2024/05/storm.txt',
              selector: { type: 'TextPositionSelector', start: 16, end: 25 },
            },
            body: { type: 'TextualBody', value: 'Which storm? Check the weather service.' },
          },
          {
            id: 'https://annotations.example.org/a/3',
            type: 'Annotation',
            target: {
              source: 'seeds/2024/05/storm.txt',
              selector: { type: 'TextQuoteSelector', exact: 'The roads reopened on Sunday.' },
            },
            body: { type: 'TextualBody', value: 'A sentence deleted since.' },
          },
          {
            id: 'https://annotations.example.org/a/4',
            type: 'Annotation',
            target: {
              source: 'seeds/2024/05/storm.txt',
              selector: { type: 'TextPositionSelector', start: 5000, end: 5010 },
            },
            body: { type: 'seed:QuoteReview', 'seed:status': 'rejected' },
          },
        ],
      }),
    });
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('applies the article’s sidecar in the issue’s exact shape: the corrected speaker and a review mark on every quote and claim', () => {
    const r = runCli([path.join(root, 'seeds', 'bridge.txt')], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, `review: .seed-annotations in ${root}\n`, 'the root in use, and nothing else');
    const [out] = r.outputs;
    const fixed = quoteAt(out!, BRIDGE_ARTICLE, BRANDT_QUOTE);
    assert.equal(fixed.speaker.name, 'Anna Keller');
    // The engine said Tom Brandt, whom the collection's merge names Thomas Brandt.
    assert.deepEqual(fixed.review, {
      status: 'corrected',
      annotation: 'urn:uuid:5b0e0a3c-0000-4000-8000-000000000001',
      machine: 'Thomas Brandt',
    });
    assert.ok(out!.quotes.every((q: Json) => 'review' in q) && out!.claims.every((c: Json) => 'review' in c));
    assert.equal(out!.claims.filter((c: Json) => c.review !== null).length, 0);
    assert.equal(out!.review.sidecar, path.join(root, '.seed-annotations', 'seeds', 'bridge.txt.json'));
    assert.deepEqual([out!.review.reviewed, out!.review.total], [1, 6]);
    assert.deepEqual(out!.orphans, []);
  });

  let bridgeFromRoot: Json | undefined;

  it('applies the entity decisions of every sidecar in the collection (a merge kept beside another article)', () => {
    const [out] = runCli(['seeds/bridge.txt'], root).outputs;
    bridgeFromRoot = out;
    assert.ok(out!.entities.some((e: Json) => e.name === 'Thomas Brandt' && e.review?.status === 'corrected'));
    // The quote continuing the corrected one follows the reader's correction, not the engine's (renamed) speaker.
    assert.equal(quoteAt(out!, BRIDGE_ARTICLE, FARMERS_QUOTE).speaker.name, 'Anna Keller');
  });

  it('finds the folder from an article three levels deeper, and reads another tool’s minimal annotations; a lost one is an orphan', () => {
    const r = runCli([path.join('seeds', '2024', '05', 'storm.txt')], root);
    assert.equal(r.status, 0, r.stderr);
    const [out] = r.outputs;
    assert.deepEqual(
      [out!.quotes[0].speaker.name, out!.quotes[0].speaker.entityType, out!.quotes[0].review.status],
      ['The police', 'ORG', 'corrected'],
    );
    assert.ok(!out!.problems.some((p: Json) => p.code === 'unattributed-quote'), 'the reader settled it');
    // A position alone, without the seed:textHash that shows the text there is still the annotated one: an orphan.
    assert.deepEqual(out!.review.notes, []);
    assert.deepEqual(out!.orphans, [
      {
        id: 'https://annotations.example.org/a/2',
        exact: '',
        reason:
          'a position without quoted text or seed:textHash: nothing shows the text there is still what was annotated',
        kind: 'note',
        start: 16,
        end: 25,
      },
      {
        id: 'https://annotations.example.org/a/3',
        exact: 'The roads reopened on Sunday.',
        reason: 'the annotated text is no longer in the article',
        kind: 'note',
      },
      {
        id: 'https://annotations.example.org/a/4',
        exact: '',
        reason: 'the position lies outside the article',
        kind: 'quote',
        start: 5000,
        end: 5010,
      },
    ]);
    assert.ok(out!.problems.some((p: Json) => p.code === 'orphaned-annotation'));
  });

  it('a folder: every article with its own review', () => {
    const r = runCli([path.join(root, 'seeds')], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.outputs.map((o) => [path.relative(root, o.file), o.review.reviewed]),
      [
        [path.join('seeds', '2024', '05', 'storm.txt'), 1],
        [path.join('seeds', 'bridge.txt'), 1],
        [path.join('seeds', 'cracks.txt'), 0],
      ],
    );
  });

  it('--collection: the collection’s people follow the reader’s merges', () => {
    const r = runCli(['--collection', 'seeds'], root);
    assert.equal(r.status, 0, r.stderr);
    const names: string[] = JSON.parse(r.stdout).people.map((p: Json) => p.name);
    assert.ok(names.includes('Thomas Brandt') && !names.includes('Tom Brandt'), names.join(', '));
  });

  it('--no-review prints the machine alone', () => {
    const reviewed = bridgeFromRoot ?? runCli(['seeds/bridge.txt'], root).outputs[0]!;
    const r = runCli(['--no-review', 'seeds/bridge.txt'], root);
    assert.equal(r.status, 0, r.stderr);
    const [machine] = r.outputs;
    assert.equal(quoteAt(machine!, BRIDGE_ARTICLE, BRANDT_QUOTE).speaker.name, 'Tom Brandt');
    assert.ok(!('orphans' in machine!) && !('review' in machine!));
    assert.ok(machine!.quotes.every((q: Json) => !('review' in q)));
    assert.equal(machine!.quotes.length, reviewed.quotes.length);
  });

  it('an article outside any collection: the machine’s analysis, every item undecided', () => {
    write(tmp, { 'loose/storm.txt': STORM_ARTICLE });
    const r = runCli([path.join(tmp, 'loose', 'storm.txt')], tmp);
    assert.equal(r.status, 0, r.stderr);
    const [out] = r.outputs;
    assert.equal(out!.review.root, null, 'no .seed-annotations folder above the temporary folder');
    assert.equal(out!.quotes[0].speaker, null);
    assert.equal(out!.quotes[0].review, null);
    assert.deepEqual(out!.orphans, []);
  });

  it('--export w3c: one AnnotationCollection of the machine’s and the readers’ annotations of every file', () => {
    const r = runCli(['--export', 'w3c', 'seeds'], root);
    assert.equal(r.status, 0, r.stderr);
    const doc: Json = JSON.parse(r.stdout);
    assert.equal(doc.type, 'AnnotationCollection');
    const items: Json[] = doc.first.items;
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')).version;
    assert.equal(doc.generator['schema:softwareVersion'], version);
    const readers = items.filter((i) => i.creator?.type !== 'Software').map((i) => i.id);
    assert.deepEqual(readers.sort(), [
      'https://annotations.example.org/a/1',
      'https://annotations.example.org/a/2',
      'https://annotations.example.org/a/3',
      'https://annotations.example.org/a/4',
      'urn:uuid:5b0e0a3c-0000-4000-8000-000000000001',
      'urn:uuid:5b0e0a3c-0000-4000-8000-000000000002',
    ]);
    assert.deepEqual([...new Set(items.map((i) => i.target.source))].sort(), [
      'seeds/2024/05/storm.txt',
      'seeds/bridge.txt',
      'seeds/cracks.txt',
    ]);
  });

  it('--export claimreview: the claims with a verdict; --export with --jsonl or an unknown format is a usage error', () => {
    const checked = path.join(tmp, 'checked');
    const claim = 'the project cost less than planned';
    const start = BRIDGE_ARTICLE.indexOf(claim);
    write(checked, {
      'seeds/bridge.txt': BRIDGE_ARTICLE,
      '.seed-annotations/seeds/bridge.txt.json': JSON.stringify({
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:uuid:5b0e0a3c-0000-4000-8000-000000000009',
            type: 'Annotation',
            created: '2026-11-30T10:00:00Z',
            target: {
              source: 'seeds/bridge.txt',
              selector: [
                { type: 'TextQuoteSelector', exact: claim },
                { type: 'TextPositionSelector', start, end: start + claim.length },
              ],
            },
            body: { type: 'seed:ClaimReview', 'seed:status': 'confirmed', 'seed:verdict': 'misleading' },
          },
        ],
      }),
    });
    const r = runCli(['--export', 'claimreview', 'seeds'], checked);
    assert.equal(r.status, 0, r.stderr);
    const graph: Json[] = JSON.parse(r.stdout)['@graph'];
    assert.deepEqual(
      graph.map((g) => [
        g.claimReviewed,
        g.reviewRating.alternateName,
        g.reviewRating.ratingValue,
        g.itemReviewed.appearance.url,
      ]),
      [[claim, 'Misleading', 2, pathToFileURL(path.join(checked, 'seeds', 'bridge.txt')).href]],
    );
    assert.equal(runCli(['--export', 'w3c', '--jsonl'], checked).status, 2);
    assert.equal(runCli(['--export', 'csv', 'seeds'], checked).status, 2);
  });

  it('an invalid sidecar: one line on stderr naming it, the machine’s output still printed, exit status 1', () => {
    const broken = path.join(tmp, 'broken');
    write(broken, {
      'seeds/bridge.txt': BRIDGE_ARTICLE,
      '.seed-annotations/seeds/bridge.txt.json': '{ "type": "AnnotationPage", "items": [ ',
    });
    const r = runCli(['seeds/bridge.txt'], broken);
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.shift(), `review: .seed-annotations in ${broken}`);
    assert.equal(lines.length, 1, r.stderr);
    assert.ok(lines[0]!.includes(path.join(broken, '.seed-annotations', 'seeds', 'bridge.txt.json')), lines[0]);
    assert.match(lines[0]!, /invalid sidecar.*not valid JSON/);
    const [out] = r.outputs;
    assert.equal(quoteAt(out!, BRIDGE_ARTICLE, BRANDT_QUOTE).speaker.name, 'Tom Brandt');
    assert.match(out!.review.error, /not valid JSON/);
  });

  it('another article’s invalid sidecar is reported once; this article’s review still applies; skipped items are warnings', () => {
    const mixed = path.join(tmp, 'mixed');
    write(mixed, {
      'seeds/bridge.txt': BRIDGE_ARTICLE,
      'seeds/cracks.txt': CRACKS_ARTICLE,
      '.seed-annotations/seeds/bridge.txt.json': issueShapedSidecar(
        'urn:uuid:5b0e0a3c-0000-4000-8000-000000000003',
      ).replace(
        '"items": [ {',
        '"items": [ { "id": "urn:x:no-target", "type": "Annotation", "body": { "type": "TextualBody", "value": "x" } }, {',
      ),
      '.seed-annotations/seeds/cracks.txt.json': '[1, 2]',
    });
    const r = runCli(['seeds/bridge.txt', 'seeds/cracks.txt'], mixed);
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.filter((l) => l.includes('cracks.txt.json')).length, 1, r.stderr);
    assert.equal(
      lines.filter((l) => /bridge\.txt\.json: warning: annotation 1 skipped: no "target"/.test(l)).length,
      1,
      r.stderr,
    );
    assert.equal(r.outputs.length, 2);
    assert.equal(quoteAt(r.outputs[0]!, BRIDGE_ARTICLE, BRANDT_QUOTE).speaker.name, 'Anna Keller');
  });
});
