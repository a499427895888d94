// Word lists and look-ups shared by the entity stages: gazetteers, demonyms, connectors and name patterns.
import { NAMES, ORGANIZATIONS, PEOPLE, wordSet } from '../lexicon';
import { NAME_PARTICLES } from '../lexicon/people';
import { CITY_NAMES, COUNTRY_NAMES, DEMONYM_PLACE, REGION_NAMES } from '../lexicon/places';

/** "Bergamo-based", "U.S.-led": a hyphenated word that describes rather than names. */
export const DESCRIPTIVE_SUFFIXES = wordSet(NAMES.descriptiveSuffixes);
/** Company suffixes: "Kia Motor Corp of South Korea" is a company and a place. */
export const COMPANY_SUFFIXES = wordSet(ORGANIZATIONS.companySuffixes);
export const PLAIN_HONORIFICS = wordSet(PEOPLE.plainHonorifics);
export const NAME_SUFFIXES = wordSet(PEOPLE.nameSuffixes);
/** "Democratic", "Republicans": party words are not organisations on their own. */
export const PARTY_WORDS = wordSet(ORGANIZATIONS.partyWords);
/** "Latino", "Hispanics": groups of people, not places or organisations. */
export const PEOPLE_ADJECTIVES = wordSet(PEOPLE.peopleAdjectives);
/** "Second Amendment", "Iowa caucuses": laws, events and concepts. */
export const EVENT_HEADS = wordSet(NAMES.eventHeads);
export const SPORTS_TEAM_HEADS = wordSet(ORGANIZATIONS.sportsTeamHeads);
/** "c Tillman b Oakes": marks before a player's name in a cricket scorecard. */
export const SCORECARD_MARKERS = wordSet(PEOPLE.scorecardMarkers);
/** Known organization names that are also common words: they need more than a capital letter. */
export const AMBIGUOUS_ORG = wordSet(ORGANIZATIONS.ambiguousOrganizations);

/** Lower-case words that may join the words of one name: "Bank of England", "Charles de Gaulle". */
export const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'a', 'an', ...NAME_PARTICLES]);
/** Places whose name includes "The". */
export const THE_PLACES = new Set(['hague', 'netherlands', 'gambia', 'bahamas']);
export const MATCH_SEPARATORS = new Set(['v', 'vs', 'vs.', 'v.']);
export const SPORTS_VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

export const POSSESSIVE = /['’]s$/;
export const HAS_LOWER = /\p{Ll}/u;
export const HAS_LETTER = /\p{L}/u;
/** A score or rank cell: "3", "(12)". */
export const NUMBER_CELL = /^\(?\d+\)?$/;
/** A bowler's figures, overs-maidens-runs-wickets: "10-0-41-2", "8.1-0-43-3". */
export const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+,?$/;
/** What follows a dateline's place: an optional ", Region" and the date. */
export const DATELINE_TAIL = /^(?:,\s*\p{L}[\p{L}.]*(?: \p{L}[\p{L}.]*)*)?\s+\d{4}-\d\d-\d\d/u;

export type PlaceKind = 'country' | 'city' | 'region';

/** `lower` without a possessive "'s" (checked for an "s" first: most words have none). */
export const withoutPossessive = (lower: string): string =>
  lower.endsWith('s') ? lower.replace(POSSESSIVE, '') : lower;

export function placeKind(lower: string): PlaceKind | undefined {
  const key = withoutPossessive(lower);
  if (COUNTRY_NAMES.has(key)) return 'country';
  if (CITY_NAMES.has(key)) return 'city';
  if (REGION_NAMES.has(key)) return 'region';
  return undefined;
}

export function isGazetteerName(lower: string): boolean {
  return placeKind(lower) !== undefined;
}

export function isDemonym(lower: string): boolean {
  const key = withoutPossessive(lower);
  if (placeKind(key)) return false;
  return DEMONYM_PLACE.has(key) || (key.endsWith('s') && DEMONYM_PLACE.has(key.slice(0, -1)));
}
