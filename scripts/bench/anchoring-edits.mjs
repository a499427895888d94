// Edit scripts for anchoring.mjs: a text whose every character keeps an identity through edits,
// so an annotation's true place afterwards is known without any searching.

const INSERTED_WORDS = ['very', 'also', 'reportedly', 'still', 'now', 'the', 'new', 'former', 'and', 'said'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const matches = (text, re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Characters an insertion or deletion may slide by before its story stops being unique (e.g. ".\n\n"). */
const MAX_SLIDE = 3;

/** How far a deletion of text[offset, offset+length), or an insertion of `insert` at offset, could slide and give the same text. */
function slide(text, offset, length, insert) {
  const moved = length ? text.slice(offset, offset + length) : insert;
  const after = length ? offset + length : offset;
  let left = 0;
  while (left < moved.length && left < offset && text[offset - 1 - left] === moved[moved.length - 1 - left]) left++;
  let right = 0;
  while (right < moved.length && after + right < text.length && text[after + right] === moved[right]) right++;
  return Math.max(left, right);
}

/**
 * Whether an edit's story is unique: deleting one of two equal neighbouring passages (or inserting a
 * copy next to its twin) gives a text that another story explains equally well, so no true place exists.
 */
export const unambiguous = (text, offset, length, insert) => slide(text, offset, length, insert) <= MAX_SLIDE;

/** The original text, each character's identity (its original offset; inserted characters get new ones). */
export function trackedText(text) {
  const doc = {
    text,
    ids: Array.from({ length: text.length }, (_, i) => i),
    nextId: text.length,
    /** Identities of characters moved by a sentence move. */
    moved: new Set(),
    /** Replaces text[offset, offset+length) by `insert`, whose characters get `insertIds` or new identities. */
    replace(offset, length, insert, insertIds) {
      const ids = insertIds ?? Array.from({ length: insert.length }, () => doc.nextId++);
      doc.text = doc.text.slice(0, offset) + insert + doc.text.slice(offset + length);
      doc.ids.splice(offset, length, ...ids);
    },
    /** Where each identity is now (-1: deleted). */
    positions() {
      const at = new Int32Array(doc.nextId).fill(-1);
      doc.ids.forEach((id, i) => {
        at[id] = i;
      });
      return at;
    },
  };
  return doc;
}

/** Sentences, quotations and name-like spans of a text, at most `limit` of them, sampled with `rand`. */
export function annotationSpans(text, rand, limit) {
  const spans = [
    ...matches(text, /[A-Z“"][^.!?\n]{10,300}[.!?]["”’]?(?=\s|$)/g),
    ...matches(text, /“[^”\n]{3,400}”/g),
    ...matches(text, /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g),
    ...matches(text, /(?<=[a-z,] )[A-Z][a-z]{2,}\b/g),
  ];
  for (let i = spans.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [spans[i], spans[j]] = [spans[j], spans[i]];
  }
  return spans.slice(0, limit);
}

const paragraphs = (text) =>
  matches(text, /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g).filter((p) => text.slice(p.start, p.end).trim());
/** Sentences that end in a lower-case word or a closing quotation mark, so "Sen." or "U.S." never end one. */
const sentences = (text) =>
  matches(text, /(?<=^|[.!?]["”’]? |\n)[A-Z“"][^.!?\n]{10,}(?:[a-z]{2}|["”’])[.!?]["”’]?(?= )/g);

function typoFix(doc, rand) {
  const word = pick(rand, matches(doc.text, /[A-Za-z]{4,}/g));
  if (!word) return false;
  const at = word.start + 1 + Math.floor(rand() * (word.end - word.start - 2));
  const letter = pick(rand, [...LETTERS]);
  const kind = Math.floor(rand() * 4);
  if (kind === 0) doc.replace(at, 1, letter === doc.text[at] ? 'q' : letter);
  else if (kind === 1) doc.replace(at, 1, '');
  else if (kind === 2) doc.replace(at, 0, letter);
  else doc.replace(at, 2, doc.text[at + 1] + doc.text[at]);
  return true;
}

function insertWord(doc, rand) {
  const space = pick(rand, matches(doc.text, / (?=[a-z])/g));
  const word = `${pick(rand, INSERTED_WORDS)} `;
  if (!space || !unambiguous(doc.text, space.end, 0, word)) return false;
  doc.replace(space.end, 0, word);
  return true;
}

function deleteWord(doc, rand) {
  const word = pick(rand, matches(doc.text, /\b[a-z]+ /g));
  if (!word || !unambiguous(doc.text, word.start, word.end - word.start)) return false;
  doc.replace(word.start, word.end - word.start, '');
  return true;
}

function moveSentence(doc, rand) {
  const all = sentences(doc.text);
  if (all.length < 2) return false;
  const moved = pick(rand, all);
  const target = pick(
    rand,
    all.filter((s) => s !== moved),
  );
  const end = moved.end + 1; // with its following space
  const text = doc.text.slice(moved.start, end);
  const at = target.start > moved.start ? target.start - text.length : target.start;
  const without = doc.text.slice(0, moved.start) + doc.text.slice(end);
  if (!unambiguous(doc.text, moved.start, end - moved.start) || !unambiguous(without, at, 0, text)) return false;
  const ids = doc.ids.slice(moved.start, end);
  for (const id of ids) doc.moved.add(id);
  doc.replace(moved.start, end - moved.start, '');
  doc.replace(at, 0, text, ids);
  return true;
}

function deleteParagraph(doc, rand) {
  const all = paragraphs(doc.text);
  if (all.length < 2) return false;
  const i = Math.floor(rand() * all.length);
  const p = all[i];
  const next = all[i + 1];
  const [from, to] = next ? [p.start, next.start] : [all[i - 1].end, p.end];
  if (!unambiguous(doc.text, from, to - from)) return false;
  doc.replace(from, to - from, '');
  return true;
}

/** Hard-wraps one paragraph at 60–80 columns, or joins its wrapped lines back with spaces. */
function reflow(doc, rand) {
  const p = pick(rand, paragraphs(doc.text));
  if (!p) return false;
  const width = 60 + Math.floor(rand() * 21);
  const wrapped = doc.text.slice(p.start, p.end).includes('\n');
  let column = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = doc.text[i];
    if (wrapped && c === '\n') doc.replace(i, 1, ' ');
    else if (!wrapped && c === ' ' && column >= width) {
      doc.replace(i, 1, '\n');
      column = 0;
      continue;
    }
    column++;
  }
  return true;
}

/**
 * Copies a paragraph to a paragraph boundary not next to it (next to it, the two stories give the same
 * text). A paragraph holding a moved sentence is not copied: its copy could rebuild the sentence's old
 * surroundings at its old place, where "nothing moved" is an equally true story.
 */
function duplicateParagraph(doc, rand) {
  const all = paragraphs(doc.text);
  if (all.length < 3) return false;
  const i = Math.floor(rand() * all.length);
  if (doc.ids.slice(all[i].start, all[i].end).some((id) => doc.moved.has(id))) return false;
  const boundaries = all
    .map((_, b) => b)
    .concat(all.length)
    .filter((b) => b !== i && b !== i + 1);
  const b = pick(rand, boundaries);
  const copy = doc.text.slice(all[i].start, all[i].end);
  const [at, insert] = b < all.length ? [all[b].start, `${copy}\n\n`] : [all[all.length - 1].end, `\n\n${copy}`];
  if (!unambiguous(doc.text, at, 0, insert)) return false;
  doc.replace(at, 0, insert);
  return true;
}

const EDITS = { typoFix, insertWord, deleteWord, moveSentence, deleteParagraph, reflow, duplicateParagraph };

/**
 * One to three random edits (each tried a few times until its story is unambiguous); returns their kinds.
 * At most one duplicated paragraph, and it comes last: edited afterwards, the untouched copy would fit the
 * annotation's old surroundings better than the original; two copies can combine into one insertion that
 * could as well have gone elsewhere.
 */
export function applyEditScript(doc, rand) {
  const count = 1 + Math.floor(rand() * 3);
  const planned = Array.from({ length: count }, () => pick(rand, Object.keys(EDITS))).filter(
    (kind, i, all) => kind !== 'duplicateParagraph' || all.indexOf(kind) === i,
  );
  planned.sort((a, b) => (a === 'duplicateParagraph') - (b === 'duplicateParagraph'));
  return planned.filter((kind) => {
    for (let attempt = 0; attempt < 5; attempt++) if (EDITS[kind](doc, rand)) return true;
    return false;
  });
}

/** Where an annotation on original[span] truly is after the edits: untouched, edited inside, or deleted. */
export function truthOf(doc, position, span) {
  const first = position[span.start];
  let contiguous = first >= 0;
  const survivors = new Set();
  for (let id = span.start; id < span.end; id++) {
    if (position[id] >= 0) survivors.add(id);
    if (position[id] !== first + (id - span.start)) contiguous = false;
  }
  const idAt = (i) => doc.ids[i];
  if (!survivors.size) return { category: 'deleted', survivors, idAt };
  if (contiguous) return { category: 'outside', start: first, end: first + span.end - span.start, survivors, idAt };
  const at = [...survivors].map((id) => position[id]);
  return { category: 'inside', start: Math.min(...at), end: Math.max(...at) + 1, survivors, idAt };
}
