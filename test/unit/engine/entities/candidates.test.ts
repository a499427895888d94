// Candidates: where a capitalised run is cut into names (titles, possessives, name particles).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function typed(text: string): string[] {
  return analyze(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('entities: candidates', () => {
  const cases: { name: string; text: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a title word opening an organization name with a possessive is part of the organization',
      text: 'Todd Stern, the State Department’s climate envoy, spoke. The National Weather Service’s forecast was bleak.',
      present: ['Todd Stern/PER', 'State Department/ORG', 'National Weather Service/ORG'],
      absent: ['Department/PER', 'Weather Service/PER'],
    },
    {
      name: 'a demonym opening an organization whose head carries a possessive stays in the name',
      text: 'He once sat on the Scottish National Army’s council in Glasgow.',
      present: ['Scottish National Army/ORG', 'Glasgow/LOC'],
      absent: ['National Army/ORG', 'Army/PER'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = typed(c.text);
      for (const p of c.present) assert.ok(got.includes(p), `${p} missing from ${JSON.stringify(got)}`);
      for (const a of c.absent) assert.ok(!got.includes(a), `${a} found in ${JSON.stringify(got)}`);
    });
});
