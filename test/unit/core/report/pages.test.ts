// The webview gets pages of rows, not every quote: a person's first quotes with their count, and the most
// quoted speaker names only.
import assert from 'node:assert/strict';
import { buildReport, PERSON_QUOTES_PAGE, SPEAKER_NAMES_LIMIT } from '../../../../src/core/report/buildReport';
import { buildCorpus } from '../../../../src/core/report/corpus';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import type { FileSummary, QuoteSummary } from '../../../../src/core/summary/summary';

function quote(speaker: string, line: number): QuoteSummary {
  return {
    range: [line, 0, line, 9],
    text: `statement ${line}`,
    partial: false,
    speaker,
    speakerKey: `SRC:${speaker}`,
  };
}

function article(i: number, quotes: QuoteSummary[]): FileSummary {
  return { path: `/ws/a${i}.txt`, date: '2024-01-01', title: '', entities: [], quotes, claims: [], problemCounts: {} };
}

describe('report pages', () => {
  const files = [
    article(
      0,
      Array.from({ length: PERSON_QUOTES_PAGE + 50 }, (_, i) => quote('ann', i)),
    ),
    article(
      1,
      Array.from({ length: SPEAKER_NAMES_LIMIT + 200 }, (_, i) => quote(`s${i}`, i)),
    ),
  ];
  const corpus = buildCorpus({ summaries: files, model: buildWorkspaceModel(files), relative: (p) => p.slice(4) });

  it("sends a person's first quotes and how many there are", () => {
    const person = buildReport(corpus, { person: 'SRC:ann' }).person!;
    assert.equal(person.quotes.length, PERSON_QUOTES_PAGE);
    assert.equal(person.quoteCount, PERSON_QUOTES_PAGE + 50);
    assert.equal(person.quotes[0]!.text, 'statement 0');
  });

  it('sends the most quoted speaker names, and counts them all', () => {
    const data = buildReport(corpus, {});
    assert.equal(data.speakerNames.length, SPEAKER_NAMES_LIMIT);
    assert.equal(data.speakerNames[0]!.name, 'ann');
    assert.equal(data.totals.speakers, SPEAKER_NAMES_LIMIT + 201);
  });
});
