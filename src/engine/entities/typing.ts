// Stage 4: typing, votes for PER / LOC / ORG from gazetteers, heads, compromise's tags and context.
import type { DocContext } from '../context';
import { COMMON_WORDS } from '../lexicon/names';
import { ORG_CONTEXT_NOUNS } from '../lexicon/organizations';
import { LOC_PREPOSITIONS } from '../lexicon/places';
import { SPEECH_VERBS } from '../lexicon/verbs';
import { KNOWN_ORGS, ORG_HEADS, ORG_LEADS } from '../lexicon/organizations';
import { ROLE_NOUNS } from '../lexicon/people';
import { PLACE_HEADS, PLACE_LEADS } from '../lexicon/places';
import {
  AMBIGUOUS_ORG,
  BOWLING_FIGURES,
  HAS_LOWER,
  NUMBER_CELL,
  POSSESSIVE,
  SCORECARD_MARKERS,
  SPORTS_TEAM_HEADS,
  SPORTS_VENUE_PREPOSITIONS,
  isDemonym,
  placeKind,
} from './gazetteer';
import type { Candidate } from './candidates';
import {
  APPOSITIVE_WINDOW,
  appositiveNamesOrganization,
  appositiveNamesRole,
  inParentheses,
  isBesidePlaceNoun,
  isClubAfterPlayer,
  isDatelineRegion,
  isEmployerAfterRole,
  isLineupCell,
  isListItem,
  isSignature,
  isVenue,
  qualifiesAnyNoun,
  qualifiesNoun,
  settingOf,
  teamLine,
  type Setting,
} from './setting';
import { joinLower, type Word } from './words';

