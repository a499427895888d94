// Whitespace and character clean-up shared by every import path (HTML, feeds, PDF, plain text).

/** Spaces, tabs, no-break and other Unicode spaces collapsed to one space; zero-width characters removed. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Paragraphs from text with blank-line breaks: each trimmed and space-normalised, empty ones dropped. */
export function splitOnBlankLines(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map(normaliseSpaces)
    .filter((p) => p.length > 0);
}

/** Word tokens as the import's comparisons count them (letters, digits, underscore). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Decodes HTML character references in text that did not go through a DOM (feeds' escaped HTML, JSON-LD). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  copy: '\u00a9',
  eacute: '\u00e9',
};
