// The review commands: one registration per command id, each resolving its target (cursor, tree item,
// link arguments) and handing it to the review actions or the review flow.
import * as vscode from 'vscode';
import { ReviewActions, type ReviewInputs } from './actions';
import { confirmAll, reviewNext } from './flow';
import { resolveTarget, type ReviewTarget } from './targets';
import type { ReviewStore } from './store';
import type { AnalysisStore } from '../services/store';
import { uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';
import type { SourceNode } from '../../core/presentation/sourceNodes';

export type { ReviewInputs } from './actions';

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

const isInputs = (x: unknown): x is ReviewInputs =>
  typeof x === 'object' && x !== null && !(x instanceof vscode.Uri) && !('location' in x) && !Array.isArray(x);

export function registerReviewCommands(
  store: AnalysisStore,
  reviews: ReviewStore,
  index: WorkspaceIndex,
): vscode.Disposable {
  const actions = new ReviewActions(store, reviews, index);
  const register = (id: string, run: (target: ReviewTarget, inputs: ReviewInputs) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      const inputs = isInputs(args[args.length - 1]) ? (args.pop() as ReviewInputs) : {};
      const target = await resolveTarget(store, args);
      return target ? run(target, inputs) : false;
    });
  return vscode.Disposable.from(
    register(REVIEW_COMMANDS.confirmSpeaker, (t) => actions.confirmSpeaker(t)),
    register(REVIEW_COMMANDS.changeSpeaker, (t, i) => actions.changeSpeaker(t, i)),
    register(REVIEW_COMMANDS.noSpeaker, (t) =>
      actions.decideQuote(t, { status: 'corrected', noSpeaker: true }, 'No speaker named'),
    ),
    register(REVIEW_COMMANDS.notAQuote, (t) => actions.decideQuote(t, { status: 'rejected' }, 'Not a quote')),
    register(REVIEW_COMMANDS.confirmClaim, (t) => actions.decideClaim(t, {}, 'Confirm claim', 'confirmed')),
    register(REVIEW_COMMANDS.correctClaimSource, (t, i) => actions.correctClaimSource(t, i)),
    register(REVIEW_COMMANDS.rejectClaim, (t) => actions.decideClaim(t, {}, 'Reject claim', 'rejected')),
    register(REVIEW_COMMANDS.setVerdict, (t, i) => actions.setVerdict(t, i)),
    register(REVIEW_COMMANDS.changeEntityType, (t, i) => actions.changeEntityType(t, i)),
    register(REVIEW_COMMANDS.mergeEntity, (t, i) => actions.mergeEntity(t, i)),
    register(REVIEW_COMMANDS.unmergeEntity, (t) => actions.unmergeEntity(t)),
    register(REVIEW_COMMANDS.renameEntity, (t, i) => actions.renameEntity(t, i)),
    register(REVIEW_COMMANDS.splitMention, (t, i) => actions.splitMention(t, i)),
    register(REVIEW_COMMANDS.addQuote, (t, i) => actions.addQuote(t, i)),
    register(REVIEW_COMMANDS.addClaim, (t, i) => actions.addClaim(t, i)),
    register(REVIEW_COMMANDS.addNote, (t, i) => actions.addNote(t, i)),
    register(REVIEW_COMMANDS.next, (t) => reviewNext(actions, t)),
    register(REVIEW_COMMANDS.confirmAll, (t, i) => confirmAll(reviews, t, i)),
    vscode.commands.registerCommand(REVIEW_COMMANDS.removeAnnotation, (target: string | SourceNode, id?: string) =>
      typeof target === 'object' && target.annotation
        ? actions.removeAnnotation(uriOf(target.annotation.article).toString(), target.annotation.id)
        : typeof target === 'string' && id
          ? actions.removeAnnotation(target, id)
          : false,
    ),
    vscode.commands.registerCommand(REVIEW_COMMANDS.undo, async () => {
      const label = await reviews.undo();
      void vscode.window.setStatusBarMessage(
        label ? `Seed Annotator: undid “${label}”` : 'Seed Annotator: no review action to undo',
        3000,
      );
      return label;
    }),
  );
}
