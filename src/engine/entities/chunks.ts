// Stage 2: chunks, maximal runs of capitalised words (with lower-case connectors inside) on mixed-case lines.
import { COMMON_CAPITALISED, COMMON_WORDS } from '../lexicon/names';
import { TITLE_WORDS } from '../lexicon/people';
import { KNOWN_ORGS, ORG_HEADS } from '../lexicon/organizations';
import {
  BOWLING_FIGURES,
  CONNECTORS,
  HAS_LETTER,
  NUMBER_CELL,
  POSSESSIVE,
  isDemonym,
  isGazetteerName,
  withoutPossessive,
} from './gazetteer';
import { breaksAfter, isMonthAsDate, type Word } from './words';

/** Longer runs of capitalised words are titles or lists, not one name. */
const MAX_NAME_WORDS = 12;
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$/;

/** Longest team name read as one table cell ("Queen of South", "Real Betis"). */
const MAX_CELL_WORDS = 4;

export function* chunks(
  words: Word[],
  lowerSeen: Set<string>,
  capSeen: Set<string>,
  sports = false,
): Generator<Word[]> {
  let run: Word[] = [];
  const flush = function* (): Generator<Word[]> {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.lower) && !run[run.length - 1]!.definedAcronym) run.pop();
    if (run.length) yield run;
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const joined = run.length > 0 && prev !== undefined && !breaksAfter(prev, w);
    if (!joined) yield* flush();
    if (w.capsLine) continue;
    const cellEnd = sports && !run.length ? tableCellEnd(words, i) : -1;
    if (cellEnd > i) {
      yield words.slice(i, cellEnd);
      i = cellEnd - 1;
      continue;
    }
    if (run.length >= MAX_NAME_WORDS) yield* flush();
    if (!run.length && isMonthAsDate(w, prev, words[i + 1])) continue;
    // "New York-based", "St. Louis-based": the name is part of a modifier
    if (w.describes && joined) {
      run = [];
      continue;
    }
    if (w.definedAcronym || isEntityWord(w, words[i + 1], lowerSeen, capSeen, run.length > 0)) {
      run.push(w);
      continue;
    }
    // connectors, possibly several ("Institute for the Study of War"), before another capitalised word
    let k = i + 1;
    while (
      k < words.length &&
      k < i + 3 &&
      CONNECTORS.has(words[k]!.lower) &&
      !words[k]!.cap &&
      !breaksAfter(words[k - 1]!, words[k]!)
    )
      k++;
    const next = words[k];
    if (
      run.length &&
      CONNECTORS.has(w.lower) &&
      !w.cap &&
      next &&
      next.cap &&
      !next.weak &&
      !breaksAfter(words[k - 1]!, next) &&
      !breaksAfter(prev!, w)
    ) {
      run.push(w);
      continue;
    }
    yield* flush();
  }
  yield* flush();
}

