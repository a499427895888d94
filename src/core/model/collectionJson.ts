// The collection model as plain JSON (`seed-annotate --collection`): the identities the Sources tree
// shows, with counts, for researchers. Pure: the caller reads the files and prints the result.
import { buildWorkspaceModel, type EntityGroup, type WorkspaceModel } from './workspaceModel';
import type { FileSummary } from '../summary/summary';

export interface CollectionEntity {
  name: string;
  /** Every surface form seen across the collection ("Donald J. Trump", "Trump", …). */
  aliases: string[];
  /** Number of articles that mention it. */
  articles: number;
  /** Number of mentions over all articles. */
  mentions: number;
  /** Quotes and claims attributed to it. */
  quotes: number;
  claims: number;
  role?: string;
  /** The articles that mention it, in path order. */
  files: string[];
}

export interface CollectionSource {
  name: string;
  anonymous: boolean;
  /** The person, place or organization it is, when it is one ("PER"/"LOC"/"ORG"). */
  type?: string;
  articles: number;
}

export interface CollectionJson {
  articles: number;
  people: CollectionEntity[];
  places: CollectionEntity[];
  organizations: CollectionEntity[];
  speakers: (CollectionSource & { quotes: number })[];
  claimSources: (CollectionSource & { claims: number })[];
}

const distinctCount = (paths: Iterable<string>): number => new Set(paths).size;

export function collectionJson(model: WorkspaceModel, relative: (path: string) => string = (p) => p): CollectionJson {
  const quotesBy = new Map(model.speakers.map((s) => [s.key, s.quotes.length]));
  const claimsBy = new Map(model.claimSources.map((s) => [s.key, s.claims.length]));
  const entity = (g: EntityGroup): CollectionEntity => ({
    name: g.name,
    aliases: g.aliases,
    articles: g.files.length,
    mentions: g.total,
    quotes: quotesBy.get(g.key) ?? 0,
    claims: claimsBy.get(g.key) ?? 0,
    ...(g.role ? { role: g.role } : {}),
    files: g.files.map((f) => relative(f.path)),
  });
  const typeOf = (key: string): { type?: string } => {
    const type = model.entities.get(key)?.type;
    return type ? { type } : {};
  };
  return {
    articles: model.fileCount,
    people: model.people.map(entity),
    places: model.places.map(entity),
    organizations: model.organizations.map(entity),
    speakers: model.speakers.map((s) => ({
      name: s.name,
      anonymous: s.anonymous,
      ...typeOf(s.key),
      quotes: s.quotes.length,
      articles: distinctCount(s.quotes.map((q) => q.path)),
    })),
    claimSources: model.claimSources.map((s) => ({
      name: s.name,
      anonymous: s.anonymous,
      ...typeOf(s.key),
      claims: s.claims.length,
      articles: distinctCount(s.claims.map((c) => c.path)),
    })),
  };
}

/** Summaries of a collection's articles → its model as JSON. */
export function summariesToCollectionJson(
  summaries: readonly FileSummary[],
  relative?: (path: string) => string,
): CollectionJson {
  return collectionJson(buildWorkspaceModel(summaries), relative);
}
