// One identity per person, place and organization across a collection of articles. Pure.
//   1. Every distinct entity name is reduced to its identity form (nameForms.ts): titles, datelines, middle
//      initials and possessives go ("U.S. President Barack Obama" → barack obama); the alias table joins
//      "U.S." = "United States" = "America".
//   2. Full forms are identities; a full form with middle names joins its "first last" form.
//   3. The short forms (surname, first name, acronym, the engine's aliases) each identity is called by are
//      indexed per article and for the collection.
//   4. A short form goes to the article's own full name when exactly one fits, else to the collection's
//      dominant one, else stays apart. Sources that are no entity join an identity that exists, if any.
import type { EntityType } from '../../engine/types';
import { aliasEntry, nameForm, type NameForm } from './nameForms';
import { normaliseName } from '../summary/entityKey';
import { rangeCount } from '../summary/packedRanges';
import { type FileSummary } from '../summary/summary';

export interface CollectionIdentities {
  /** The collection-wide key of an article's entity or source key; pass the article's path when known. */
  resolve(key: string, path?: string): string;
  /** The identity of each entity of an article's summary, in the summary's order. */
  entityIdentities(path: string): readonly string[] | undefined;
  /** How an identity is shown: its most mentioned full name ("Donald Trump"), or the alias table's name. */
  nameOf(identityKey: string): string | undefined;
  /** The type of an identity (an alias-table entry may make an "organization" a place). */
  typeOf(identityKey: string): EntityType | undefined;
}

/**
 * A short form names one identity of the collection when that identity has at least this share of the
 * articles that name anyone by it in full: a bare "Clinton" stays apart while Bill and Hillary Clinton
 * are both often named; a bare "Trump" is Donald Trump when other Trumps are rare.
 */
const DOMINANT_SHARE = 0.9;
/** Longer "full names" are mostly headline fragments ("Crowd Does Not Like Donald Trump"). */
const MAX_NAME_WORDS = 4;

/** One distinct name of the collection (an article-local key), shared by all its occurrences. */
interface NameRecord {
  type: EntityType;
  form: NameForm;
  short: boolean;
  /** The identity the name has by itself (stage 2); undefined for a short form. */
  own?: string;
  /** The identity of a short form without article context (stage 4). */
  alone?: string;
  mentions: number;
}

/** Short form → identity → [articles naming it in full, index of the last article counted]. */
type Counts = Map<string, Map<string, [number, number]>>;

/** Short forms → identities, counted in articles over the collection (acronyms and aliases by type). */
interface CollectionIndex {
  surnames: Counts;
  acronyms: Record<EntityType, Counts>;
  aliases: Record<EntityType, Counts>;
}

/** A short form of an article: the one identity it fits, or AMBIGUOUS when it fits several. */
const AMBIGUOUS = '';
type ArticleShorts = Map<string, string>;

/** Short forms → the identities named in full in one article. */
interface ArticleIndex {
  surnames: ArticleShorts;
  firstNames: ArticleShorts;
  acronyms: ArticleShorts;
}

const isShort = (type: EntityType, form: NameForm): boolean => form.words === 1 && (type === 'PER' || !!form.acronym);
const typeOfKey = (key: string): string => key.slice(0, key.indexOf(':'));
const nameOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);

/** Stage 1: one record per distinct entity key, and each file's entities' records in order. */
function readNames(files: readonly FileSummary[]): {
  records: Map<string, NameRecord | null>;
  byFile: (NameRecord | null)[][];
} {
  const records = new Map<string, NameRecord | null>();
  const byFile = files.map((file) =>
    file.entities.map((e) => {
      let record = records.get(e.key);
      if (record === undefined) {
        const form = nameForm(e.type, e.name);
        record = form ? { type: e.type, form, short: isShort(e.type, form), mentions: 0 } : null;
        records.set(e.key, record);
      }
      if (record) record.mentions += rangeCount(e.mentions);
      return record;
    }),
  );
  return { records, byFile };
}

/** Bare "first surname" → the initials of the middle parts it is used with ("donald trump" → {j}). */
type Middles = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Stage 2: the identity a name has by itself (undefined for a short form, which needs context). A name with
 * a middle part joins its bare form when the collection uses that bare form with no other middle part:
 * "Donald J. Trump" is Donald Trump, while "George W. Bush" and "George H.W. Bush" stay two people.
 */
