// The report's HTML page: the webview's shell (script and styles from the extension) and the exported,
// self-contained file (script, styles and data inline). A strict Content Security Policy either way:
// nothing loads from the network, and only the page's own nonce may run scripts or add styles.
import type { ReportData } from './protocol';

export interface ReportPageOptions {
  title: string;
  nonce: string;
  /** The webview's resource origin; absent for an exported file. */
  cspSource?: string;
  style: { href: string } | { inline: string };
  script: { src: string } | { inline: string };
  /** Embedded data (the exported file); the webview receives it by message instead. */
  data?: ReportData;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element: no "</script>", no "<!--". */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const own = cspSource ? `${cspSource} ` : '';
  const directives = [
    "default-src 'none'",
    `style-src ${own}'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${own}data:`,
  ];
  if (cspSource) directives.push(`font-src ${cspSource}`);
  return directives.join('; ');
}

export function reportPage(options: ReportPageOptions): string {
  const { nonce } = options;
  const style =
    'href' in options.style
      ? `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.style.href)}">`
      : `<style nonce="${nonce}">${options.style.inline.replace(/<\/style/gi, '<\\/style')}</style>`;
  const script =
    'src' in options.script
      ? `<script nonce="${nonce}" src="${escapeHtml(options.script.src)}"></script>`
      : `<script nonce="${nonce}">${options.script.inline.replace(/<\/script/gi, '<\\/script')}</script>`;
  const data = options.data
    ? `<script type="application/json" id="report-data">${scriptSafeJson(options.data)}</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce, options.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${style}
</head>
<body${options.data ? ' class="standalone"' : ''}>
<main id="report" aria-busy="true"><h1>${escapeHtml(options.title)}</h1><p class="status" role="status">Loading the report…</p></main>
${data}
${script}
</body>
</html>
`;
}
