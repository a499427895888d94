// Quotation-mark repairs for quick fixes: curly marks by context, and the mark that closes an opening one.

const OPENING_CONTEXT = /[\s([{—–\-/]/;
const DOUBLE_MARKS = new Set(['"', '“', '”']);

/** Straight or misturned double quotation marks → “ ” by context (opening after space or start). */
export function curlyDoubleQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!DOUBLE_MARKS.has(ch)) {
      out += ch;
      continue;
    }
    const before = i === 0 ? ' ' : text[i - 1]!;
    out += OPENING_CONTEXT.test(before) ? '“' : '”';
  }
  return out;
}

export function closingMarkFor(opening: string): string {
  switch (opening) {
    case '“':
      return '”';
    case '‘':
      return '’';
    case '«':
      return '»';
    case '„':
      return '“';
    default:
      return opening;
  }
}
