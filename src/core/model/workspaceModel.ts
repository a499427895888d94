// Aggregates per-file summaries into the workspace view: speakers → quotes, places → mentions by
// article, organizations, claims by source, each under one identity across the collection (identity.ts).
// Pure; rebuilt from summaries whenever one changes.
import type { EntityType } from '../../engine/types';
import { mergeRanges, rangeCount, type PackedRanges } from '../summary/packedRanges';
import { linkIdentities, type CollectionIdentities } from '../identity/identity';
import type { ClaimSummary, FileSummary, QuoteSummary } from '../summary/summary';

export interface FileRanges {
  path: string;
  /** In document order, four numbers per range (packedRanges.ts); shared with the file's summary, so never mutated. */
  ranges: PackedRanges;
}

export interface EntityGroup {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  /** Mentions per article, articles in path order. */
  files: FileRanges[];
  total: number;
}

export interface QuoteRef {
  path: string;
  quote: QuoteSummary;
}

export interface SpeakerGroup {
  key: string;
  name: string;
  anonymous: boolean;
  quotes: QuoteRef[];
}

export interface ClaimRef {
  path: string;
  claim: ClaimSummary;
}

export interface ClaimSourceGroup {
  key: string;
  name: string;
  anonymous: boolean;
  claims: ClaimRef[];
}

export interface WorkspaceModel {
  fileCount: number;
  /** Every entity group by key, aliases resolved. */
  entities: ReadonlyMap<string, EntityGroup>;
  people: EntityGroup[];
  places: EntityGroup[];
  organizations: EntityGroup[];
  speakers: SpeakerGroup[];
  claimSources: ClaimSourceGroup[];
  /**
   * The workspace-wide key an article-local entity or speaker key belongs to. With the article's path, a
   * surname resolves in that article's context first ("Clinton" where only Hillary Clinton is named).
   */
  resolve(key: string, path?: string): string;
}

const byCountThenName =
  <T extends { name: string }>(count: (x: T) => number) =>
  (a: T, b: T): number =>
    count(b) - count(a) || a.name.localeCompare(b.name);

/** Stage 2: entities grouped by identity, mentions per article in document order. */
function groupEntities(files: readonly FileSummary[], identities: CollectionIdentities): Map<string, EntityGroup> {
  const entities = new Map<string, EntityGroup>();
  for (const file of files) {
    const keys = identities.entityIdentities(file.path);
    for (const [i, e] of file.entities.entries()) {
      const key = keys?.[i] ?? identities.resolve(e.key, file.path);
      let group = entities.get(key);
      if (!group) {
        const type = identities.typeOf(key) ?? e.type;
        group = { key, type, name: identities.nameOf(key) ?? e.name, aliases: [], files: [], total: 0 };
        entities.set(key, group);
      }
      for (const alias of e.aliases) if (!group.aliases.includes(alias)) group.aliases.push(alias);
      if (e.role && !group.role) group.role = e.role;
      const last = group.files[group.files.length - 1];
      if (last?.path === file.path) last.ranges = mergeRanges(last.ranges, e.mentions);
      else group.files.push({ path: file.path, ranges: e.mentions });
      group.total += rangeCount(e.mentions);
    }
  }
  return entities;
}

/** Stage 3: quotes by speaker and claims by source, under the same identities. */
function groupSources(
  files: readonly FileSummary[],
  identities: CollectionIdentities,
): { speakers: Map<string, SpeakerGroup>; sources: Map<string, ClaimSourceGroup> } {
  const speakers = new Map<string, SpeakerGroup>();
  const sources = new Map<string, ClaimSourceGroup>();
  for (const file of files) {
    for (const quote of file.quotes) {
      if (!quote.speaker || !quote.speakerKey) continue;
      const key = identities.resolve(quote.speakerKey, file.path);
      let group = speakers.get(key);
      if (!group) speakers.set(key, (group = { key, name: quote.speaker, anonymous: !!quote.anonymous, quotes: [] }));
      group.quotes.push({ path: file.path, quote });
    }
    for (const claim of file.claims) {
      const key = identities.resolve(claim.sourceKey, file.path);
      let group = sources.get(key);
      if (!group) sources.set(key, (group = { key, name: claim.source, anonymous: !!claim.anonymous, claims: [] }));
      group.claims.push({ path: file.path, claim });
    }
  }
  return { speakers, sources };
}

export function buildWorkspaceModel(summaries: Iterable<FileSummary>): WorkspaceModel {
  // 1. articles in path order; one identity per person, place and organization across them
  const files = [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const identities = linkIdentities(files);
  // 2–3. entities, speakers and claim sources grouped by identity
  const entities = groupEntities(files, identities);
  const { speakers, sources } = groupSources(files, identities);
  // 4. speakers and sources that are entities take the entity's name
  for (const group of [...speakers.values(), ...sources.values()]) {
    const entity = entities.get(group.key);
    if (entity) group.name = entity.name;
  }
  // 5. lists, most mentioned first
  const ofType = (type: EntityType): EntityGroup[] =>
    [...entities.values()].filter((g) => g.type === type).sort(byCountThenName((g) => g.total));
  return {
    fileCount: files.length,
    entities,
    people: ofType('PER'),
    places: ofType('LOC'),
    organizations: ofType('ORG'),
    speakers: [...speakers.values()].sort(byCountThenName((g) => g.quotes.length)),
    claimSources: [...sources.values()].sort(byCountThenName((g) => g.claims.length)),
    resolve: identities.resolve,
  };
}
