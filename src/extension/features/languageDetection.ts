// Opens seed files as Seed articles: a .txt (or .md) whose first line has the header belongs to another
// language by its extension, so `firstLine` never applies; such documents are switched on open. A
// document the user then sets back to another language keeps it.
import * as vscode from 'vscode';
import { isSeedText } from '../services/seedFileFinder';
import { SEED_LANGUAGE } from '../seedLanguage';

/** Languages a seed file may open as before it is recognised. */
const SWITCHABLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const DOCUMENT_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']);

export function registerLanguageDetection(): vscode.Disposable {
  /** Documents switched once: a language change reopens the same document, which must not switch again. */
  const switched = new Set<string>();
  const detect = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (
      switched.has(key) ||
      !SWITCHABLE_LANGUAGES.has(document.languageId) ||
      !DOCUMENT_SCHEMES.has(document.uri.scheme)
    )
      return;
    if (!isSeedText(document.uri, document.getText())) return;
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE).then(undefined, () => switched.delete(key));
  };
  for (const document of vscode.workspace.textDocuments) detect(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(detect),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // A language change closes and reopens the same, still open, document; a real close disposes it.
      setTimeout(() => {
        if (document.isClosed) switched.delete(document.uri.toString());
      }, 0);
    }),
  );
}
