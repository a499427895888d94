// Stage 4c: evidence, a lone capitalised common word ("Storm warnings went up", "Border guards said") is no name without support.
import type { DocContext } from '../context';
import { COMMON_WORDS } from '../lexicon/names';
import { KNOWN_ORGS } from '../lexicon/organizations';
import { TITLE_WORDS } from '../lexicon/people';
import { SPEECH_VERBS } from '../lexicon/verbs';
import type { Candidate } from './candidates';
import { NUMBER_CELL, POSSESSIVE, placeKind } from './gazetteer';
import { wordAfter, wordBefore, type Word } from './words';

/** The bare form of a one-word candidate that is a common English word, or undefined. */
function commonWordOf(c: Candidate): string | undefined {
  if (c.words.length !== 1) return undefined;
  const w = c.words[0]!;
  if (w.definedAcronym || (w.text === w.text.toUpperCase() && !w.capsLine)) return undefined;
  const base = w.lower.replace(POSSESSIVE, '');
  return COMMON_WORDS.has(base) ? base : undefined;
}

/** "said Hunter", "Hunter said", "Mr Hunter", "Harrow 2": a cue, a title or a score beside the word. */
function cueOrTitle(c: Candidate, words: Word[]): boolean {
  const w = c.words[0]!;
  const prev = wordBefore(words, w);
  const next = wordAfter(words, w);
  if (c.role) return true;
  if (prev && prev.line === w.line && (SPEECH_VERBS.has(prev.lower) || TITLE_WORDS.has(prev.lower.replace(/\.$/, ''))))
    return true;
  if (!next || next.line !== w.line) return false;
  // "Harrow 2 Madley 1": a cell of a results table
  if (NUMBER_CELL.test(next.text)) return true;
  return SPEECH_VERBS.has(next.lower) && w.last.post.trim() === '';
}

/**
 * Drops one-word candidates that are common English words opening a sentence or a line, unless the document gives
 * evidence: a cue or a title beside the word, the word capitalised inside a sentence or inside a longer name
 * elsewhere, or a gazetteer entry.
 */
export function dropUnsupportedCommonWords(ctx: DocContext, candidates: Candidate[], words: Word[]): void {
  const support = new Set<string>();
  for (const c of candidates) {
    const base = commonWordOf(c);
    if (base === undefined) for (const w of c.words) support.add(w.lower.replace(POSSESSIVE, ''));
    else if (!c.words[0]!.weak) support.add(base);
  }
  void ctx;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    const base = commonWordOf(c);
    if (base === undefined || !c.words[0]!.weak || support.has(base)) continue;
    if (placeKind(base) || KNOWN_ORGS.has(base) || cueOrTitle(c, words)) continue;
    candidates.splice(i, 1);
  }
}
