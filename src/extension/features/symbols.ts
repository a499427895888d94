// Outline (paragraphs → quotes and claims), workspace symbols (people, places, organizations) and
// references of an entity across the workspace.
import * as vscode from 'vscode';
import type { Analysis, EntityType, Span } from '../../engine';
import { itemsAt } from '../../core/summary/lookup';
import { entityKey } from '../../core/summary/entityKey';
import { rangeAt, unpackRanges } from '../../core/summary/packedRanges';
import { snippet, sourceName } from '../../core/summary/summary';
import { toLocation } from './locations';
import { SEED_LANGUAGE } from '../seedLanguage';
import { type AnalysisStore } from '../services/store';
import { fileId } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

const ENTITY_SYMBOL: Record<EntityType, vscode.SymbolKind> = {
  PER: vscode.SymbolKind.Object,
  LOC: vscode.SymbolKind.Namespace,
  ORG: vscode.SymbolKind.Module,
};
const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * The outline is asked for once per version: it waits for the first analysis rather than stay empty. A long
 * document's outline may come from its first window; the provider is registered anew when the whole analysis
 * arrives, which makes VS Code ask again.
 */
function registerOutline(store: AnalysisStore): vscode.Disposable {
  const fromWindow = new Set<vscode.TextDocument>();
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols: async (document, token) => {
      const analysis = store.analysisFor(document, token) ?? (await store.whenAvailable(document));
      if (!analysis || token.isCancellationRequested) return [];
      if (analysis.window) fromWindow.add(document);
      return outline(document, analysis);
    },
  };
  const register = (): vscode.Disposable =>
    vscode.languages.registerDocumentSymbolProvider(SEED_LANGUAGE, provider, { label: 'Seed Annotator' });
  let registration = register();
  const listener = store.onDidChange(({ document, analysis }) => {
    if (analysis?.window || !fromWindow.delete(document) || !analysis) return;
    registration.dispose();
    registration = register();
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    registration.dispose();
  });
}

export function registerSymbols(store: AnalysisStore, index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    registerOutline(store),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const needle = query.trim().toLowerCase();
        const out: vscode.SymbolInformation[] = [];
        const model = index.model();
        for (const group of [...model.people, ...model.places, ...model.organizations]) {
          if (needle && ![group.name, ...group.aliases].some((n) => n.toLowerCase().includes(needle))) continue;
          const container =
            group.role ?? (group.type === 'PER' ? 'person' : group.type === 'LOC' ? 'place' : 'organization');
          for (const file of group.files) {
            const first = rangeAt(file.ranges, 0);
            if (first)
              out.push(
                new vscode.SymbolInformation(
                  group.name,
                  ENTITY_SYMBOL[group.type],
                  container,
                  toLocation(file.path, first),
                ),
              );
          }
          if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
        }
        return out;
      },
    }),
    vscode.languages.registerReferenceProvider(SEED_LANGUAGE, {
      provideReferences(document, position, _context, token) {
        const analysis = store.analysisFor(document, token);
        const entity = analysis && itemsAt(analysis, document.offsetAt(position)).entity;
        if (!entity) return [];
        const model = index.model();
        const group = model.entities.get(model.resolve(entityKey(entity.type, entity.name), fileId(document.uri)));
        if (!group) return entity.mentions.map((m) => new vscode.Location(document.uri, spanRange(document, m)));
        return group.files.flatMap((f) => unpackRanges(f.ranges).map((r) => toLocation(f.path, r)));
      },
    }),
  );
}

function outline(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const symbols: vscode.DocumentSymbol[] = [];
  const text = document.getText();
  if (analysis.header.span) {
    const range = spanRange(document, analysis.header.span);
    symbols.push(
      new vscode.DocumentSymbol(
        analysis.header.date ? `date ${analysis.header.date}` : 'date (malformed)',
        'header',
        vscode.SymbolKind.Key,
        range,
        range,
      ),
    );
  }
  analysis.paragraphs.forEach((p, i) => {
    const range = spanRange(document, p);
    const paragraph = new vscode.DocumentSymbol(
      `¶${i + 1} ${snippet(text.slice(p.start, p.end), 48)}`,
      '',
      vscode.SymbolKind.Namespace,
      range,
      range,
    );
    const inside = (s: Span): boolean => p.start <= s.start && s.start < p.end;
    for (const q of analysis.quotes.filter(inside)) {
      const qRange = spanRange(document, q);
      paragraph.children.push(
        new vscode.DocumentSymbol(
          `“${snippet(q.text, 60)}”`,
          q.speaker?.name ?? 'no speaker',
          vscode.SymbolKind.String,
          qRange,
          qRange,
        ),
      );
    }
    for (const c of analysis.claims.filter((c) => inside(c.content))) {
      const whole = spanRange(document, {
        start: Math.min(c.sentence.start, c.content.start),
        end: Math.max(c.sentence.end, c.content.end),
      });
      const content = spanRange(document, c.content);
      paragraph.children.push(
        new vscode.DocumentSymbol(
          `${sourceName(c.source)}: ${snippet(text.slice(c.content.start, c.content.end), 60)}`,
          'claim',
          vscode.SymbolKind.Event,
          whole.union(content),
          content,
        ),
      );
    }
    paragraph.children.sort((a, b) => a.range.start.compareTo(b.range.start));
    paragraph.detail = paragraph.children.length ? `${paragraph.children.length} quotes and claims` : '';
    symbols.push(paragraph);
  });
  return symbols;
}

function spanRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
