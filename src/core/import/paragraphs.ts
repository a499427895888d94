// A DOM subtree → paragraphs: block elements and <br> end a paragraph, inline markup joins, whitespace collapses.
import { type DomNode, isElement, TEXT_NODE } from './dom';
import { normaliseSpaces } from './text';

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'caption',
]); // prettier-ignore

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'option', 'textarea', 'input',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link', 'img', 'picture',
]); // prettier-ignore

/** Deeper markup than this is flattened into its ancestor's text (hostile pages nest thousands of levels). */
const MAX_DEPTH = 400;

export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag);
export const isSkippedTag = (tag: string): boolean => SKIPPED_TAGS.has(tag);

/** One paragraph of a page with what the clean-up rules look at. */
export interface Block {
  text: string;
  /** The block element that holds it (`p`, `li`, `h2`, `figcaption`…), or `br` for a line of a `<br>`-split block. */
  tag: string;
  /** Share of its characters inside links (0…1). */
  linkShare: number;
}

/** The paragraphs of `root` in document order. */
export function paragraphsOf(root: DomNode): string[] {
  return blocksOf(root).map((b) => b.text);
}

/** The blocks of `root` in document order. Table cells are joined by a space, one row a block. */
export function blocksOf(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linkChars = 0;
  const tags: string[] = ['div'];
  const flush = (): void => {
    const text = normaliseSpaces(buffer);
    if (text)
      blocks.push({ text, tag: tags[tags.length - 1] ?? 'div', linkShare: Math.min(1, linkChars / text.length) });
    buffer = '';
    linkChars = 0;
  };
  const visit = (node: DomNode, depth: number, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (inLink) linkChars += normaliseSpaces(text).length;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') return flush();
    if (depth > MAX_DEPTH) {
      buffer += ` ${node.textContent ?? ''} `;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      tags.push(tag);
    } else if (tag === 'td' || tag === 'th') buffer += ' ';
    for (const child of Array.from(node.childNodes)) visit(child, depth + 1, inLink || tag === 'a');
    if (block) {
      flush();
      tags.pop();
    } else if (tag === 'td' || tag === 'th') buffer += ' ';
  };
  visit(root, 0, false);
  flush();
  return blocks;
}
