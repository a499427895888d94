// Generic place knowledge: countries, large cities, regions and demonyms (lower case), and the words around a place.
import { PLACES, wordSet } from './index';

export const COUNTRY_NAMES = wordSet(PLACES.countries);
export const CITY_NAMES = wordSet(PLACES.cities);
export const REGION_NAMES = wordSet(PLACES.regions);

/** Demonym (singular, lower case) → place name (lower case). Plurals are handled by the caller. */
export const DEMONYM_PLACE: ReadonlyMap<string, string> = new Map(
  PLACES.demonyms.map((line) => {
    const colon = line.indexOf(':');
    return [
      line.slice(0, colon).trim().toLowerCase(),
      line
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    ] as const;
  }),
);

/** Words that make a capitalised phrase a place when they end it: "Yellow River", "Red Square". */
export const PLACE_HEADS = wordSet(PLACES.placeHeads);

/** Words that make a capitalised phrase a place when they start it: "Lake Geneva", "Mount Everest". */
export const PLACE_LEADS = wordSet(PLACES.placeLeads);

/** Lower-case nouns that place the name beside them: "the Wuxi area", "the town of Bou Haroun". */
export const PLACE_NOUNS = wordSet(PLACES.placeNouns);

/** Words before a name that point at a place: "in Bakhmut", "from Kyiv". */
export const LOC_PREPOSITIONS = wordSet(PLACES.placePrepositions);
