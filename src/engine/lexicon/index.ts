// The lexicon's one loader: every word list (a folder per concept, one entry per line, `#` comments) parsed once.
// Only this file imports `.txt` lists; the rest of the code reads them from here (see README "Where things live").
import peopleFemaleTitles from './people/female-titles.txt';
import peopleMaleTitles from './people/male-titles.txt';
import peopleNameParticles from './people/name-particles.txt';
import peopleNameQualifiers from './people/name-qualifiers.txt';
import peopleNameSuffixes from './people/name-suffixes.txt';
import peoplePeopleAdjectives from './people/people-adjectives.txt';
import peoplePlainHonorifics from './people/plain-honorifics.txt';
import peopleRoleNouns from './people/role-nouns.txt';
import peopleScorecardMarkers from './people/scorecard-markers.txt';
import peopleTitleModifiers from './people/title-modifiers.txt';
import peopleTitles from './people/titles.txt';
import placesCities from './places/cities.txt';
import placesCountries from './places/countries.txt';
import placesDemonyms from './places/demonyms.txt';
import placesPlaceHeads from './places/place-heads.txt';
import placesPlaceLeads from './places/place-leads.txt';
import placesPlaceNouns from './places/place-nouns.txt';
import placesPlacePrepositions from './places/place-prepositions.txt';
import placesRegions from './places/regions.txt';
import organizationsAmbiguousOrganizations from './organizations/ambiguous-organizations.txt';
import organizationsCompanySuffixes from './organizations/company-suffixes.txt';
import organizationsDescriptionKinds from './organizations/description-kinds.txt';
import organizationsKnownOrganizations from './organizations/known-organizations.txt';
import organizationsOrgContextNouns from './organizations/org-context-nouns.txt';
import organizationsOrgHeads from './organizations/org-heads.txt';
import organizationsOrgLeads from './organizations/org-leads.txt';
import organizationsOrganizationKinds from './organizations/organization-kinds.txt';
import organizationsPartyWords from './organizations/party-words.txt';
import organizationsSports from './organizations/sports.txt';
import organizationsSportsTeamHeads from './organizations/sports-team-heads.txt';
import namesAliases from './names/aliases.txt';
import namesCommonCapitalised from './names/common-capitalised.txt';
import namesCommonWords from './names/common-words.txt';
import namesDescriptiveSuffixes from './names/descriptive-suffixes.txt';
import namesEventHeads from './names/event-heads.txt';
import namesMiscHeads from './names/misc-heads.txt';
import namesNameConnectors from './names/name-connectors.txt';
import verbsActionVerbs from './verbs/action-verbs.txt';
import verbsAdverbProneCues from './verbs/adverb-prone-cues.txt';
import verbsClauseOnlyVerbs from './verbs/clause-only-verbs.txt';
import verbsExperiencerParticiples from './verbs/experiencer-participles.txt';
import verbsNonReportingPhrasals from './verbs/non-reporting-phrasals.txt';
import verbsNounProneCues from './verbs/noun-prone-cues.txt';
import verbsReducedPassives from './verbs/reduced-passives.txt';
import verbsSpeechVerbs from './verbs/speech-verbs.txt';
import verbsThoughtVerbs from './verbs/thought-verbs.txt';
import verbsVerbFormFixes from './verbs/verb-form-fixes.txt';
import sourcesAnonymousSources from './sources/anonymous-sources.txt';
import sourcesNotSpeakerLabels from './sources/not-speaker-labels.txt';
import sourcesSubjectSkipWords from './sources/subject-skip-words.txt';
import sourcesUnnamedSourceLinks from './sources/unnamed-source-links.txt';
import claimsClaimNouns from './claims/claim-nouns.txt';
import claimsHedges from './claims/hedges.txt';
import claimsSurveyNouns from './claims/survey-nouns.txt';
import claimsTimeOrObject from './claims/time-or-object.txt';
import claimsTopicLinks from './claims/topic-links.txt';
import grammarAppositiveStops from './grammar/appositive-stops.txt';
import grammarClauseWords from './grammar/clause-words.txt';
import grammarDatePrepositions from './grammar/date-prepositions.txt';
import grammarMonths from './grammar/months.txt';
import grammarQualifierDeterminers from './grammar/qualifier-determiners.txt';
import grammarTitleCaseFunctionWords from './grammar/title-case-function-words.txt';
import grammarTitleCaseSmallWords from './grammar/title-case-small-words.txt';
import grammarMeaningNeutralWords from './grammar/meaning-neutral-words.txt';
import grammarModalVerbs from './grammar/modal-verbs.txt';
import grammarNegations from './grammar/negations.txt';
import grammarOrdinals from './grammar/ordinals.txt';
import { parseWordList } from './wordList';

export { wordSet } from './wordList';

