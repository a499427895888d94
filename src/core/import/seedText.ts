// Seed file text: `date YYYY-MM-DD <lead paragraph>`, then one paragraph per blank-line-separated block.
import { normaliseSpaces } from './text';

/** The text of a seed file for `date` and `paragraphs` (at least one non-empty paragraph). */
export function composeSeedText(date: string, paragraphs: readonly string[]): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const body = paragraphs.map(normaliseSpaces).filter((p) => p.length > 0);
  if (!body.length) throw new RangeError('a seed file needs at least one paragraph');
  return `date ${date} ${body.join('\n\n')}\n`;
}

/**
 * Text reduced for duplicate detection: Unicode NFKC, case folded, quotes and dashes unified, the seed header
 * removed, everything but letters and digits collapsed to single spaces. Two imports of one article compare equal.
 */
export function normaliseForDuplicates(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/['"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