/** The evidence a candidate's type rests on, and what each piece weighs. */
export const TYPE_WEIGHTS = {
  dateline: { LOC: 6 },
  /** "MILWAUKEE, Wisconsin 1996-08-29": the region after a dateline's city. */
  datelineRegion: { LOC: 6 },
  /** "Leicester: Leicestershire beat Somerset", "(at Edgbaston, Birmingham)": where a match is played. */
  venue: { LOC: 6 },
  knownOrganization: { ORG: 4 },
  /** "the Volgograd side", "all Chicago starters": in a sports report, the city before a noun. */
  cityBeforeNoun: { LOC: 3 },
  country: { LOC: 5 },
  cityOrRegion: { LOC: 3.5 },
  /** In a sports report a city names its team, except as a venue ("in Leeds"). */
  sportsCity: { ORG: 4 },
  orgHead: { ORG: 3 },
  /** "Ford Motor": a first name before the head makes the company less certain. */
  orgHeadAfterFirstName: { ORG: 1 },
  orgLeadWithOf: { ORG: 3 },
  placeHead: { LOC: 2.5 },
  placeLeadBeforePlace: { LOC: 3 },
  geographicLead: { LOC: 2 },
  /** "Dynamo Moscow", "Chittagong Cement": a place name plus other words names a team or a company. */
  placeInOtherName: { ORG: 1.5 },
  sportsTeamHead: { ORG: 3 },
  taggedFirstName: { PER: 2.5 },
  taggedPerson: { PER: 1.2 },
  taggedOrganization: { ORG: 1 },
  taggedPlace: { LOC: 1 },
  taggedPlaceInSports: { ORG: 1 },
  acronym: { ORG: 1 },
  placePreposition: { LOC: 0.8 },
  /** "the Wuxi area", "in Sonora state", "the capital Port Louis", "the town of Bou Haroun". */
  placeNoun: { LOC: 2 },
  orgContextNoun: { ORG: 2 },
  /** "analyst at Credit Suisse", "strategist with Rinaco Plus": where someone works. */
  employerAfterRole: { ORG: 2.5 },
  /** "Tallinna Pank, one of the largest banks", "Comelf, the company": an appositive names the kind of organization. */
  orgAppositive: { ORG: 2.5 },
  /** "Bill Brett, chairman of the ILO Workers Group": an appositive gives the person's role. */
  roleAppositive: { PER: 2 },
  /** "Comelf said it", "Pank said its": an organization speaks of itself as "it". */
  saidIt: { ORG: 1.5 },
  /** "Wagner chief": a role noun after the name makes it the organization of someone. */
  roleNounAfter: { PER: -2 },
  roleNounBefore: { PER: 1.5 },
  speechVerbAfter: { PER: 0.6 },
  /** "…," said Campese.: the name after an inverted speech verb, ending its sentence. */
  speechVerbBefore: { PER: 0.6 },
  teamLine: { ORG: 3 },
  teamInTable: { ORG: 2 },
  playerInTable: { PER: 2 },
  initialFirst: { PER: 3 },
  /** "Paris, France": a place followed by a comma and a known place. */
  placeBeforeCommaPlace: { LOC: 1.5 },
  /** "Florence Masnada (France)": an athlete and her country. */
  athleteAndCountry: { PER: 1.5 },
  athleteAndCountryInSports: { PER: 3 },
  /** "-- Luli Popescu, Bucharest Newsroom": the signature line of a wire story. */
  signature: { PER: 4 },
  /** "Given, Breen, Staunton, Irwin": a line-up in a sports report. */
  lineup: { PER: 4 },
  /** Scorers: "(Zola 12, Vialli 55)". */
  scorer: { PER: 2 },
  /** A name with a minute or a score inside parentheses of a sports line: "(Zola 12, Vialli 55)". */
  scorerInParentheses: { PER: 2 },
  /** "the Orioles", "the Wallabies": a capitalised plural after "the" in a sports report is a team. */
  teamNickname: { ORG: 2.5 },
  /** "c Tillman b Oakes 13", "Oakes 10-0-41-2": a cricket scorecard names players. */
  scorecardPlayer: { PER: 3 },
  /** "Luis Figo (Barcelona)", "Paul Gascoigne (Rangers)": the club after a player. */
  clubAfterPlayer: { ORG: 3 },
  /** Two or three mixed-case words with no other evidence are most often a person. */
  plainMixedCaseName: { PER: 0.7 },
} as const satisfies Record<string, Partial<Record<'PER' | 'LOC' | 'ORG', number>>>;

export type TypeEvidence = keyof typeof TYPE_WEIGHTS;

function add(c: Candidate, evidence: TypeEvidence): void {
  const weights: Partial<Record<'PER' | 'LOC' | 'ORG', number>> = TYPE_WEIGHTS[evidence];
  for (const [type, weight] of Object.entries(weights) as ['PER' | 'LOC' | 'ORG', number][]) c.votes[type] += weight;
}

export function typeCandidate(ctx: DocContext, c: Candidate, words: Word[], sports: boolean): void {
  const s = settingOf(ctx, c, words, sports);
  if (s.dateline) {
    add(c, 'dateline');
    c.fixed = 'LOC';
  } else if (isDatelineRegion(ctx, c, s)) {
    add(c, 'datelineRegion');
    c.fixed = 'LOC';
  } else if (sports && s.place && isVenue(ctx, c, s)) {
    add(c, 'venue');
    c.fixed = 'LOC';
  } else if (sports && s.place && s.place !== 'country' && !s.tableRow && qualifiesNoun(c, s)) {
    // "the Volgograd side", "the London club": the city qualifying a noun is the place, whatever the team mentions say
    add(c, 'cityBeforeNoun');
    c.fixed = 'LOC';
  }
  voteFromLexicon(c, s, sports);
  voteFromTags(c, s, sports);
  voteFromContext(ctx, c, s, sports);
  if (c.words.length === 1 && qualifiesAnyNoun(c, s)) c.modifier = true;
}

