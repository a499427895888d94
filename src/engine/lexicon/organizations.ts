// Generic organization knowledge: heads and leads that make a name an organization, and
// well-known international bodies, news agencies and broadcasters (lower case). The lists are data files.
import knownOrganizations from './known-organizations.txt';
import orgHeads from './org-heads.txt';
import orgLeads from './org-leads.txt';
import organizationKinds from './organization-kinds.txt';
import { wordSet } from './wordList';

/** A capitalised phrase ending in one of these is an organization: "Foreign Affairs Council". */
export const ORG_HEADS = wordSet(orgHeads);

/** A capitalised phrase starting with one of these (and usually "of") is an organization: "Bank of Japan". */
export const ORG_LEADS = wordSet(orgLeads);

/** Well-known organizations, agencies and media known by name or acronym. */
export const KNOWN_ORGS = wordSet(knownOrganizations);

/** Kinds of organization an appositive names: "Tallinna Pank, one of the largest banks". */
export const ORGANIZATION_KINDS = wordSet(organizationKinds);
