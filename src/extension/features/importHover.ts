// Hover on an imported article's header line: where it came from (title, outlet, byline, link), from its sidecar.
import * as vscode from 'vscode';
import { readArticleSource } from '../../core/import';
import { provenanceHoverMarkdown } from '../../core/import/pipeline/provenanceHover';
import type { ReviewStore } from '../review/store';
import { SEED_LANGUAGE } from '../seedLanguage';

export function registerProvenanceHover(reviews: ReviewStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SEED_LANGUAGE, {
    provideHover(document, position) {
      if (position.line !== 0) return undefined;
      const source = reviews
        .describingFor(document.uri)
        .map(readArticleSource)
        .find((s) => s !== undefined);
      if (!source) return undefined;
      // Untrusted text: no command links, no HTML; the markdown is escaped in core.
      const md = new vscode.MarkdownString(provenanceHoverMarkdown(source));
      md.isTrusted = false;
      md.supportHtml = false;
      return new vscode.Hover(md, document.lineAt(0).range);
    },
  });
}
