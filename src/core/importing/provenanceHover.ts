// The header line's hover for an imported article: title, outlet, byline, date and a link to the page, as plain
// markdown built from an untrusted sidecar (everything escaped; only http(s) links).
import type { ArticleSource } from '../import';

/** Markdown with every character that could format, link or embed HTML escaped; line breaks flattened. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, (c) => `\\${c}`)
    .slice(0, 2000);
}

/** An http(s) URL fit for a markdown link target, or undefined. */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.replace(
      /[()<>\s"'\\]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return undefined;
  }
}

export function provenanceHoverMarkdown(source: ArticleSource): string {
  const lines: string[] = [];
  if (source.title) lines.push(`**${escapeMarkdownText(source.title)}**`);
  const byWhom = [source.outlet, source.byline && `by ${source.byline}`].filter(Boolean).join(', ');
  if (byWhom) lines.push(escapeMarkdownText(byWhom));
  if (source.published)
    lines.push(
      `Published ${escapeMarkdownText(source.published)}${source.dateEvidence ? ` (${escapeMarkdownText(source.dateEvidence)})` : ''}`,
    );
  const href = linkTarget(source.url);
  if (href) lines.push(`[Open the page](${href}) · ${escapeMarkdownText(new URL(href).host)}`);
  if (source.retrieved)
    lines.push(
      `Imported ${escapeMarkdownText(source.retrieved.slice(0, 10))}${source.snapshot ? ', snapshot kept' : ''}`,
    );
  return lines.join('\n\n');
}
