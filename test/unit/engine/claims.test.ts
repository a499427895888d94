// Reported claims: source, cue, content, hedges and anonymous sources.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';

interface Seen {
  source: string;
  mention: string | null;
  cue: string;
  content: string;
  hedges: string[];
  anonymous: boolean;
}

function claimsOf(text: string): Seen[] {
  return analyze(text).claims.map((c) => ({
    source: c.source.name,
    mention: c.source.mention ? text.slice(c.source.mention.start, c.source.mention.end) : null,
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
    hedges: c.hedges.map((h) => h.text),
    anonymous: c.source.anonymous === true,
  }));
}

describe('findClaims', () => {
  const cases: { name: string; text: string; source: string; cue: string; content: string }[] = [
    {
      name: 'said that',
      text: 'Maria Lopez said that the bridge will reopen in May.',
      source: 'Maria Lopez',
      cue: 'said',
      content: 'the bridge will reopen in May',
    },
    {
      name: 'told someone on a day that',
      text: 'Maria Lopez told the council on Tuesday that the bridge will reopen in May.',
      source: 'Maria Lopez',
      cue: 'told',
      content: 'the bridge will reopen in May',
    },
    {
      name: 'has said',
      text: 'The mayor has said the bridge will reopen in May.',
      source: 'mayor',
      cue: 'said',
      content: 'the bridge will reopen in May',
    },
    {
      name: 'content before the cue',
      text: 'The bridge will reopen in May, Maria Lopez said.',
      source: 'Maria Lopez',
      cue: 'said',
      content: 'The bridge will reopen in May',
    },
    {
      name: 'content before an inverted cue',
      text: 'The bridge will reopen in May, said Maria Lopez, the city engineer.',
      source: 'Maria Lopez',
      cue: 'said',
      content: 'The bridge will reopen in May',
    },
    {
      name: 'according to, before',
      text: 'According to the city engineer, the bridge will reopen in May.',
      source: 'city engineer',
      cue: 'According to',
      content: 'the bridge will reopen in May',
    },
    {
      name: 'according to, after',
      text: 'The bridge will reopen in May, according to the city engineer.',
      source: 'city engineer',
      cue: 'according to',
      content: 'The bridge will reopen in May',
    },
    {
      name: 'belief',
      text: 'Maria Lopez believes the bridge will reopen in May.',
      source: 'Maria Lopez',
      cue: 'believes',
      content: 'the bridge will reopen in May',
    },
    {
      name: 'warned',
      text: 'Maria Lopez warned that the bridge could stay closed.',
      source: 'Maria Lopez',
      cue: 'warned',
      content: 'the bridge could stay closed',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [claim] = claimsOf(c.text);
      assert.ok(claim, 'a claim is found');
      assert.ok(claim.source.includes(c.source), `source ${claim.source}`);
      assert.equal(claim.cue, c.cue);
      assert.equal(claim.content, c.content);
    });
  }

  it('finds hedges inside the content', () => {
    const [claim] = claimsOf(
      'Officials said the talks may fail and that they cannot rule out new strikes, which would likely follow.',
    );
    assert.deepEqual(claim?.hedges, ['may', 'cannot rule out', 'likely']);
  });

  const anonymous: [string, string][] = [
    ['Officials said the talks had failed.', 'Officials'],
    ['A source said the talks had failed.', 'A source'],
    ['Sources familiar with the talks said they had failed.', 'Sources familiar with the talks'],
    ['People close to the minister said the talks had failed.', 'People close to the minister'],
    ['The talks failed, a senior official said.', 'a senior official'],
  ];
  for (const [text, mention] of anonymous) {
    it(`anonymous source: ${mention}`, () => {
      const [claim] = claimsOf(text);
      assert.equal(claim?.anonymous, true);
      assert.equal(claim?.mention, mention);
    });
  }

  it('a named source is not anonymous', () =>
    assert.equal(claimsOf('Maria Lopez said the talks had failed.')[0]?.anonymous, false));

  it('a passive cue without an agent has no named source, with one it has', () => {
    const [unnamed] = analyze('The bridge is expected to reopen in May.').claims;
    assert.ok(unnamed);
    assert.equal(unnamed.source.name, '');
    assert.equal(unnamed.source.mention, undefined);
    const [named] = claimsOf('The plan was rejected by the city council.');
    assert.equal(named?.mention, 'the city council');
  });

  it('a headline label "Name: content" is a claim, an "Update:" label is not', () => {
    const [claim] = claimsOf('Lopez: The bridge will reopen in May.');
    assert.deepEqual([claim?.source, claim?.cue, claim?.content], ['Lopez', ':', 'The bridge will reopen in May']);
    assert.deepEqual(claimsOf('Update: The bridge reopened in May.'), []);
  });

  it('a direct quote is not a claim', () =>
    assert.deepEqual(claimsOf('“The talks have failed,” Maria Lopez said.'), []));

  it('two reporting clauses in one sentence give two claims', () => {
    const claims = claimsOf('Maria Lopez said the bridge is safe, but the engineer warned that it could crack.');
    assert.deepEqual(
      claims.map((c) => [c.cue, c.content]),
      [
        ['said', 'the bridge is safe'],
        ['warned', 'it could crack'],
      ],
    );
  });

  describe('on the sample seed file', () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'seeds/000_ff2cfafdf74160c4.txt'), 'utf8');
    const claims = analyze(text, { expectHeader: true }).claims;
    const find = (source: string, contentStart: string) =>
      claims.find(
        (c) => c.source.name === source && text.slice(c.content.start, c.content.end).startsWith(contentStart),
      );

    it('Stoltenberg warned on Wednesday that … may fall (hedge "may")', () => {
      const claim = find('Jens Stoltenberg', 'the Ukrainian city of Bakhmut');
      assert.ok(claim);
      assert.equal(text.slice(claim.cue.start, claim.cue.end), 'warned');
      assert.deepEqual(
        claim.hedges.map((h) => h.text),
        ['may'],
      );
    });

    it('Russia leaders claimed that they are in full control of eastern Bakhmut', () => {
      const claim = find('Russia leaders', 'they are in full control of eastern Bakhmut');
      assert.ok(claim);
      assert.equal(text.slice(claim.cue.start, claim.cue.end), 'claimed');
    });

    it('the Institute for the Study of War wrote that Russia has “likely” captured … (hedge "likely")', () => {
      const claim = find('Institute for the Study of War', 'Russia has “likely” captured');
      assert.ok(claim);
      assert.deepEqual(
        claim.hedges.map((h) => h.text),
        ['likely'],
      );
    });
  });
});
