// Words that decide whether two wordings say the same thing (used when a review annotation is re-anchored).
import { GRAMMAR, wordSet } from './index';

/** Negating words: adding, dropping or swapping one changes a statement. */
export const NEGATIONS = wordSet(GRAMMAR.negations);

/** Grammatical words a changed wording may add, drop or swap without changing the statement. */
export const MEANING_NEUTRAL_WORDS = wordSet(GRAMMAR.meaningNeutralWords);

/** Modal verbs: swapping, adding or dropping one changes a statement ("would" / "could"). */
export const MODAL_VERBS = wordSet(GRAMMAR.modalVerbs);
