// Generic knowledge about people: titles and roles that precede names, honorifics with gender.
import femaleTitles from './femaleTitles.txt';
import maleTitles from './maleTitles.txt';
import roleNouns from './roleNouns.txt';
import titles from './titles.txt';
import { wordSet } from './wordList';

/** Title and role words (lower case) that stand before a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = wordSet(titles);

/** Honorifics that reveal gender. */
export const MALE_HONORIFICS: ReadonlySet<string> = wordSet(maleTitles);
export const FEMALE_HONORIFICS: ReadonlySet<string> = wordSet(femaleTitles);

/** Lower-case words that head a role phrase before a name ("Wagner chief Yevgeny Prigozhin"). */
export const ROLE_NOUNS: ReadonlySet<string> = wordSet(roleNouns);