function ownIdentity(type: EntityType, form: NameForm, middles: Middles): string | undefined {
  if (type !== 'PER') {
    const entry = aliasEntry(form);
    if (entry) return `${entry.type}:${normaliseName(entry.name)}`;
  }
  if (isShort(type, form)) return undefined;
  if (type === 'PER' && form.bareKey && middles.get(form.bareKey)?.size === 1) return `PER:${form.bareKey}`;
  return `${type}:${form.key}`;
}

function middlesOf(records: Iterable<NameRecord | null>): Middles {
  const middles = new Map<string, Set<string>>();
  for (const r of records) {
    if (r?.type !== 'PER' || !r.form.bareKey || r.form.middle === undefined) continue;
    const set = middles.get(r.form.bareKey);
    if (set) set.add(r.form.middle);
    else middles.set(r.form.bareKey, new Set([r.form.middle]));
  }
  return middles;
}

/** Counts article `article` once for a short form and identity: [articles, last article counted]. */
function countOnce(counts: Counts, short: string, identity: string, article: number): void {
  let byIdentity = counts.get(short);
  if (!byIdentity) counts.set(short, (byIdentity = new Map()));
  const count = byIdentity.get(identity);
  if (!count) byIdentity.set(identity, [1, article]);
  else if (count[1] !== article) {
    count[0]++;
    count[1] = article;
  }
}

function addTo(map: ArticleShorts, short: string, identity: string): void {
  const current = map.get(short);
  if (current === undefined) map.set(short, identity);
  else if (current !== identity) map.set(short, AMBIGUOUS);
}

const newArticleIndex = (): ArticleIndex => ({ surnames: new Map(), firstNames: new Map(), acronyms: new Map() });

/** Stage 3: the short forms of each article's full names, per article and counted over the collection. */
function indexShortForms(
  files: readonly FileSummary[],
  byFile: readonly (NameRecord | null)[][],
): { collection: CollectionIndex; articles: (ArticleIndex | undefined)[] } {
  const byType = (): Record<EntityType, Counts> => ({ PER: new Map(), LOC: new Map(), ORG: new Map() });
  const collection: CollectionIndex = { surnames: new Map(), acronyms: byType(), aliases: byType() };
  const articles = files.map((file, fileIndex) => {
    let article: ArticleIndex | undefined;
    const records = byFile[fileIndex]!;
    for (let i = 0; i < file.entities.length; i++) {
      const e = file.entities[i]!;
      const record = records[i];
      const identity = record?.own;
      if (!record || !identity) continue;
      const { type, form } = record;
      if (type === 'PER' && form.surname && identity.startsWith('PER:') && form.words <= MAX_NAME_WORDS) {
        countOnce(collection.surnames, form.surname, identity, fileIndex);
        addTo((article ??= newArticleIndex()).surnames, form.surname, identity);
        if (form.first) addTo(article.firstNames, form.first, identity);
      }
      if (type !== 'PER' && form.acronym && form.words > 1) {
        countOnce(collection.acronyms[type], form.acronym, identity, fileIndex);
        addTo((article ??= newArticleIndex()).acronyms, form.acronym, identity);
      }
      if (e.aliases.length < 2) continue;
      for (const alias of e.aliases) {
        // the name itself, and a person's surname (indexed above)
        if (alias === e.name || (type === 'PER' && e.name.endsWith(` ${alias}`))) continue;
        const aliasForm = nameForm(type, alias);
        // "RNC" of "RNC Rules Committee" is the engine's prefix match, not a name of it
        if (aliasForm && aliasForm.key !== form.key && (type === 'PER' || !form.key.startsWith(aliasForm.key)))
          countOnce(collection.aliases[type], aliasForm.key, identity, fileIndex);
      }
    }
    return article;
  });
  return { collection, articles };
}

/** The one identity an article's short form fits (undefined when it fits none or several). */
const only = (identity: string | undefined): string | undefined => identity || undefined;

/** The identity with at least DOMINANT_SHARE of the articles that name anyone by this short form in full. */
function dominant(counts: ReadonlyMap<string, readonly [number, number]> | undefined): string | undefined {
  if (!counts) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  let total = 0;
  for (const [identity, [n]] of counts) {
    total += n;
    if (n > bestCount) [best, bestCount] = [identity, n];
  }
  return bestCount >= DOMINANT_SHARE * total ? best : undefined;
}

