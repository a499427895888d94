// Quick fixes for seed-file problems: close a quotation, curl straight marks, add or repair the header; and
// "Make This a Seed Article" for a plain-text article whose first lines hold a date. Edits happen only when the
// user picks an action.
import * as vscode from 'vscode';
import { todayIso } from '../../engine/text/header';
import { articleDateLine, headerFixFor, type HeaderFix } from '../../engine/text/headerFix';
import { closingMarkFor, curlyDoubleQuotes } from '../../core/presentation/quoteMarks';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { SEED_LANGUAGE } from '../seedLanguage';
import { type AnalysisStore } from '../services/store';

const HEADER_DATE = /(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/;

export function registerCodeActions(store: AnalysisStore): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context, token) {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        switch (diagnostic.code) {
          case 'unbalanced-quote':
            actions.push(...closeQuoteFixes(document, diagnostic, store, token));
            break;
          case 'missing-header':
            actions.push(rewriteDateLineFix(document, diagnostic) ?? insertHeaderFix(document, diagnostic));
            break;
          case 'malformed-header': {
            const fix = rewriteDateLineFix(document, diagnostic) ?? repairHeaderFix(document, diagnostic);
            if (fix) actions.push(fix);
            break;
          }
        }
      }
      const curly = curlyQuotesAction(
        document,
        range,
        context.diagnostics.filter((d) => d.code === 'unbalanced-quote'),
      );
      if (curly) actions.push(curly);
      return actions;
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(SEED_LANGUAGE, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
    }),
    registerMakeSeedArticle(),
  );
}

/** The command a "Make This a Seed Article" action runs after its edit: the document becomes a seed article. */
export const USE_SEED_LANGUAGE_COMMAND = 'seedAnnotator.internal.useSeedLanguage';
export const MAKE_SEED_ARTICLE_TITLE = 'Make This a Seed Article';

function registerMakeSeedArticle(): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document) {
      const found = articleDateLine(document.getText());
      if (!found) return [];
      const action = new vscode.CodeAction(MAKE_SEED_ARTICLE_TITLE, vscode.CodeActionKind.RefactorRewrite);
      action.edit = new vscode.WorkspaceEdit();
      if (document.positionAt(found.start).line === 0) replaceWithHeader(action.edit, document, found);
      else action.edit.insert(document.uri, new vscode.Position(0, 0), `${found.header}\n`);
      action.command = {
        title: MAKE_SEED_ARTICLE_TITLE,
        command: USE_SEED_LANGUAGE_COMMAND,
        arguments: [document.uri.toString()],
      };
      return [action];
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'plaintext' }, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.RefactorRewrite],
    }),
    vscode.commands.registerCommand(USE_SEED_LANGUAGE_COMMAND, async (uri: unknown) => {
      if (typeof uri !== 'string') return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (document && document.languageId !== SEED_LANGUAGE)
        await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE);
    }),
  );
}

function replaceWithHeader(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, fix: HeaderFix): void {
  edit.replace(
    document.uri,
    new vscode.Range(document.positionAt(fix.start), document.positionAt(fix.end)),
    fix.header,
  );
}

/** "Date: 2016-07-05", "July 5, 2016", "Published 5 July 2016" on the first line → "date 2016-07-05", rest kept. */
function rewriteDateLineFix(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
): vscode.CodeAction | undefined {
  const fix = headerFixFor(document.getText(new vscode.Range(0, 0, 1, 0)));
  if (!fix) return undefined;
  const action = new vscode.CodeAction(`Rewrite the header as "${fix.header}"`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = new vscode.WorkspaceEdit();
  replaceWithHeader(action.edit, document, fix);
  return action;
}

function closeQuoteFixes(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  store: AnalysisStore,
  token: vscode.CancellationToken,
): vscode.CodeAction[] {
  const analysis = store.analysisFor(document, token);
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const quote = analysis?.quotes.find((q) => q.unclosed && q.start <= end && start <= q.end);
  if (!quote) return [];
  const text = document.getText();
  const paragraph = analysis?.paragraphs.find((p) => p.start <= quote.start && quote.start < p.end);
  let insertAt = Math.max(quote.end, paragraph?.end ?? quote.end);
  while (insertAt > quote.start + 1 && /\s/.test(text[insertAt - 1]!)) insertAt--;
  const mark = closingMarkFor(text[quote.start] ?? '“');
  const action = new vscode.CodeAction(
    `Close the quotation with ${mark} at the end of the paragraph`,
    vscode.CodeActionKind.QuickFix,
  );
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, document.positionAt(insertAt), mark);
  return [action];
}

function insertHeaderFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const header = `date ${todayIso()}`;
  const action = new vscode.CodeAction(`Insert header "${header}"`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, new vscode.Position(0, 0), `${header} `);
  return action;
}

function repairHeaderFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
  const m = HEADER_DATE.exec(document.getText(diagnostic.range));
  if (!m) return undefined;
  const header = `date ${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const action = new vscode.CodeAction(`Rewrite the header as "${header}"`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, diagnostic.range, header);
  return action;
}

/** Curly quotation marks for the paragraph(s) under the range, when that changes anything. */
function curlyQuotesAction(
  document: vscode.TextDocument,
  range: vscode.Range,
  diagnostics: vscode.Diagnostic[],
): vscode.CodeAction | undefined {
  const paragraph = paragraphRange(document, range);
  const original = document.getText(paragraph);
  const curled = curlyDoubleQuotes(original);
  if (curled === original) return undefined;
  const kind = diagnostics.length ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite;
  const action = new vscode.CodeAction('Use curly quotation marks in this paragraph', kind);
  if (diagnostics.length) action.diagnostics = diagnostics;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, paragraph, curled);
  return action;
}

/** The blank-line-delimited block around a range. */
function paragraphRange(document: vscode.TextDocument, range: vscode.Range): vscode.Range {
  let first = range.start.line;
  let last = range.end.line;
  while (first > 0 && !document.lineAt(first - 1).isEmptyOrWhitespace) first--;
  while (last < document.lineCount - 1 && !document.lineAt(last + 1).isEmptyOrWhitespace) last++;
  return new vscode.Range(first, 0, last, document.lineAt(last).text.length);
}
