// Which review actions apply at a place in an article: one list for the lightbulb, the hover's links
// and the review flow, so that every surface offers the same choices. Pure.
import type { Span } from '../../engine/types';
import { itemsAt, type ItemsAt } from '../summary/lookup';
import type { ReviewedAnalysis } from './apply';

export interface ReviewActionRef {
  /** A command of REVIEW_COMMANDS (by its short name). */
  command:
    | 'confirmSpeaker'
    | 'changeSpeaker'
    | 'noSpeaker'
    | 'notAQuote'
    | 'confirmClaim'
    | 'correctClaimSource'
    | 'setVerdict'
    | 'rejectClaim'
    | 'changeEntityType'
    | 'mergeEntity'
    | 'unmergeEntity'
    | 'renameEntity'
    | 'splitMention'
    | 'addQuote'
    | 'addClaim'
    | 'addNote';
  title: string;
  /** Short label for hover links. */
  short: string;
  /** Where the action acts (its offset is what the command receives). */
  at: number;
  /** The quote/claim concerned is flagged as unattributed or ambiguous. */
  fixes?: Span;
}

/** `found`: what itemsAt(analysis, offset) gave, when the caller has it already (the hover). */
export function reviewActionsAt(
  analysis: ReviewedAnalysis,
  offset: number,
  selection?: Span,
  found: ItemsAt = itemsAt(analysis, offset),
): ReviewActionRef[] {
  const out: ReviewActionRef[] = [];
  const quote = found.quote;
  if (quote) {
    const at = quote.start;
    const name = quote.speaker?.name;
    if (name && quote.review?.status !== 'confirmed')
      out.push({ command: 'confirmSpeaker', title: `Confirm speaker “${name}”`, short: 'Confirm', at });
    out.push({ command: 'changeSpeaker', title: 'Change speaker…', short: 'Change…', at });
    if (quote.speaker || !quote.review)
      out.push({ command: 'noSpeaker', title: 'No speaker named', short: 'No speaker', at });
    out.push({ command: 'notAQuote', title: 'Not a quote', short: 'Not a quote', at });
  }
  const claim = found.claim;
  if (claim && !quote) {
    const at = claim.content.start;
    if (claim.review?.status !== 'confirmed')
      out.push({ command: 'confirmClaim', title: 'Confirm claim', short: 'Confirm', at });
    out.push({ command: 'correctClaimSource', title: 'Correct claim source…', short: 'Source…', at });
    out.push({ command: 'setVerdict', title: 'Set claim verdict…', short: 'Verdict…', at });
    out.push({ command: 'rejectClaim', title: 'Reject claim', short: 'Reject', at });
  }
  if (found.entity && found.mention) {
    const at = found.mention.start;
    const name = found.entity.name;
    out.push({ command: 'changeEntityType', title: `Change type of “${name}”…`, short: 'Type…', at });
    out.push({ command: 'mergeEntity', title: `Merge “${name}” with…`, short: 'Merge…', at });
    if (found.entity.review)
      out.push({ command: 'unmergeEntity', title: `Undo merge of “${name}”`, short: 'Undo merge', at });
    out.push({ command: 'renameEntity', title: `Rename “${name}”…`, short: 'Rename…', at });
    if (found.entity.type === 'PER')
      out.push({
        command: 'splitMention',
        title: `This mention is a different person (not “${name}”)…`,
        short: 'Different person…',
        at,
      });
  }
  if (selection && selection.end > selection.start) {
    out.push({ command: 'addQuote', title: 'Add quote…', short: 'Add quote…', at: selection.start });
    out.push({ command: 'addClaim', title: 'Add claim…', short: 'Add claim…', at: selection.start });
    out.push({ command: 'addNote', title: 'Add note…', short: 'Add note…', at: selection.start });
  }
  return out;
}
