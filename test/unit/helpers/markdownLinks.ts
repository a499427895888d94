// Parses markdown as a CommonMark renderer would (markdown-it, with bare-URL autolinks and raw HTML on) and
// lists what a reader could click or what would render as markup: links, images, HTML, headings.

export interface MarkdownFacts {
  /** Every link target (href), in order. */
  links: string[];
  /** Visible text of each link. */
  titles: string[];
  html: number;
  headings: number;
  images: number;
}

interface Token {
  type: string;
  content: string;
  attrGet(name: string): string | null;
  children: Token[] | null;
}

interface Parser {
  validateLink(url: string): boolean;
  linkify: { set(options: object): void };
  parse(markdown: string, env: object): Token[];
}

// markdown-it ships no types; it comes with the dev tools (vsce).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => Parser;
const parser = new MarkdownIt({ html: true, linkify: true });
// VS Code's renderer follows links of any scheme; markdown-it's default refuses some (javascript:).
parser.validateLink = () => true;
// As VS Code's renderer (marked, GFM): URLs with a scheme, `www.` and e-mail addresses, not bare domains.
parser.linkify.set({ fuzzyLink: false });

export function markdownFacts(markdown: string): MarkdownFacts {
  const facts: MarkdownFacts = { links: [], titles: [], html: 0, headings: 0, images: 0 };
  let title: string | undefined;
  const visit = (tokens: readonly Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'link_open') {
        facts.links.push(t.attrGet('href') ?? '');
        title = '';
      } else if (t.type === 'link_close' && title !== undefined) {
        facts.titles.push(title);
        title = undefined;
      } else if (t.type === 'text' && title !== undefined) title += t.content;
      else if (t.type === 'html_inline' || t.type === 'html_block') facts.html++;
      else if (t.type === 'heading_open') facts.headings++;
      else if (t.type === 'image') facts.images++;
      if (t.children) visit(t.children);
    }
  };
  visit(parser.parse(markdown, {}));
  return facts;
}
