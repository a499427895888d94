// The identity form of an entity name: what stays when titles, datelines and possessives are taken away
// ("N.C.—Donald J. Trump" → donald j trump, bare form donald trump), and the short forms it can be called
// by (surname, first name, acronym). Pure.
import { NAMES, PEOPLE, wordSet } from '../../engine/lexicon';
import type { EntityType } from '../../engine/types';
import { DEMONYM_PLACE } from '../../engine/lexicon/places';
import { ROLE_NOUNS, TITLE_WORDS } from '../../engine/lexicon/people';

const QUALIFIERS = wordSet(PEOPLE.nameQualifiers);
const TITLE_MODIFIERS = wordSet(PEOPLE.titleModifiers);
const PARTICLES = wordSet(PEOPLE.nameParticles);
const NAME_SUFFIXES = wordSet(PEOPLE.nameSuffixes);
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&', 'de']);
/** Acronyms of fewer letters ("N.C.", "OK") match too many names; the alias table lists the short ones. */
const MIN_ACRONYM = 3;

export interface NameForm {
  /** Lower-case identity form: "donald j trump", "hillary rodham clinton", "united states". */
  key: string;
  /** The same name as written, titles and datelines removed: "Donald J. Trump". */
  display: string;
  /** Name words in `key` (a particle joins its surname): 1 for "Trump" or "de Blasio". */
  words: number;
  /** People: lower-case surname ("clinton", "de blasio"), with its suffix ("trump jr"). */
  surname?: string;
  /** People named in full: lower-case first name. */
  first?: string;
  /** People with middle names or initials: "first surname" ("donald trump" for "Donald J. Trump"). */
  bareKey?: string;
  /** …and the initials of the middle part ("j" for "J." or "John", "hw" for "H.W."). */
  middle?: string;
  /** Places and organizations: the initials of a name of several words ("dnc"), or the name itself when it is one. */
  acronym?: string;
}

const lower = (word: string): string => word.toLowerCase();
const bare = (word: string): string => lower(word).replace(/[.,]+$/, '');
const singular = (word: string): string => word.replace(/s$/, ''); // "Senators Ted Cruz"
const inList = (list: ReadonlySet<string> | ReadonlyMap<string, unknown>, word: string): boolean =>
  list.has(word) || list.has(singular(word));

function isQualifier(word: string, rest: readonly string[]): boolean {
  const w = bare(word);
  if (inList(TITLE_WORDS, w) || inList(ROLE_NOUNS, w) || inList(QUALIFIERS, w) || inList(DEMONYM_PLACE, w)) return true;
  if (/^(?:then|ex|former)-/.test(w)) return true;
  // "U.S.", "N.C.": abbreviations of two or more letters before a name
  if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return true;
  // "WASHINGTON Donald Trump": a dateline in capitals before a name that is not in capitals
  return /^\p{Lu}{3,}[.,]?$/u.test(word) && rest.some((r) => /\p{Ll}/u.test(r));
}

/** "President Obama", "Sen. Cruz": words after which a lone surname may stand ("G.K. Butterfield" is whole). */
function addressesSurname(word: string): boolean {
  const w = bare(word);
  return (
    !inList(TITLE_MODIFIERS, w) && !inList(DEMONYM_PLACE, w) && /\p{Ll}/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)
  );
}

/** Words of a name after the dateline ("N.C.—") and parenthesis ("(R-Texas)"), possessive removed. */
function nameWords(name: string, person: boolean): string[] {
  const text = name
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\([^)]*\)/g, ' ');
  let words = (
    text
      .split(/\s*(?:—|–|―|--)\s*/)
      .filter((s) => /\p{L}/u.test(s))
      .pop() ?? ''
  )
    .split(/\s+/)
    .filter(Boolean);
  if (person) {
    // "Ted Cruz, R-Texas" → "Ted Cruz"; "Martin Luther King, Jr." keeps its suffix
    const comma = words.findIndex((w) => w.endsWith(','));
    if (comma >= 0)
      words = [...words.slice(0, comma + 1), ...words.slice(comma + 1).filter((w) => NAME_SUFFIXES.has(bare(w)))].map(
        (w) => w.replace(/,$/, ''),
      );
  }
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/'s?$/, '');
  return words.filter(Boolean);
}

const initialsOf = (words: readonly string[]): string => words.map((w) => bare(w).replace(/[^\p{L}]/gu, '')).join('');

