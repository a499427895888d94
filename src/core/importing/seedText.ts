// The seed file text of an imported article: `date YYYY-MM-DD` and the lead on the header line, then paragraphs.

/** Paragraphs separated by one blank line, the first on the header line. */
export function composeSeedText(date: string, paragraphs: readonly string[]): string {
  const [lead = '', ...rest] = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [`date ${date} ${lead}`.trimEnd(), ...rest].join('\n\n') + '\n';
}

/** Word count as results report it. */
export function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
