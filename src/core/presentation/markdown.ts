// The one place where text becomes markdown: escaping of article and sidecar text, and the only link
// builders (the product's own `command:` links, `http(s):` evidence links; anything else stays plain text).
import { HOVER_LINK_COMMANDS, SHOW_REPORT_COMMAND } from './commandIds';

/** Every command a markdown string of ours may link to. */
export const LINKABLE_COMMANDS: readonly string[] = [...HOVER_LINK_COMMANDS, SHOW_REPORT_COMMAND];

const LINE_BREAKS = /\r\n?|[\n\u2028\u2029\u0085]/g;
/** Characters that open emphasis, code, links, images, HTML, tables, strikethrough, entities or e-mail autolinks. */
const SPECIAL = /[\\`*_[\]<>|~&@]/g;

/**
 * Article or sidecar text as one line of plain markdown text: links, emphasis, HTML, autolinks and headings
 * cannot form (line breaks become spaces; a leading list or heading marker is escaped), `$(icon)` stays literal.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(SPECIAL, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\s*)([-+=#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/\$\(/g, '\\$(');
}

/** Text inside a link's `"title"`. */
function escapeTitle(text: string): string {
  return escapeMarkdown(text).replace(/"/g, '\\"');
}

/** Text for labels that render `$(icon)` (quick picks, the status bar): icons from data stay literal. */
export function escapeIcons(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\$\(/g, '\\$(');
}

/**
 * Text from data inside a notification or dialog message, which VS Code scans for `[label](command:…)` and
 * `[label](https:…)` links: the `](` that would make one is broken with an invisible space, lines are joined.
 */
export function notificationText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\]\s*\(/g, ']\u200b(');
}

/** A `command:` link target for one of the product's own commands, its arguments JSON-encoded. */
export function commandTarget(command: string, args: readonly unknown[]): string {
  if (!LINKABLE_COMMANDS.includes(command)) throw new Error(`not a linkable command: ${command}`);
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** `[title](command:…)`: the title is escaped text, the command must be one of the product's own. */
export function commandLink(title: string, command: string, args: readonly unknown[], tooltip?: string): string {
  return link(escapeMarkdown(title), commandTarget(command, args), tooltip);
}

/** The URL when it is an absolute `http:`/`https:` URL, normalised; undefined for any other text. */
export function webUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.replace(/[()<>\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An evidence link when the text is an http(s) URL; otherwise the text itself, escaped, as plain text. */
export function evidenceLink(title: string, url: string): string {
  const href = webUrl(url);
  return href ? link(escapeMarkdown(title), href, url) : escapeMarkdown(url);
}

function link(markdownTitle: string, href: string, tooltip?: string): string {
  return tooltip ? `[${markdownTitle}](${href} "${escapeTitle(tooltip)}")` : `[${markdownTitle}](${href})`;
}