/** In how many articles the collection names a person in full (counted under their surname). */
function articlesNaming(index: CollectionIndex, identity: string): number {
  const surname = identity.slice(identity.lastIndexOf(' ') + 1);
  return index.surnames.get(surname)?.get(identity)?.[0] ?? 0;
}

/** Stage 4: a short form → the article's own full name, else the collection's dominant one, else undefined. */
function resolveShortForm(
  type: EntityType,
  form: NameForm,
  index: CollectionIndex,
  article: ArticleIndex | undefined,
): string | undefined {
  if (type === 'PER') {
    const surname = form.surname ?? form.key;
    const bySurname = article?.surnames.get(surname);
    if (bySurname === AMBIGUOUS) return undefined; // Bill and Hillary Clinton in one article
    const byFirstName = only(article?.firstNames.get(form.key));
    const inArticle = only(bySurname);
    // a word that is one person's surname and another's first name: the one the collection names more often
    if (inArticle && byFirstName && inArticle !== byFirstName)
      return articlesNaming(index, byFirstName) > articlesNaming(index, inArticle) ? byFirstName : inArticle;
    return (
      inArticle ?? byFirstName ?? dominant(index.aliases.PER.get(form.key)) ?? dominant(index.surnames.get(surname))
    );
  }
  const short = form.acronym ?? form.key;
  const inArticle = article?.acronyms.get(short);
  if (inArticle === AMBIGUOUS) return undefined;
  return only(inArticle) ?? dominant(index.aliases[type].get(form.key)) ?? dominant(index.acronyms[type].get(short));
}

/** Whether an article's own full names bear on a short form (if not, it resolves as it does alone). */
function mayResolveInArticle(type: EntityType, form: NameForm, article: ArticleIndex): boolean {
  if (type !== 'PER') return article.acronyms.has(form.acronym ?? form.key);
  return article.surnames.has(form.surname ?? form.key) || article.firstNames.has(form.key);
}

/**
 * Display names: each identity's most mentioned full name (a short form only when it has no other); on a
 * tie the form that is the identity itself ("Donald Trump" before "Donald J. Trump"), then the longer.
 */
function chooseNames(records: Iterable<NameRecord | null>): Map<string, NameRecord> {
  const best = new Map<string, NameRecord>();
  const weight = (r: NameRecord): number => (r.short ? r.mentions / 1000 : r.mentions);
  for (const record of records) {
    const identity = record && (record.own ?? record.alone);
    if (!record || !identity) continue;
    const current = best.get(identity);
    if (!current) {
      best.set(identity, record);
      continue;
    }
    const [w, c] = [weight(record), weight(current)];
    const isItself = (r: NameRecord): boolean => identity === `${r.type}:${r.form.key}`;
    if (
      w !== c
        ? w > c
        : isItself(record) !== isItself(current)
          ? isItself(record)
          : record.form.display.length > current.form.display.length
    )
      best.set(identity, record);
  }
  return best;
}

/** The name an identity is shown by: the alias table's, or its best record's. */
const displayName = (r: NameRecord): string => (r.type !== 'PER' && aliasEntry(r.form)?.name) || r.form.display;

export function linkIdentities(files: readonly FileSummary[]): CollectionIdentities {
  return new IdentityLinks(files);
}

class IdentityLinks implements CollectionIdentities {
  private readonly records: Map<string, NameRecord | null>;
  private readonly middles: Middles;
  private readonly collection: CollectionIndex;
  private readonly names: Map<string, NameRecord>;
  /** Keys that are no entity name of the collection: sources, and keys of articles edited since. */
  private readonly others = new Map<string, string>();
  /** Article path → its keys that resolve otherwise in its own context. */
  private readonly perArticle = new Map<string, Map<string, string>>();
  private readonly entityKeys = new Map<string, string[]>();
  /** Source keys seen, with their one-word person form (which an article's context may link) or null. */
  private readonly oneWordSources = new Map<string, NameForm | null>();

  constructor(files: readonly FileSummary[]) {
    // 1–2. distinct names and the identities of full names
    const { records, byFile } = readNames(files);
    this.records = records;
    this.middles = middlesOf(records.values());
    for (const r of records.values()) if (r) r.own = ownIdentity(r.type, r.form, this.middles);
    // 3. short forms per article and over the collection
    const { collection, articles } = indexShortForms(files, byFile);
    this.collection = collection;
    // 4. short forms alone, then in each article's context
    for (const r of records.values())
      if (r?.short) r.alone = resolveShortForm(r.type, r.form, collection, undefined) ?? `${r.type}:${r.form.key}`;
    this.names = chooseNames(records.values());
    files.forEach((file, i) => this.linkArticle(file, byFile[i]!, articles[i]));
  }