function isEntityWord(
  w: Word,
  next: Word | undefined,
  lowerSeen: Set<string>,
  capSeen: Set<string>,
  inRun: boolean,
): boolean {
  if (!w.cap || !HAS_LETTER.test(w.text) || /\d/.test(w.text)) return false;
  const base = withoutPossessive(w.lower);
  if (w.tags.has('Date') && !w.tags.has('Person')) return false;
  if (inRun && ROMAN_NUMERAL.test(w.text)) return true;
  // an acronym in running text: "National Alliance (AN)"
  const acronym =
    !w.capsLine &&
    !w.weak &&
    /^\p{Lu}{2,6}$/u.test(base.toUpperCase()) &&
    w.text === w.text.toUpperCase() &&
    w.text.length >= 2;
  if (acronym)
    return !COMMON_CAPITALISED.has(base) && !(w.tags.has('Verb') || w.tags.has('Adjective') || w.tags.has('Plural'));
  if (!inRun && w.text.length - (w.text.endsWith('.') ? 1 : 0) === 1)
    return w.text.endsWith('.') && !!next && next.cap && next.line === w.line && !breaksAfter(w, next);
  if (isGazetteerName(base) && (w.weak || /\p{Ll}/u.test(w.text) || base.length > 2)) return true;
  if (w.lineInitialDateline) return true;
  if (w.tags.has('Pronoun') && !w.tags.has('ProperNoun')) return false;
  // "Conservative Party", "National Alliance"
  const beforeOrgHead =
    next !== undefined && next.cap && next.line === w.line && ORG_HEADS.has(next.lower) && !breaksAfter(w, next);
  if (!w.weak) return !COMMON_CAPITALISED.has(base) || inRun || beforeOrgHead;
  // a table row: "Reading 2 Stoke 2", "Fiorentina (10) v Perugia (8)"
  const tableRow =
    next !== undefined &&
    next.line === w.line &&
    (NUMBER_CELL.test(next.text) || BOWLING_FIGURES.test(next.text)) &&
    w.lineLower <= 2;
  // First word of a sentence: a name only with evidence beyond its capital letter.
  if (COMMON_CAPITALISED.has(base)) return beforeOrgHead;
  if (capSeen.has(w.lower) || capSeen.has(base)) return true;
  if (tableRow) return true;
  // a title opening the sentence: "Secretary of State Antony Blinken", "President Zelensky"
  if (
    next &&
    next.line === w.line &&
    (TITLE_WORDS.has(base.replace(/\.$/, '')) || w.tags.has('Honorific')) &&
    (next.cap || next.lower === 'of')
  )
    return true;
  if (lowerSeen.has(base)) return false;
  if (isGazetteerName(base) || KNOWN_ORGS.has(base)) return true;
  const t = w.tags;
  if (t.has('Determiner') || t.has('Preposition') || t.has('Conjunction') || t.has('Adverb') || t.has('QuestionWord'))
    return false;
  if (t.has('Person') || t.has('Place') || t.has('Organization') || t.has('Acronym')) return true;
  // "Frank Nobilo", "Rayo Vallecano" at the start of a line: the next word carries the evidence
  const adjective = t.has('Adjective') && !t.has('Person');
  if (
    next &&
    next.cap &&
    !next.weak &&
    next.line === w.line &&
    !breaksAfter(w, next) &&
    !t.has('Verb') &&
    !adjective &&
    !isDemonym(base)
  )
    return true;
  if (t.has('ProperNoun') && !t.has('Verb') && !t.has('Adjective')) return true;
  // "Torvald, a former member…": a word no English word list knows is a name wherever it stands
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w.text.replace(POSSESSIVE, '')) && !COMMON_WORDS.has(base) && !t.has('Verb');
}

/**
 * A results or standings row names its teams in whole cells, whatever the words look like
 * ("Real Betis 15 8 5 2", "Sheffield Wednesday 1", "Queen of South 3 2 0 1"): the capitalised words
 * from the row's start (or after a score) up to the next number. Returns the cell's end, or -1.
 */
function tableCellEnd(words: Word[], i: number): number {
  const w = words[i]!;
  if (!w.cap || w.lineLower > 1) return -1;
  const before = words[i - 1];
  const opensCell = !before || before.line !== w.line || (NUMBER_CELL.test(before.text) && !/[(]/.test(w.first.pre));
  if (!opensCell) return -1;
  let k = i;
  while (
    k < words.length &&
    k - i < MAX_CELL_WORDS &&
    words[k]!.line === w.line &&
    !/\d/.test(words[k]!.text) &&
    (words[k]!.cap || words[k]!.lower === 'of')
  ) {
    if (k > i && breaksAfter(words[k - 1]!, words[k]!)) return -1;
    k++;
  }
  const next = words[k];
  if (
    k === i + 1 ||
    !next ||
    next.line !== w.line ||
    !NUMBER_CELL.test(next.text) ||
    breaksAfter(words[k - 1]!, next) ||
    words[k - 1]!.lower === 'of'
  )
    return -1;
  return k;
}
