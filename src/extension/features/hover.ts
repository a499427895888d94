// Hovers on people, places, organizations, quotes, claims and dates: the text is built in pure code
// (core/presentation/hoverText.ts); this file only converts it. Reads the store and the index only.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import { hoverAt } from '../../core/presentation/hoverText';
import { LINKABLE_COMMANDS } from '../../core/presentation/markdown';
import { SEED_LANGUAGE } from '../seedLanguage';
import { type AnalysisStore } from '../services/store';
import { fileId, uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';
import { fileLabel } from './locations';

/** Markdown of ours: theme icons, and command links only to the product's own commands. */
export function trustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: [...LINKABLE_COMMANDS] };
  return md;
}

export function registerHovers(store: AnalysisStore, index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SEED_LANGUAGE, {
    provideHover(document, position, token) {
      const analysis = store.analysisFor(document, token);
      if (!analysis) return undefined;
      const hover = hoverAt(
        analysis,
        { uri: document.uri.toString(), text: document.getText(), path: fileId(document.uri) },
        document.offsetAt(position),
        {
          model: index.recentModel(),
          maxQuotes: readConfig(document.uri).hoverMaxQuotes,
          uriOf: (path) => uriOf(path).toString(),
          fileLabel,
        },
      );
      if (!hover) return undefined;
      return new vscode.Hover(
        hover.sections.map(trustedMarkdown),
        new vscode.Range(document.positionAt(hover.span.start), document.positionAt(hover.span.end)),
      );
    },
  });
}
