// The review parts of a hover: action links, notes and rejected items. Links carry only what names their
// target (the article's URI and an offset or an annotation id); notes are plain text.
import type { ReviewActionRef } from '../review/actionsAt';
import type { ReviewedAnalysis } from '../review/apply';
import { REMOVE_FROM_LINK_COMMAND, REVIEW_COMMANDS } from './commandIds';
import { commandLink, escapeMarkdown } from './markdown';

/** "Review: Confirm · Change… · No speaker · Not a quote", each a link to the command at the item's offset. */
export function actionLinks(actions: readonly ReviewActionRef[], uri: string): string {
  const links = actions.map((a) => commandLink(a.short, REVIEW_COMMANDS[a.command], [uri, a.at], a.title));
  return `$(edit) Review: ${links.join(' · ')}`;
}

export function notesText(notes: ReviewedAnalysis['review']['notes'], uri: string): string {
  return notes
    .map(
      (note) =>
        `$(note) **Note:** ${escapeMarkdown(note.text)} · ${commandLink('Remove', REMOVE_FROM_LINK_COMMAND, [uri, note.id])}\n\n`,
    )
    .join('');
}

export function rejectedText(rejected: ReviewedAnalysis['review']['rejected'][number], uri: string): string {
  const undo = commandLink('Undo', REMOVE_FROM_LINK_COMMAND, [uri, rejected.id]);
  return `**Not a ${rejected.what}** — rejected by a reader · ${undo}`;
}