/** Gazetteers, organization and place heads. */
function voteFromLexicon(c: Candidate, s: Setting, sports: boolean): void {
  const ws = c.words;
  const firstW = ws[0]!;
  const lower = c.text.toLowerCase();
  const firstLower = firstW.lower;
  const lastLower = ws[ws.length - 1]!.lower.replace(POSSESSIVE, '');
  if (KNOWN_ORGS.has(lower) && !(AMBIGUOUS_ORG.has(lower) && (HAS_LOWER.test(c.text) || firstW.weak)))
    add(c, 'knownOrganization');
  if (s.place === 'country') add(c, 'country');
  else if (s.place) {
    if (sports && (s.tableRow || (!SPORTS_VENUE_PREPOSITIONS.has(s.beforeLower) && !s.dateline))) add(c, 'sportsCity');
    add(c, 'cityOrRegion');
  }
  if (ws.length > 1) {
    if (ORG_HEADS.has(lastLower))
      add(c, ws.length === 2 && firstW.tags.has('FirstName') ? 'orgHeadAfterFirstName' : 'orgHead');
    if (ORG_LEADS.has(firstLower) && ws.some((w) => w.lower === 'of' || w.lower === 'for')) add(c, 'orgLeadWithOf');
    if (PLACE_HEADS.has(lastLower) && !(sports && lastLower === 'city')) add(c, 'placeHead');
    if (PLACE_LEADS.has(firstLower) && placeKind(joinLower(ws.slice(1)))) add(c, 'placeLeadBeforePlace');
    if (PLACE_LEADS.has(firstLower) && ['lake', 'mount', 'mt', 'mt.', 'cape', 'fort'].includes(firstLower))
      add(c, 'geographicLead');
  }
  if (
    !s.place &&
    ws.length > 1 &&
    !firstW.tags.has('FirstName') &&
    ws.some((w) => placeKind(w.lower)) &&
    !ws.some((w) => PLACE_HEADS.has(w.lower) || PLACE_LEADS.has(w.lower) || isDemonym(w.lower))
  )
    add(c, 'placeInOtherName');
  if (sports && ws.length > 1 && SPORTS_TEAM_HEADS.has(lastLower)) add(c, 'sportsTeamHead');
}

/** compromise's own lexicon and tagger. */
function voteFromTags(c: Candidate, s: Setting, sports: boolean): void {
  const ws = c.words;
  const firstW = ws[0]!;
  const tagged = (tag: string): number => ws.filter((w) => w.tags.has(tag)).length;
  if (tagged('FirstName') && ws.length > 1 && !firstW.tags.has('Place')) add(c, 'taggedFirstName');
  else if (tagged('Person')) add(c, 'taggedPerson');
  if (tagged('Organization')) add(c, 'taggedOrganization');
  if (tagged('Place') && !s.place) add(c, sports && !s.dateline ? 'taggedPlaceInSports' : 'taggedPlace');
  if (ws.length === 1 && /^\p{Lu}{2,6}$/u.test(c.text.replace(/\./g, '')) && !firstW.capsLine) add(c, 'acronym');
}

