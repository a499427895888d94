// Word lists are data files (src/engine/lexicon/*.txt, one entry per line, bundled as text by esbuild).
// `#` starts a comment; blank lines are ignored; entries are kept as written (callers lower-case if needed).

export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** A lower-cased set of a word list's entries. */
export function wordSet(text: string): Set<string> {
  return new Set(parseWordList(text).map((w) => w.toLowerCase()));
}
