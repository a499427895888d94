// The status bar item's text and tooltip for the active seed article, as plain strings and markdown.
import type { ReviewedAnalysis } from '../review/apply';
import { SHOW_REPORT_COMMAND } from './commandIds';
import { commandLink } from './markdown';

export interface StatusText {
  text: string;
  /** Markdown; links only to the product's own commands. */
  tooltip: string;
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function statusText(analysis: ReviewedAnalysis, analysisMs: number): StatusText {
  const quotes = analysis.quotes.filter((q) => !q.partial).length;
  const speakers = new Set(analysis.quotes.map((q) => q.speaker?.entityId ?? q.speaker?.name).filter(Boolean)).size;
  const { reviewed, total } = analysis.review;
  const window = analysis.window;
  const part = window
    ? ` in the first ${window.covered.end.toLocaleString('en-US')} of ${analysis.length.toLocaleString('en-US')} characters; the rest is being analysed`
    : '';
  const summary = `${count(quotes, 'quote')} from ${count(speakers, 'speaker')}, ${analysis.claims.length} claims, ${analysis.problems.length} problems${part} (analysed in ${analysisMs.toFixed(0)} ms). Reviewed ${reviewed} of ${total} quotes and claims. Click to list quotes by speaker.`;
  return {
    text: `$(quote) ${quotes} · $(person) ${speakers} · $(pass) ${reviewed}/${total}${window ? ' $(loading~spin)' : ''}`,
    tooltip: `${summary}\n\n$(graph) ${commandLink('Show Collection Report', SHOW_REPORT_COMMAND, [])}`,
  };
}
