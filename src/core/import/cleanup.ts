// Step after Readability: drop the blocks it keeps that are not article text, by named general rules.
import type { Block } from './paragraphs';
import { normaliseSpaces } from './text';

export interface CleanupContext {
  title?: string;
  byline?: string;
}

/** One clean-up rule: `drops` says whether a block at `index` of `blocks` is not article text. */
export interface CleanupRule {
  id: string;
  drops(block: Block, index: number, blocks: readonly Block[], context: CleanupContext): boolean;
}

/** Blocks longer than this are prose, whatever they start with. */
const SHORT = 160;

const PROMPT =
  /^(read more|read also|also read|read next|see also|see more|more from|more on this|related( stories| articles| content| coverage)?|recommended|watch( now| more)?|listen|click here|tap here|sign up|subscribe|follow us|share this|share on|don't miss|advertisement|story continues|continue reading|trending|most popular|you may also like|you might also like)\b\s*[:.…]?/i;

const CAPTION =
  /\((photo|photos|image|picture|credit|foto|video)s?\s*[:)]|\b(photo|image|credit|foto)s?\s*:\s*\S|getty images|associated press photo|\/ ?(reuters|afp|ap|getty)\b/i;

const TIMESTAMP = /^(updated|posted|published|last updated|first published|modified)\b[^.]{0,80}\d/i;

const BYLINE = /^([Bb]y|[Pp]or|[Vv]on|[Pp]ar|[Dd]i)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,4}\b/u;

const SHARE_WORDS =
  /^(tags|topics|categories|share|tweet|email|print|comment|comments|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|save)(\s*[|,/·•]?\s*(share|tweet|email|print|comment|comments|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|save|pint|baixar))*$/i;

const COPYRIGHT = /©|\(c\)\s*(19|20)\d\d|\bcopyright\b|all rights reserved|todos os direitos|alle rechte/i;

const isShort = (block: Block): boolean => block.text.length <= SHORT;
const sameText = (a: string, b: string): boolean => fold(a) === fold(b);
const fold = (text: string): string =>
  normaliseSpaces(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The rules, in the order they are tried; the first that drops a block names why. */
export const CLEANUP_RULES: readonly CleanupRule[] = [
  { id: 'links-only', drops: (b) => b.linkShare >= 0.7 && b.text.length * (1 - b.linkShare) < 50 && b.tag !== 'blockquote' },
  { id: 'prompt', drops: (b) => isShort(b) && PROMPT.test(b.text) },
  { id: 'share-bar', drops: (b) => SHARE_WORDS.test(b.text) },
  { id: 'caption-or-credit', drops: (b) => (b.tag === 'figcaption' || isShort(b)) && CAPTION.test(b.text) },
  { id: 'timestamp', drops: (b) => b.text.length <= 120 && TIMESTAMP.test(b.text) },
  { id: 'copyright', drops: (b) => isShort(b) && COPYRIGHT.test(b.text) },
  { id: 'bare-number', drops: (b) => /^[\d\s/|.,:-]{1,12}$/.test(b.text) },
  { id: 'byline', drops: (b, i, _all, c) => i < 4 && b.text.length <= 100 && (BYLINE.test(b.text) || sameText(b.text, c.byline ?? '\0')) },
  { id: 'repeated-title', drops: (b, i, _all, c) => i < 3 && !!c.title && sameText(b.text, c.title) },
]; // prettier-ignore

/** The blocks that stay, and for each dropped block the rule that dropped it. */
export function cleanBlocks(
  blocks: readonly Block[],
  context: CleanupContext,
): { kept: Block[]; dropped: { block: Block; rule: string }[] } {
  const kept: Block[] = [];
  const dropped: { block: Block; rule: string }[] = [];
  blocks.forEach((block, index) => {
    const rule = CLEANUP_RULES.find((r) => r.drops(block, index, blocks, context));
    if (rule) dropped.push({ block, rule: rule.id });
    else kept.push(block);
  });
  return { kept, dropped };
}