  resolve = (key: string, path?: string): string => {
    const local = path === undefined ? undefined : this.perArticle.get(path)?.get(key);
    if (local) return local;
    let identity = this.alone(key);
    if (identity === undefined) this.others.set(key, (identity = this.fromKey(key)));
    return identity;
  };

  entityIdentities(path: string): readonly string[] | undefined {
    return this.entityKeys.get(path);
  }

  nameOf(identityKey: string): string | undefined {
    const record = this.names.get(identityKey);
    return record && displayName(record);
  }

  typeOf(identityKey: string): EntityType | undefined {
    const type = typeOfKey(identityKey);
    return type === 'PER' || type === 'LOC' || type === 'ORG' ? type : undefined;
  }

  /** The identity of a key without article context; undefined for a key never seen. */
  private alone(key: string): string | undefined {
    const r = this.records.get(key);
    return r === undefined ? this.others.get(key) : r ? (r.own ?? r.alone)! : key;
  }

  private setInArticle(path: string, key: string, identity: string): void {
    if (identity === this.alone(key)) return;
    let map = this.perArticle.get(path);
    if (!map) this.perArticle.set(path, (map = new Map()));
    map.set(key, identity);
  }

  /** An article's entities, speakers and claim sources in its own context. */
  private linkArticle(
    file: FileSummary,
    records: readonly (NameRecord | null)[],
    article: ArticleIndex | undefined,
  ): void {
    const identities = file.entities.map((e, i) => {
      const r = records[i];
      if (!r) return e.key;
      if (r.own) return r.own;
      if (!article || !mayResolveInArticle(r.type, r.form, article)) return r.alone!;
      const identity = resolveShortForm(r.type, r.form, this.collection, article) ?? `${r.type}:${r.form.key}`;
      this.setInArticle(file.path, e.key, identity);
      return identity;
    });
    this.entityKeys.set(file.path, identities);
    for (const q of file.quotes)
      if (q.speakerKey?.startsWith('SRC:') && q.speaker) this.linkSource(file.path, q.speakerKey, q.speaker, article);
    for (const c of file.claims)
      if (c.sourceKey.startsWith('SRC:')) this.linkSource(file.path, c.sourceKey, c.source, article);
  }

  private linkSource(path: string, key: string, name: string, article: ArticleIndex | undefined): void {
    let oneWord = this.oneWordSources.get(key);
    if (oneWord === undefined) {
      this.others.set(key, this.sourceIdentity(name, undefined) ?? key);
      const form = nameForm('PER', name);
      this.oneWordSources.set(key, (oneWord = form?.words === 1 ? form : null));
    }
    if (article && oneWord && mayResolveInArticle('PER', oneWord, article))
      this.setInArticle(path, key, this.sourceIdentity(name, article) ?? key);
  }

  /** A source that is no entity of its article joins an identity that exists, never makes one. */
  private sourceIdentity(name: string, article: ArticleIndex | undefined): string | undefined {
    const person = nameForm('PER', name);
    if (person && /^\p{Lu}/u.test(person.display)) {
      const identity = isShort('PER', person)
        ? resolveShortForm('PER', person, this.collection, article)
        : ownIdentity('PER', person, this.middles);
      if (identity && this.names.has(identity)) return identity;
    }
    const org = nameForm('ORG', name);
    if (!org || !/^\p{Lu}/u.test(org.display)) return undefined;
    for (const type of ['ORG', 'LOC'] as const) {
      const identity = ownIdentity(type, org, this.middles);
      if (identity && this.names.has(identity)) return identity;
    }
    return undefined;
  }

  /** Keys the collection has not seen (an article edited since it was indexed): linked without context. */
  private fromKey(key: string): string {
    const type = typeOfKey(key);
    if (type === 'SRC') return this.sourceIdentity(nameOfKey(key), undefined) ?? key;
    if (type !== 'PER' && type !== 'LOC' && type !== 'ORG') return key;
    const form = nameForm(type, nameOfKey(key));
    if (!form) return key;
    return (
      ownIdentity(type, form, this.middles) ??
      resolveShortForm(type, form, this.collection, undefined) ??
      `${type}:${form.key}`
    );
  }
}
