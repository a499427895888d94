// Speakers named after an organization and a role: the person speaks, the role and organization are kept.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

interface Row {
  text: string;
  name: string;
  role?: string;
  affiliation?: string;
  /** The whole speaker phrase in the text. */
  phrase?: string;
}

const rows: Row[] = [
  {
    text: '“We are reviewing the contract,” said Harbor Transit press secretary Lena Ortiz.',
    name: 'Lena Ortiz',
    role: 'press secretary',
    affiliation: 'Harbor Transit',
    phrase: 'Harbor Transit press secretary Lena Ortiz',
  },
  {
    text: '“The vote is close,” said Mayor Quinn’s senior policy adviser Omar Haddad.',
    name: 'Omar Haddad',
    role: 'senior policy adviser',
    affiliation: 'Mayor Quinn',
  },
  {
    text: '“It will hold,” said Denver-based engineer Paula Kline.',
    name: 'Paula Kline',
    role: 'engineer',
    affiliation: 'Denver-based',
  },
  {
    text: '“We have no comment,” Northwind Energy spokesman Carl Boyd said.',
    name: 'Carl Boyd',
    role: 'spokesman',
    affiliation: 'Northwind Energy',
  },
  {
    text: 'The plant closed in May. “Nobody warned us,” another worker, Rosa Delgado, told the council.',
    name: 'Rosa Delgado',
    role: 'worker',
    phrase: 'another worker, Rosa Delgado',
  },
  {
    text: '“The numbers are wrong,” the union’s chief negotiator, Peter Vance, told reporters.',
    name: 'Peter Vance',
    role: 'chief negotiator',
  },
  {
    text: '“Turnout will decide it,” said Ortiz campaign manager Dev Patel.',
    name: 'Dev Patel',
    role: 'campaign manager',
    affiliation: 'Ortiz',
  },
  {
    text: '“We knew the risks,” said Boston-based Democratic strategist Nina Ford.',
    name: 'Nina Ford',
    role: 'Democratic strategist',
  },
  {
    text: '“It was a long night,” said Ortiz’s deputy campaign manager, Sam Cole, who ran the count.',
    name: 'Sam Cole',
    role: 'deputy campaign manager',
    affiliation: 'Ortiz',
  },
  { text: '“Pray for them,” said the Rev. Anna Marsh.', name: 'Anna Marsh' },
  {
    text: '“It is close,” said Harbor College’s Nina Ford.',
    name: 'Nina Ford',
    affiliation: 'Harbor College',
    phrase: 'Harbor College’s Nina Ford',
  },
];

describe('speakers: the person behind an organization and a role', () => {
  for (const row of rows) {
    it(row.text, () => {
      const quote = analyze(row.text).quotes.find((q) => !q.partial);
      const speaker = quote?.speaker;
      assert.equal(speaker?.name, row.name);
      if (row.role) assert.equal(speaker?.role, row.role);
      if (row.affiliation) assert.equal(speaker?.affiliation, row.affiliation);
      if (row.phrase) {
        const span = speaker?.phrase ?? speaker?.mention;
        assert.equal(span && row.text.slice(span.start, span.end), row.phrase);
      }
    });
  }

  it('keeps the organization as the speaker when no person is named', () => {
    const speaker = analyze('“Service resumes Monday,” said Harbor Transit.').quotes[0]?.speaker;
    assert.equal(speaker?.name, 'Harbor Transit');
    assert.equal(speaker?.role, undefined);
  });

  it('gives "said an adviser to <Name>" to the adviser, not to the name', () => {
    const speaker = analyze('“It is over,” said one longtime adviser to Mayor Irene Vask.').quotes[0]?.speaker;
    assert.equal(speaker?.name, 'one longtime adviser');
  });

  it('gives "said one <Name> supporter" to the supporter, not to the name', () => {
    const speaker = analyze('Irene Vask spoke first. “Nope,” said one Vask supporter.').quotes[0]?.speaker;
    assert.equal(speaker?.name, 'one Vask supporter');
  });

  it('does not read "press" before a role noun as the cue', () => {
    const speaker = analyze('“No,” Harbor Transit press secretary Lena Ortiz said.').quotes[0]?.speaker;
    assert.equal(speaker?.name, 'Lena Ortiz');
  });
});

describe('claim sources: the person behind an organization and a role', () => {
  it('keeps the role and the organization of a claim’s source', () => {
    const text = 'Harbor Transit spokeswoman Lena Ortiz said the new line would open in May.';
    const source = analyze(text).claims[0]?.source;
    assert.equal(source?.name, 'Lena Ortiz');
    assert.equal(source?.role, 'spokeswoman');
    assert.equal(source?.affiliation, 'Harbor Transit');
  });

  it('resolves a description as a claim’s source', () => {
    const text = 'Mayor Irene Vask opened the session. The mayor said the budget was balanced.';
    const claim = analyze(text).claims.find((c) => c.source.description);
    assert.equal(claim?.source.name, 'Irene Vask');
  });
});