/** People: titles, honorifics and roles before a name, and the parts of a name. */
export const PEOPLE = {
  femaleTitles: parseWordList(peopleFemaleTitles),
  maleTitles: parseWordList(peopleMaleTitles),
  nameParticles: parseWordList(peopleNameParticles),
  nameQualifiers: parseWordList(peopleNameQualifiers),
  nameSuffixes: parseWordList(peopleNameSuffixes),
  peopleAdjectives: parseWordList(peoplePeopleAdjectives),
  plainHonorifics: parseWordList(peoplePlainHonorifics),
  roleNouns: parseWordList(peopleRoleNouns),
  scorecardMarkers: parseWordList(peopleScorecardMarkers),
  titleModifiers: parseWordList(peopleTitleModifiers),
  titles: parseWordList(peopleTitles),
} as const;

/** Places: gazetteers, demonyms and the words that make a name a place. */
export const PLACES = {
  cities: parseWordList(placesCities),
  countries: parseWordList(placesCountries),
  demonyms: parseWordList(placesDemonyms),
  placeHeads: parseWordList(placesPlaceHeads),
  placeLeads: parseWordList(placesPlaceLeads),
  placeNouns: parseWordList(placesPlaceNouns),
  placePrepositions: parseWordList(placesPlacePrepositions),
  regions: parseWordList(placesRegions),
} as const;

/** Organizations: known names and the words that make a name an organization. */
export const ORGANIZATIONS = {
  ambiguousOrganizations: parseWordList(organizationsAmbiguousOrganizations),
  companySuffixes: parseWordList(organizationsCompanySuffixes),
  descriptionKinds: parseWordList(organizationsDescriptionKinds),
  knownOrganizations: parseWordList(organizationsKnownOrganizations),
  orgContextNouns: parseWordList(organizationsOrgContextNouns),
  orgHeads: parseWordList(organizationsOrgHeads),
  orgLeads: parseWordList(organizationsOrgLeads),
  organizationKinds: parseWordList(organizationsOrganizationKinds),
  partyWords: parseWordList(organizationsPartyWords),
  sports: parseWordList(organizationsSports),
  sportsTeamHeads: parseWordList(organizationsSportsTeamHeads),
} as const;

/** Names of any kind: what joins, ends or disqualifies a capitalised phrase; aliases of one identity. */
export const NAMES = {
  aliases: parseWordList(namesAliases),
  commonCapitalised: parseWordList(namesCommonCapitalised),
  commonWords: parseWordList(namesCommonWords),
  descriptiveSuffixes: parseWordList(namesDescriptiveSuffixes),
  eventHeads: parseWordList(namesEventHeads),
  miscHeads: parseWordList(namesMiscHeads),
  nameConnectors: parseWordList(namesNameConnectors),
} as const;

/** Verbs: cue verbs of speech and thought, their forms, and the uses that are no cue. */
export const VERBS = {
  actionVerbs: parseWordList(verbsActionVerbs),
  adverbProneCues: parseWordList(verbsAdverbProneCues),
  clauseOnlyVerbs: parseWordList(verbsClauseOnlyVerbs),
  experiencerParticiples: parseWordList(verbsExperiencerParticiples),
  nonReportingPhrasals: parseWordList(verbsNonReportingPhrasals),
  nounProneCues: parseWordList(verbsNounProneCues),
  reducedPassives: parseWordList(verbsReducedPassives),
  speechVerbs: parseWordList(verbsSpeechVerbs),
  thoughtVerbs: parseWordList(verbsThoughtVerbs),
  verbFormFixes: parseWordList(verbsVerbFormFixes),
} as const;

/** Sources of speech: unnamed sources, what stands between a speaker and the cue, labels that are no speaker. */
export const SOURCES = {
  anonymousSources: parseWordList(sourcesAnonymousSources),
  notSpeakerLabels: parseWordList(sourcesNotSpeakerLabels),
  subjectSkipWords: parseWordList(sourcesSubjectSkipWords),
  unnamedSourceLinks: parseWordList(sourcesUnnamedSourceLinks),
} as const;

/** Claims: cue nouns, topic links, what stands between a cue and its content, hedges. */
export const CLAIMS = {
  claimNouns: parseWordList(claimsClaimNouns),
  hedges: parseWordList(claimsHedges),
  surveyNouns: parseWordList(claimsSurveyNouns),
  timeOrObject: parseWordList(claimsTimeOrObject),
  topicLinks: parseWordList(claimsTopicLinks),
} as const;

/** Grammar: function words, months and clause words that shape a phrase. */
export const GRAMMAR = {
  appositiveStops: parseWordList(grammarAppositiveStops),
  clauseWords: parseWordList(grammarClauseWords),
  datePrepositions: parseWordList(grammarDatePrepositions),
  months: parseWordList(grammarMonths),
  qualifierDeterminers: parseWordList(grammarQualifierDeterminers),
  titleCaseFunctionWords: parseWordList(grammarTitleCaseFunctionWords),
  titleCaseSmallWords: parseWordList(grammarTitleCaseSmallWords),
  meaningNeutralWords: parseWordList(grammarMeaningNeutralWords),
  modalVerbs: parseWordList(grammarModalVerbs),
  negations: parseWordList(grammarNegations),
  ordinals: parseWordList(grammarOrdinals),
} as const;
