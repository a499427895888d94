// The product's own command ids that presentation text may link to: the only `command:` links a hover builds.

export const REVEAL_RANGE_COMMAND = 'seedAnnotator.revealRange';
export const SHOW_REPORT_COMMAND = 'seedAnnotator.showCollectionReport';
/** Not contributed: what a hover's "Remove"/"Undo" link runs (checks its target and asks before removing). */
export const REMOVE_FROM_LINK_COMMAND = 'seedAnnotator.review.removeFromLink';

export const REVIEW_COMMANDS = {
  confirmSpeaker: 'seedAnnotator.review.confirmSpeaker',
  changeSpeaker: 'seedAnnotator.review.changeSpeaker',
  noSpeaker: 'seedAnnotator.review.noSpeaker',
  notAQuote: 'seedAnnotator.review.notAQuote',
  confirmClaim: 'seedAnnotator.review.confirmClaim',
  correctClaimSource: 'seedAnnotator.review.correctClaimSource',
  rejectClaim: 'seedAnnotator.review.rejectClaim',
  setVerdict: 'seedAnnotator.review.setVerdict',
  changeEntityType: 'seedAnnotator.review.changeEntityType',
  mergeEntity: 'seedAnnotator.review.mergeEntity',
  unmergeEntity: 'seedAnnotator.review.unmergeEntity',
  renameEntity: 'seedAnnotator.review.renameEntity',
  splitMention: 'seedAnnotator.review.splitMention',
  addQuote: 'seedAnnotator.review.addQuote',
  addClaim: 'seedAnnotator.review.addClaim',
  addNote: 'seedAnnotator.review.addNote',
  removeAnnotation: 'seedAnnotator.review.removeAnnotation',
  next: 'seedAnnotator.review.next',
  confirmAll: 'seedAnnotator.review.confirmAll',
  undo: 'seedAnnotator.review.undo',
} as const;

/** Commands that act on one target and may be linked from a hover; bulk actions (Confirm All) never are. */
export const HOVER_LINK_COMMANDS: readonly string[] = [
  REVEAL_RANGE_COMMAND,
  REMOVE_FROM_LINK_COMMAND,
  ...Object.entries(REVIEW_COMMANDS)
    .filter(([name]) => !['confirmAll', 'removeAnnotation', 'undo', 'next'].includes(name))
    .map(([, id]) => id),
];
