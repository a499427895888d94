// How a word list is read: one entry per line; `#` starts a comment (every list opens with one saying what it
// is for); blank lines are ignored; entries are kept as written. The lists themselves are loaded in index.ts.

export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** A lower-cased set of a word list's entries. */
export function wordSet(entries: readonly string[]): Set<string> {
  return new Set(entries.map((w) => w.toLowerCase()));
}
