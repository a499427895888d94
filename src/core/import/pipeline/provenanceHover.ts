// The header line's hover for an imported article: title, outlet, byline, date and a link to the page, as plain
// markdown built from an untrusted sidecar through the one escaping place (core/presentation/markdown.ts).
import type { ArticleSource } from '..';
import { escapeMarkdown, evidenceLink } from '../../presentation/markdown';

export function provenanceHoverMarkdown(source: ArticleSource): string {
  const lines: string[] = [];
  if (source.title) lines.push(`**${escapeMarkdown(source.title)}**`);
  const byWhom = [source.outlet, source.byline && `by ${source.byline}`].filter(Boolean).join(', ');
  if (byWhom) lines.push(escapeMarkdown(byWhom));
  if (source.published) {
    const evidence = source.dateEvidence ? ` (${escapeMarkdown(source.dateEvidence)})` : '';
    lines.push(`Published ${escapeMarkdown(source.published)}${evidence}`);
  }
  // evidenceLink makes a link of http(s) URLs only; anything else stays escaped text.
  if (source.url) lines.push(evidenceLink('Open the page', source.url));
  if (source.retrieved)
    lines.push(`Imported ${escapeMarkdown(source.retrieved.slice(0, 10))}${source.snapshot ? ', snapshot kept' : ''}`);
  return lines.join('\n\n');
}
