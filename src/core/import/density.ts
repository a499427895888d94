// Fallback extractor: the element whose own paragraphs hold the most text outside links (when Readability fails).
import { all, type DomDocument, type DomElement, isElement } from './dom';
import { type Block, blocksOf } from './paragraphs';

/** A child paragraph shorter than this is furniture, not prose. */
const MIN_PARAGRAPH = 40;

/** The blocks of the densest container of `document`, or none when no element holds prose. */
export function densestBlocks(document: DomDocument): Block[] {
  const body = document.body ?? document.documentElement;
  let best: { element: DomElement; score: number } | undefined;
  for (const element of [body, ...all(body, 'div, section, article, main, td')]) {
    const score = ownProseScore(element);
    if (score > (best?.score ?? 0)) best = { element, score };
  }
  return best ? blocksOf(best.element) : [];
}

/** Characters outside links in the prose paragraphs that are direct children of `element`. */
function ownProseScore(element: DomElement): number {
  let score = 0;
  for (const child of Array.from(element.childNodes)) {
    if (!isElement(child) || !/^(p|blockquote|h[2-4]|ul|ol|pre)$/i.test(child.localName)) continue;
    for (const block of blocksOf(child)) {
      if (block.text.length >= MIN_PARAGRAPH) score += block.text.length * (1 - block.linkShare);
    }
  }
  return score;
}
