// The review commands: one registration per command id, each resolving its target (cursor, tree item,
// link arguments) and handing it to the review actions or the review flow.
import { notificationText } from '../../core/presentation/markdown';
import * as vscode from 'vscode';
import { ReviewActions, type ReviewInputs } from './actions';
import { confirmAll, reviewNext } from './flow';
import { resolveTarget, type ReviewTarget } from './targets';
import type { ReviewStore } from './store';
import type { AnalysisStore } from '../services/store';
import { uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';
import { REMOVE_FROM_LINK_COMMAND, REVIEW_COMMANDS } from '../../core/presentation/commandIds';
import type { SourceNode } from '../../core/presentation/sourceNodes';

export type { ReviewInputs } from './actions';

export { REVIEW_COMMANDS };

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
    vscode.commands.registerCommand(REVIEW_COMMANDS.removeAnnotation, (target: unknown, id?: unknown) => {
      const found = annotationTarget(reviews, target, id);
      return found ? actions.removeAnnotation(found.uri, found.id) : false;
    }),
    vscode.commands.registerCommand(REMOVE_FROM_LINK_COMMAND, async (target: unknown, id?: unknown) => {
      const found = annotationTarget(reviews, target, id);
      if (!found || !(await confirmRemoval(found.label))) return false;
      return actions.removeAnnotation(found.uri, found.id);
    }),
    vscode.commands.registerCommand(REVIEW_COMMANDS.undo, async () => {
      const label = await reviews.undo();
      void vscode.window.setStatusBarMessage(
        label ? notificationText(`Seed Annotator: undid “${label}”`) : 'Seed Annotator: no review action to undo',
        3000,
      );
      return label;
    }),
  );
}

/**
 * The annotation a removal names: a Sources tree node, or an article URI and an annotation id (links, tests).
 * The article must be open and the annotation must be one of its own; otherwise nothing is removed.
 */
function annotationTarget(
  reviews: ReviewStore,
  target: unknown,
  id: unknown,
): { uri: string; id: string; label: string } | undefined {
  const node = typeof target === 'object' && target !== null ? (target as SourceNode).annotation : undefined;
  const uri = node ? uriOf(node.article).toString() : typeof target === 'string' ? target : undefined;
  const wanted = node ? node.id : id;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const annotation =
    typeof wanted === 'string' && uri
      ? reviews.annotationsFor(vscode.Uri.parse(uri)).find((a) => a.id === wanted)
      : undefined;
  if (!uri || !annotation || (!node && !document)) {
    void vscode.window.showInformationMessage(
      'Seed Annotator: that review annotation is not in an open article; nothing was removed.',
    );
    return undefined;
  }
  const exact = annotation.selectors.quote.exact;
  return { uri, id: annotation.id, label: exact.length > 80 ? `${exact.slice(0, 79)}…` : exact };
}

/** A link removes an annotation only once the reader agreed in a modal dialog. */
async function confirmRemoval(label: string): Promise<boolean> {
  const answer = await vscode.window.showWarningMessage(
    'Remove this review annotation?',
    { modal: true, detail: notificationText(`On “${label}”. Undo Review Action brings it back.`) },
    'Remove',
  );
  return answer === 'Remove';
}
