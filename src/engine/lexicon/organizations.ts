// Generic organization knowledge: heads and leads that make a name an organization, context nouns, sports, and
// well-known international bodies, news agencies and broadcasters (lower case).
import { ORGANIZATIONS, wordSet } from './index';

/** A capitalised phrase ending in one of these is an organization: "Foreign Affairs Council". */
export const ORG_HEADS = wordSet(ORGANIZATIONS.orgHeads);

/** A capitalised phrase starting with one of these (and usually "of") is an organization: "Bank of Japan". */
export const ORG_LEADS = wordSet(ORGANIZATIONS.orgLeads);

/** Well-known organizations, agencies and media known by name or acronym. */
export const KNOWN_ORGS = wordSet(ORGANIZATIONS.knownOrganizations);

/** Kinds of organization an appositive names: "Tallinna Pank, one of the largest banks". */
export const ORGANIZATION_KINDS = wordSet(ORGANIZATIONS.organizationKinds);

/** Lower-case nouns next to a name that make it an organization: "mercenary group Wagner", "Wagner chief". */
export const ORG_CONTEXT_NOUNS = wordSet(ORGANIZATIONS.orgContextNouns);

/** Sport names that open a sports report's headline ("SOCCER - ..."): teams there are organizations. */
export const SPORTS = wordSet(ORGANIZATIONS.sports);

/** "the utility" → the words of a name that make an organization of that kind ("power", "hydro", …). */
export const DESCRIPTION_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ORGANIZATIONS.descriptionKinds.map((line) => {
    const [noun, ...words] = line.toLowerCase().split(/\s+/);
    return [noun!, new Set(words)] as const;
  }),
);
