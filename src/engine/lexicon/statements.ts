// Words that decide whether two wordings say the same thing (used when a review annotation is re-anchored).
import meaningNeutralWords from './meaning-neutral-words.txt';
import modalVerbs from './modal-verbs.txt';
import negations from './negations.txt';
import { wordSet } from './wordList';

/** Negating words: adding, dropping or swapping one changes a statement. */
export const NEGATIONS = wordSet(negations);

/** Grammatical words a changed wording may add, drop or swap without changing the statement. */
export const MEANING_NEUTRAL_WORDS = wordSet(meaningNeutralWords);

/** Modal verbs: swapping, adding or dropping one changes a statement ("would" / "could"). */
export const MODAL_VERBS = wordSet(modalVerbs);
