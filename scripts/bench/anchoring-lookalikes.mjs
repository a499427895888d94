// Look-alike cases for anchoring.mjs (issue 16 §1): an annotated sentence deleted while an unannotated
// near duplicate stays (one number, one name, one word or a negation changed), templated passages
// (results, listings) with one line deleted, and position-only annotations. Generated, never copied:
// the twins come from the text's own sentences, the templates' names from random syllables.
import { trackedText } from './anchoring-edits.mjs';

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const matches = (text, re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
/** Sentences that end a line or are followed by a space, at least 40 characters long. */
const sentences = (text) => matches(text, /(?<=^|[.!?]["”’]? |\n)[A-Z“"][^.!?\n]{40,400}[.!?]["”’]?(?= |\n|$)/g);
const AUXILIARIES = /\b(is|was|are|were|would|will|could|can|should|has|had|did|does|must)\b(?! not)/;

/** One change of `kind` to a sentence, or undefined when the sentence has nothing of that kind. */
function twinOf(sentence, kind, text, rand) {
  if (kind === 'number') {
    const numbers = matches(sentence, /\d+/g);
    if (!numbers.length) return undefined;
    const n = pick(rand, numbers);
    const digits = sentence.slice(n.start, n.end);
    const i = Math.floor(rand() * digits.length);
    const changed =
      digits.slice(0, i) + String((Number(digits[i]) + 1 + Math.floor(rand() * 8)) % 10) + digits.slice(i + 1);
    return sentence.slice(0, n.start) + changed + sentence.slice(n.end);
  }
  if (kind === 'name' || kind === 'word') {
    const re = kind === 'name' ? /(?<=[a-z,] )[A-Z][a-z]{2,}\b/g : /(?<= )[a-z]{4,}\b/g;
    const own = matches(sentence, re);
    const others = [...new Set([...text.matchAll(re)].map((m) => m[0]))];
    if (!own.length || others.length < 2) return undefined;
    const w = pick(rand, own);
    const word = sentence.slice(w.start, w.end);
    const replacement = pick(
      rand,
      others.filter((o) => o !== word),
    );
    return replacement && sentence.slice(0, w.start) + replacement + sentence.slice(w.end);
  }
  const not = sentence.match(/ not\b/);
  if (not) return sentence.slice(0, not.index) + sentence.slice(not.index + 4);
  const aux = sentence.match(AUXILIARIES);
  if (!aux) return undefined;
  const at = aux.index + aux[0].length;
  return `${sentence.slice(0, at)} not${sentence.slice(at)}`;
}

export const TWIN_KINDS = ['number', 'name', 'word', 'negation'];

/**
 * Up to `limit` cases per kind from one text: the text with a twin paragraph added after the sentence's
 * paragraph (the "before" an annotation was made on), the sentence's span in it, and the doc after the
 * sentence is deleted.
 */
export function twinCases(original, rand, limit) {
  const cases = [];
  const all = sentences(original).filter((s) => original.indexOf(original.slice(s.start, s.end)) === s.start);
  for (const kind of TWIN_KINDS) {
    let made = 0;
    for (const s of [...all].sort(() => rand() - 0.5)) {
      if (made >= limit) break;
      const sentence = original.slice(s.start, s.end);
      const twin = twinOf(sentence, kind, original, rand);
      if (!twin || twin === sentence || original.includes(twin)) continue;
      const lineEnd = original.indexOf('\n', s.end);
      const at = lineEnd < 0 ? original.length : lineEnd;
      const before = `${original.slice(0, at)}\n\n${twin}${original.slice(at)}`;
      const doc = trackedText(before);
      const deleteEnd = before[s.end] === ' ' ? s.end + 1 : s.end;
      doc.replace(s.start, deleteEnd - s.start, '');
      cases.push({ kind, before, span: { start: s.start, end: s.end }, doc });
      made++;
    }
  }
  return cases;
}

const SYLLABLES = ['ka', 'lo', 'ven', 'dar', 'mi', 'sto', 'rel', 'an', 'bru', 'tek', 'sol', 'ni', 'gar', 'hul'];
const nameOf = (rand) => {
  const n = 2 + Math.floor(rand() * 2);
  const word = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
};
const int = (rand, max) => Math.floor(rand() * max);

const TEMPLATES = [
  (rand, fixed) =>
    `${nameOf(rand)} beat ${fixed.team} ${int(rand, 5)}-${int(rand, 3)} at home on Saturday, with two goals from ${nameOf(rand)} ${fixed.family}.`,
  (rand, fixed) =>
    `${2 + int(rand, 3)}-bedroom flat in ${fixed.team}, ${40 + int(rand, 60)} square metres, ${pick(rand, ['first', 'second', 'third'])} floor, balcony facing ${pick(rand, ['south', 'west'])}, asking price ${1 + int(rand, 4)},${int(rand, 10)}50,000.`,
];

/** An article of templated lines (one template, shared fills so lines differ by a number or a name). */
export function templatedArticle(rand, lines) {
  const template = pick(rand, TEMPLATES);
  const fixed = { team: nameOf(rand), family: nameOf(rand) };
  const out = new Set();
  for (let tries = 0; out.size < lines && tries < lines * 5; tries++) out.add(template(rand, fixed));
  return `Results and listings of the week.\n\n${[...out].join('\n')}\n\nMore next week.`;
}

/** Line spans of a templated article (every line but the first and last paragraphs). */
export function templatedLines(text) {
  const all = matches(text, /[^\n]+/g);
  return all.slice(1, -1);
}
