// Exports: whole quotes in the CSV and the JSON, CSV quoting and formula neutralising.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../../src/engine';
import { annotationsJson, quotesCsv } from '../../../../src/core/model/exportFormats';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { article } from '../../helpers/summaries';
import { summarize, type FileSummary } from '../../../../src/core/summary/summary';

describe('exports carry whole quotes', () => {
  const statement = `“${'The reconstruction of the harbour will take longer than anyone in this council hoped, '.repeat(3)}and we owe the people of this city the truth about it,” said Maria Costa, the mayor.`;
  const text = `date 2024-02-20 The council met on Tuesday.\n\n${statement}\n`;
  const summary = summarize('/w/harbour.txt', text, analyze(text, { expectHeader: true }));
  const full = statement.slice(1, statement.indexOf('”'));

  it('keeps the full quote text in the summary', () => {
    assert.ok(full.length > 200);
    assert.equal(summary.quotes[0]?.text, full);
  });

  it('writes the full text into the CSV and the JSON', () => {
    const csv = quotesCsv([summary], (p) => path.basename(p));
    assert.ok(csv.includes(full), csv);
    assert.ok(csv.split('\r\n')[1]!.startsWith('harbour.txt,2024-02-20,3,'), csv);
    const json = JSON.parse(annotationsJson([summary], buildWorkspaceModel([summary]), (p) => path.basename(p))) as {
      files: FileSummary[];
      speakers: { quotes: { text: string }[] }[];
    };
    assert.equal(json.files[0]!.quotes[0]!.text, full);
    assert.equal(json.speakers[0]!.quotes[0]!.text, full);
  });
});

describe('quotesCsv', () => {
  it('quotes cells with commas and neutralises formulas', () => {
    const file = article('/w/a.txt', [], [['=HYPERLINK("x")', 'SRC:x']]);
    file.quotes[0]!.text = 'one, "two"';
    const [header, row] = quotesCsv([file], (p) => path.basename(p))
      .trim()
      .split('\r\n');
    assert.equal(
      header,
      'file,date,line,column,speaker,rule,confidence,partial,quote,review_status,machine_speaker,note',
    );
    assert.equal(row, `a.txt,,11,1,"'=HYPERLINK(""x"")",adjacent,0.90,no,"one, ""two""",unreviewed,,`);
  });
});
