// The lightbulb's review actions: confirm, correct or reject what is under the cursor, add what the
// selection holds. Commands only; the article is never edited.
import * as vscode from 'vscode';
import { reviewActionsAt } from '../../core/review/actionsAt';
import { DIAGNOSTIC_SOURCE } from '../features/diagnostics';
import { REVIEW_COMMANDS } from './commands';
import { SEED_LANGUAGE } from '../seedLanguage';
import { type AnalysisStore } from '../services/store';

export const REVIEW_ACTION_KIND = vscode.CodeActionKind.QuickFix.append('review');
const SPEAKER_PROBLEMS = new Set([
  'unattributed-quote',
  'ambiguous-attribution',
  'ambiguous-speaker',
  'anonymous-source',
]);

export function registerReviewCodeActions(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    SEED_LANGUAGE,
    {
      provideCodeActions(document, range, context, token) {
        const analysis = store.analysisFor(document, token);
        if (!analysis) return [];
        const selection = range.isEmpty
          ? undefined
          : { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
        const offset = document.offsetAt(range.start);
        const flagged = context.diagnostics.filter(
          (d) => d.source === DIAGNOSTIC_SOURCE && SPEAKER_PROBLEMS.has(String(d.code)),
        );
        return reviewActionsAt(analysis, offset, selection).map((ref, i) => {
          const action = new vscode.CodeAction(ref.title, REVIEW_ACTION_KIND);
          const args: unknown[] =
            ref.command.startsWith('add') && selection
              ? [document.uri.toString(), selection.start, selection.end]
              : [document.uri.toString(), ref.at];
          action.command = { command: REVIEW_COMMANDS[ref.command], title: ref.title, arguments: args };
          if (flagged.length && !ref.command.startsWith('add')) action.diagnostics = flagged;
          if (i === 0 && flagged.length) action.isPreferred = true;
          return action;
        });
      },
    },
    { providedCodeActionKinds: [REVIEW_ACTION_KIND] },
  );
}