/** A person's name → its identity form; undefined when no name is left ("President" alone). */
export function personForm(name: string): NameForm | undefined {
  const words = nameWords(name, true);
  const suffix = words.length > 1 && NAME_SUFFIXES.has(bare(words[words.length - 1]!)) ? words.pop() : undefined;
  while (
    words.length > 1 &&
    isQualifier(words[0]!, words.slice(1)) &&
    (words.length > 2 || addressesSurname(words[0]!))
  )
    words.shift();
  if (!words.length || !/\p{L}/u.test(words.join('')) || (words.length === 1 && isQualifier(words[0]!, [])))
    return undefined;
  // the surname takes the particles before it; a name that starts with a lower-case particle is a surname
  let surnameStart = words.length - 1;
  while (
    surnameStart > 0 &&
    PARTICLES.has(lower(words[surnameStart - 1]!)) &&
    (surnameStart > 1 || /^\p{Ll}/u.test(words[0]!))
  )
    surnameStart--;
  const given = words.slice(0, surnameStart).map(bare);
  const surname = [...words.slice(surnameStart), ...(suffix ? [suffix] : [])].map(bare).join(' ');
  const middle = given.slice(1);
  return {
    key: [...given, surname].join(' ').replace(/\./g, ''),
    display: [...words, ...(suffix ? [suffix] : [])].join(' '),
    words: given.length + 1,
    surname,
    ...(given.length ? { first: given[0]!.replace(/\./g, '') } : {}),
    ...(middle.length
      ? {
          bareKey: `${given[0]!.replace(/\./g, '')} ${surname}`,
          middle: middle
            .map((m) =>
              m
                .split('.')
                .filter(Boolean)
                .map((p) => p[0])
                .join(''),
            )
            .join(''),
        }
      : {}),
  };
}

/** A place's or organization's name → its identity form ("the United States" → united states). */
export function placeOrOrgForm(name: string): NameForm | undefined {
  const words = nameWords(name, false);
  if (words.length > 1 && lower(words[0]!) === 'the') words.shift();
  if (!words.length || !/\p{L}/u.test(words.join(''))) return undefined;
  const key = words.map(lower).join(' ');
  const significant = words.filter((w) => !ACRONYM_SKIP.has(lower(w)));
  const acronym =
    words.length === 1
      ? /^(?:\p{Lu}\.?){3,6}$/u.test(words[0]!)
        ? lower(words[0]!).replace(/\./g, '')
        : undefined
      : significant.every((w) => /^\p{Lu}\p{Ll}/u.test(w))
        ? initialsOf(significant.map((w) => w[0]!))
        : undefined;
  return {
    key,
    display: words.join(' '),
    words: words.length,
    ...(acronym && acronym.length >= MIN_ACRONYM ? { acronym } : {}),
  };
}

const memo = { person: new Map<string, NameForm | null>(), other: new Map<string, NameForm | null>() };

/** The identity form of a name of this type (memoised: a collection repeats its names). */
export function nameForm(type: EntityType, name: string): NameForm | undefined {
  const forms = type === 'PER' ? memo.person : memo.other;
  let form = forms.get(name);
  if (form === undefined) {
    form = (type === 'PER' ? personForm(name) : placeOrOrgForm(name)) ?? null;
    if (forms.size > 100_000) forms.clear();
    forms.set(name, form);
  }
  return form ?? undefined;
}

export interface AliasEntry {
  type: EntityType;
  name: string;
}

/** The alias table (engine/lexicon/names/aliases.txt): lower-case name, with and without dots → the identity it names. */
export const ALIASES: ReadonlyMap<string, AliasEntry> = (() => {
  const table = new Map<string, AliasEntry>();
  for (const line of NAMES.aliases) {
    const [type, name, ...others] = line.split('|').map((s) => s.trim());
    if ((type !== 'LOC' && type !== 'ORG') || !name) continue;
    const entry = { type: type as EntityType, name };
    for (const alias of [name, ...others]) {
      const form = placeOrOrgForm(alias);
      if (!form) continue;
      table.set(form.key, entry);
      table.set(form.key.replace(/\./g, ''), entry);
    }
  }
  return table;
})();

/** The alias-table entry for a place or organization name, if it has one. */
export function aliasEntry(form: NameForm): AliasEntry | undefined {
  return ALIASES.get(form.key) ?? (form.key.includes('.') ? ALIASES.get(form.key.replace(/\./g, '')) : undefined);
}
