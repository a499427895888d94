// What a token looks like: letters, a capital, punctuation after it, the end of a sentence.
import type { Token } from './tokens';

export const hasLetters = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);
export const isCapitalised = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
/** Punctuation after the token, not counting a possessive "'s". */
export const hasPunctAfter = (t: Token): boolean => /[^\s]/.test(t.post.replace(/^['’]s?/, ''));
export const endsSentence = (t: Token): boolean =>
  /[.!?;](?![,)])/.test(t.post) && !t.tags.has('Abbreviation') && !/^\p{Lu}$/u.test(t.text);
