// Aggregates per-file summaries into the workspace view: speakers → quotes, places → mentions by
// article, organizations, claims by source. Pure; rebuilt from summaries whenever one changes.
import type { EntityType } from '../engine/types';
import type { RangeTuple } from './lineIndex';
import { normaliseName, type ClaimSummary, type FileSummary, type QuoteSummary } from './summary';

export interface FileRanges {
  path: string;
  /** In document order; shared with the file's summary, so never mutated. */
  ranges: readonly RangeTuple[];
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
  /** The workspace-wide key an article-local entity or speaker key belongs to. */
  resolve(key: string): string;
}

/**
 * Articles often name a person in full once and by surname elsewhere: a single-name entity merges into
 * the one multi-word entity of the same type that lists it as an alias (or, for people, as a surname).
 */
function aliasResolver(files: readonly FileSummary[]): (key: string) => string {
  const fullByAlias = new Map<string, Set<string>>();
  const register = (alias: string, key: string): void => {
    let keys = fullByAlias.get(alias);
    if (!keys) fullByAlias.set(alias, (keys = new Set()));
    keys.add(key);
  };
  for (const file of files) {
    for (const e of file.entities) {
      const words = normaliseName(e.name).split(' ');
      if (words.length < 2) continue;
      for (const alias of e.aliases) {
        const a = `${e.type}:${normaliseName(alias)}`;
        if (a !== e.key) register(a, e.key);
      }
      if (e.type === 'PER') register(`PER:${words[words.length - 1]}`, e.key);
    }
  }
  return (key) => {
    const targets = fullByAlias.get(key);
    if (!targets || targets.size !== 1) return key;
    return targets.values().next().value ?? key;
  };
}

const byCountThenName = <T extends { name: string }>(count: (x: T) => number) => (a: T, b: T): number =>
  count(b) - count(a) || a.name.localeCompare(b.name);

export function buildWorkspaceModel(summaries: Iterable<FileSummary>): WorkspaceModel {
  const files = [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const resolve = aliasResolver(files);
  const entities = new Map<string, EntityGroup>();
  const speakers = new Map<string, SpeakerGroup>();
  const sources = new Map<string, ClaimSourceGroup>();

  for (const file of files) {
    for (const e of file.entities) {
      const key = resolve(e.key);
      let group = entities.get(key);
      if (!group) {
        group = { key, type: e.type, name: e.name, aliases: [], files: [], total: 0 };
        entities.set(key, group);
      }
      if (key === e.key && e.name.length > group.name.length) group.name = e.name;
      for (const alias of e.aliases) if (!group.aliases.includes(alias)) group.aliases.push(alias);
      if (e.role && !group.role) group.role = e.role;
      const last = group.files[group.files.length - 1];
      if (last?.path === file.path) last.ranges = [...last.ranges, ...e.mentions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      else group.files.push({ path: file.path, ranges: e.mentions });
      group.total += e.mentions.length;
    }
    for (const quote of file.quotes) {
      if (!quote.speaker || !quote.speakerKey) continue;
      const key = resolve(quote.speakerKey);
      let group = speakers.get(key);
      if (!group) speakers.set(key, (group = { key, name: quote.speaker, anonymous: !!quote.anonymous, quotes: [] }));
      group.quotes.push({ path: file.path, quote });
    }
    for (const claim of file.claims) {
      const key = resolve(claim.sourceKey);
      let group = sources.get(key);
      if (!group) sources.set(key, (group = { key, name: claim.source, anonymous: !!claim.anonymous, claims: [] }));
      group.claims.push({ path: file.path, claim });
    }
  }
  for (const group of [...speakers.values(), ...sources.values()]) {
    const entity = entities.get(group.key);
    if (entity) group.name = entity.name;
  }

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
    resolve,
  };
}