/** The words around the name and the line it stands on. */
function voteFromContext(ctx: DocContext, c: Candidate, s: Setting, sports: boolean): void {
  const ws = c.words;
  const firstW = ws[0]!;
  const lastW = ws[ws.length - 1]!;
  const { before, after, beforeLower, afterLower } = s;
  if (sports ? SPORTS_VENUE_PREPOSITIONS.has(beforeLower) : LOC_PREPOSITIONS.has(beforeLower))
    add(c, 'placePreposition');
  // "Wagner chief" but not "Bill Brett, chairman of …": a noun after the name counts only with nothing between
  const tightAfter = lastW.last.post.trim() === '';
  if (ORG_CONTEXT_NOUNS.has(beforeLower) || (tightAfter && ORG_CONTEXT_NOUNS.has(afterLower))) add(c, 'orgContextNoun');
  else if (!sports && isBesidePlaceNoun(c, s)) add(c, 'placeNoun');
  if (ROLE_NOUNS.has(afterLower) && after && !after.cap && tightAfter) add(c, 'roleNounAfter');
  if (before && !before.cap && ROLE_NOUNS.has(beforeLower)) add(c, 'roleNounBefore');
  if (isEmployerAfterRole(s)) add(c, 'employerAfterRole');
  const following = ctx.text.slice(c.end, c.end + APPOSITIVE_WINDOW);
  if (appositiveNamesOrganization(following)) add(c, 'orgAppositive');
  else if (ws.length <= 3 && appositiveNamesRole(following)) add(c, 'roleAppositive');
  const personLike = ws.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'));
  if (!personLike && /^\s+(?:said|says)\s+its?\s+(?!was|is|would|will|had|has)/.test(following)) add(c, 'saidIt');
  if (SPEECH_VERBS.has(afterLower) && ws.length <= 3) add(c, 'speechVerbAfter');
  else if (before && SPEECH_VERBS.has(beforeLower) && ws.length <= 3 && /^\s*[.,;]?\s*$/.test(lastW.last.post))
    add(c, 'speechVerbBefore');
  if (s.tableRow && teamLine(ctx, c)) add(c, 'teamLine');
  if (s.tableRow) {
    // Result tables list teams (often named after places) or players.
    const team = ws.some((w) => placeKind(w.lower) || ORG_HEADS.has(w.lower)) || ws.length === 1;
    add(c, team && !(ws.length > 1 && ws.some((w) => w.tags.has('FirstName'))) ? 'teamInTable' : 'playerInTable');
  }
  if (ws.length > 1 && /^\p{Lu}\.$/u.test(firstW.text)) add(c, 'initialFirst');
  if (lastW.last.post.startsWith(',') && after && placeKind(after.lower) && !(sports && isListItem(ctx, after)))
    add(c, 'placeBeforeCommaPlace');
  if (
    after &&
    (/^\s*\(/.test(lastW.last.post) || after.first.pre.includes('(')) &&
    placeKind(after.lower) &&
    ws.length > 1
  )
    add(c, sports ? 'athleteAndCountryInSports' : 'athleteAndCountry');
  if (isSignature(ctx, c)) add(c, 'signature');
  if (sports && ws.length <= 2 && isLineupCell(ctx, c)) add(c, 'lineup');
  const minuteAfter = !!after && after.line === lastW.line && NUMBER_CELL.test(after.text);
  if (
    sports &&
    minuteAfter &&
    /[,)]/.test(after!.text + after!.last.post) &&
    (firstW.first.pre.includes('(') || (before !== undefined && before.last.post.includes(',')))
  )
    add(c, 'scorer');
  if (sports && minuteAfter && inParentheses(ctx, c)) add(c, 'scorerInParentheses');
  if (sports && s.place !== 'country' && isClubAfterPlayer(ctx, c, s)) add(c, 'clubAfterPlayer');
  if (
    sports &&
    beforeLower === 'the' &&
    lastW.tags.has('Plural') &&
    !s.place &&
    !isDemonym(lastW.lower) &&
    !lastW.tags.has('Person')
  )
    add(c, 'teamNickname');
  if (
    sports &&
    ((before && !before.cap && before.line === firstW.line && SCORECARD_MARKERS.has(beforeLower)) ||
      (after && BOWLING_FIGURES.test(after.text)))
  )
    add(c, 'scorecardPlayer');
  const v = c.votes;
  if (
    HAS_LOWER.test(c.text) &&
    /\p{Lu}{2}/u.test(c.text) === false &&
    ws.length >= 2 &&
    ws.length <= 3 &&
    !v.ORG &&
    !v.LOC &&
    // "Quiet Farmers", "Berth Status": common English words alone are no person's name
    !ws.every((w) => COMMON_WORDS.has(w.lower.replace(POSSESSIVE, '')))
  )
    add(c, 'plainMixedCaseName');
}
