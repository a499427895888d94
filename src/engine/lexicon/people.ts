// Generic knowledge about people: titles and roles that precede names, honorifics with gender, name particles.
import { PEOPLE, wordSet } from './index';

/** Title and role words (lower case) that stand before a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = wordSet(PEOPLE.titles);

/** Honorifics that reveal gender. */
export const MALE_HONORIFICS: ReadonlySet<string> = wordSet(PEOPLE.maleTitles);
export const FEMALE_HONORIFICS: ReadonlySet<string> = wordSet(PEOPLE.femaleTitles);

/** Lower-case words that head a role phrase before a name ("Wagner chief Yevgeny Prigozhin"). */
export const ROLE_NOUNS: ReadonlySet<string> = wordSet(PEOPLE.roleNouns);

/** Lower-case name particles kept inside a person's name: "Charles de Gaulle", "Ludwig van Beethoven". */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(PEOPLE.nameParticles);
