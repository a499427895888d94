// Names of any kind: capitalised words that are no name on their own, and the heads of named events (CoNLL's MISC).
import { NAMES, wordSet } from './index';

/** Capitalised words that are not names on their own (sentence starters, pronouns, interjections). */
export const COMMON_CAPITALISED = wordSet(NAMES.commonCapitalised);

/** Common English words (generated from a word list by scripts/common-words.mjs): capitalised, they need evidence. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(NAMES.commonWords);

/** A capitalised phrase ending in one of these is a named event, prize or law (CoNLL's MISC), not PER/LOC/ORG. */
export const MISC_HEADS = wordSet(NAMES.miscHeads);
