// The one configured compromise instance the engine uses, taught the engine's generic place and
// organization lexicon so its tags (Place, Country, City, Region, Organization) agree with the recogniser.
import nlp from 'compromise';
import { KNOWN_ORGS } from '../lexicon/organizations';
import { CITY_NAMES, COUNTRY_NAMES, REGION_NAMES } from '../lexicon/places';

/** Single words only: compromise's own multi-word matching is left as it is. */
function lexicon(): Record<string, string> {
  const words: Record<string, string> = {};
  const add = (names: Iterable<string>, tag: string): void => {
    for (const name of names) if (/^[a-z][a-z'-]+$/.test(name) && name.length > 3) words[name] ??= tag;
  };
  add(COUNTRY_NAMES, 'Country');
  add(CITY_NAMES, 'City');
  add(REGION_NAMES, 'Region');
  add(KNOWN_ORGS, 'Organization');
  return words;
}

nlp.addWords(lexicon());

export { nlp };
export type NlpDocument = ReturnType<typeof nlp>;
