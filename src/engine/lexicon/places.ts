// Generic place knowledge: countries, large cities, regions and demonyms (lower case). The lists are data files.
import cities from './cities.txt';
import countries from './countries.txt';
import demonyms from './demonyms.txt';
import placeHeads from './place-heads.txt';
import placeLeads from './place-leads.txt';
import placeNouns from './place-nouns.txt';
import regions from './regions.txt';
import { parseWordList, wordSet } from './wordList';

export const COUNTRY_NAMES = wordSet(countries);
export const CITY_NAMES = wordSet(cities);
export const REGION_NAMES = wordSet(regions);

/** Demonym (singular, lower case) → place name (lower case). Plurals are handled by the caller. */
export const DEMONYM_PLACE: ReadonlyMap<string, string> = new Map(
  parseWordList(demonyms).map((line) => {
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
export const PLACE_HEADS = wordSet(placeHeads);

/** Words that make a capitalised phrase a place when they start it: "Lake Geneva", "Mount Everest". */
export const PLACE_LEADS = wordSet(placeLeads);

/** Lower-case nouns that place the name beside them: "the Wuxi area", "the town of Bou Haroun". */
export const PLACE_NOUNS = wordSet(placeNouns);
