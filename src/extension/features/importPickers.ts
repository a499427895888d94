// The import command's questions: what to import (URLs, files, the clipboard) and a missing publication date.
import * as vscode from 'vscode';
import { isIsoDate } from '../../core/import/pipeline/dates';
import { splitUrlList } from '../../core/import/pipeline/requests';
import type { DateQuestion, ImportSource } from '../../core/import/pipeline/types';

/** File types the open dialog offers (and the Explorer menu shows the command on). */
export const IMPORT_FILE_FILTERS = {
  'Articles, PDFs and feeds': ['html', 'htm', 'xhtml', 'pdf', 'xml', 'rss', 'atom', 'txt'],
};

interface SourcePick extends vscode.QuickPickItem {
  id: 'urls' | 'files' | 'clipboard';
}

/** Asks what to import; undefined when the user cancels. */
export async function pickSources(): Promise<ImportSource[] | undefined> {
  const items: SourcePick[] = [
    {
      id: 'urls',
      label: '$(globe) Web page or feed URL…',
      description: 'several URLs: separate them by spaces or new lines',
    },
    { id: 'files', label: '$(file) Files…', description: 'HTML, PDF, RSS/Atom feeds, text' },
    { id: 'clipboard', label: '$(clippy) Clipboard', description: 'text copied from a browser' },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: 'Import Articles', placeHolder: 'What to import' });
  if (choice?.id === 'urls') return askUrls();
  if (choice?.id === 'files') return askFiles();
  if (choice?.id === 'clipboard') return clipboardSource();
  return undefined;
}

async function askUrls(): Promise<ImportSource[] | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Import Articles: Web page or feed URL',
    prompt: 'One or more http(s) addresses, separated by spaces or new lines',
    placeHolder: 'https://…',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const { urls, invalid } = splitUrlList(value);
      if (invalid.length) return `Not an http(s) address: ${invalid[0]!.slice(0, 80)}`;
      return urls.length ? undefined : 'Give at least one address';
    },
  });
  return text === undefined ? undefined : splitUrlList(text).urls.map((source) => ({ source }));
}

async function askFiles(): Promise<ImportSource[] | undefined> {
  const uris = await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: 'Import',
    title: 'Import Articles',
    filters: IMPORT_FILE_FILTERS,
  });
  return uris?.map((uri) => ({ source: uri.toString() }));
}

/** The clipboard's text as one source; a message when it is empty. */
export async function clipboardSource(): Promise<ImportSource[] | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage('Seed Annotator: the clipboard holds no text to import.');
    return undefined;
  }
  return [{ source: 'clipboard', text }];
}

/**
 * Asks for a publication date: pre-filled with the best guess, the reason shown, validated as YYYY-MM-DD. The
 * Skip button (or Escape) leaves the source out.
 */
export function askDate(question: DateQuestion): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  const skip: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('debug-step-over'), tooltip: 'Skip' };
  box.title = `Publication date: ${question.title ?? question.source}`.slice(0, 200);
  box.prompt = question.guess
    ? `No publication date found. Best guess ${question.guess.date}, from ${question.guess.reason}. YYYY-MM-DD, or Skip.`
    : 'No publication date found. Give it as YYYY-MM-DD, or Skip to leave this source out.';
  box.value = question.guess?.date ?? '';
  box.placeholder = 'YYYY-MM-DD';
  box.buttons = [skip];
  box.ignoreFocusOut = true;
  return new Promise((resolve) => {
    let answer: string | undefined;
    box.onDidChangeValue((value) => {
      box.validationMessage = !value || isIsoDate(value.trim()) ? undefined : 'A date is written YYYY-MM-DD';
    });
    box.onDidAccept(() => {
      if (!isIsoDate(box.value.trim())) return;
      answer = box.value.trim();
      box.hide();
    });
    box.onDidTriggerButton(() => box.hide());
    box.onDidHide(() => {
      box.dispose();
      resolve(answer);
    });
    box.show();
  });
}
