// Stage 6: clustering, one entity per name and its short forms in the document, typed by pooled votes.
import type { DocContext } from '../context';
import { COMMON_CAPITALISED, COMMON_WORDS } from '../lexicon/names';
import { SPORTS } from '../lexicon/organizations';
import { DEMONYM_PLACE } from '../lexicon/places';
import type { Entity, EntityType, Mention } from '../types';
import { TYPES, type Candidate } from './candidates';
import { CONNECTORS, HAS_LOWER, NAME_SUFFIXES, POSSESSIVE as POSSESSIVE_END } from './gazetteer';
import type { Word } from './words';

export function cluster(
  ctx: DocContext,
  candidates: Candidate[],
  lowerSeen: Set<string>,
): { entities: Entity[]; mentions: Mention[] } {
  const groups = groupByName(dropOverlaps(candidates));
  const wordCount = new Map([...groups.keys()].map((k) => [k, k.split(' ').length]));
  const keys = [...groups.keys()].sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || b.length - a.length);
  const parent = linkShortForms(groups, keys);
  const members = poolMembers(groups, keys, parent);
  const { entities, mentions } = dropFamilies(toEntities(groups, members, lowerSeen));
  linkDemonyms(ctx, entities);
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** Overlapping candidates: keep the first, longest. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

/** Identical names (a fixed type keeps its own group). */
function groupByName(kept: Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of kept) {
    const key = nameKey(c.text) + (c.fixed ? ` #${c.fixed}` : '');
    const g = groups.get(key) ?? [];
    g.push(c);
    groups.set(key, g);
  }
  return groups;
}

function total(g: Candidate[]): Record<EntityType, number> {
  const v: Record<EntityType, number> = { PER: 0, LOC: 0, ORG: 0 };
  for (const c of g) for (const t of TYPES) v[t] += c.votes[t];
  return v;
}

function best(v: Record<EntityType, number>): EntityType | undefined {
  let top: EntityType | undefined;
  for (const t of TYPES) if (v[t] > 0 && (!top || v[t] > v[top])) top = t;
  return top;
}

/** Short forms attached to longer names of the same document: surname → person, first word → organization. */
function linkShortForms(groups: Map<string, Candidate[]>, keys: string[]): Map<string, string> {
  const parent = new Map<string, string>();
  const byToken = new Map<string, string>();
  const byPrefix = new Map<string, string>();
  for (const key of keys) {
    const parts = key.split(' ');
    // "Santa Fe" after "Santa Fe Pacific Gold Corp"
    const prefixOwner = byPrefix.get(key);
    if (parts.length > 1 && prefixOwner) {
      const ownVotes = total(groups.get(key)!);
      if (Math.max(ownVotes.PER, ownVotes.LOC, ownVotes.ORG) / groups.get(key)!.length < 3.5)
        parent.set(key, prefixOwner);
    }
    if (parts.length > 2 && best(total(groups.get(key)!)) === 'ORG' && !key.includes('#')) {
      for (let n = 2; n < parts.length; n++) {
        const prefix = parts.slice(0, n).join(' ');
        if (!byPrefix.has(prefix) && !CONNECTORS.has(parts[n - 1]!)) byPrefix.set(prefix, key);
      }
    }
    if (parts.length === 1) {
      const owner = byToken.get(key);
      if (owner) {
        const ownerType = best(total(groups.get(owner)!));
        const ownType = best(total(groups.get(key)!));
        const ownVotes = total(groups.get(key)!);
        const strongOwn = ownType && ownVotes[ownType] >= 3.5;
        const ownerFirstName = groups.get(owner)!.some((c) => c.words[0]!.tags.has('FirstName'));
        if (ownerType === 'PER' && (!strongOwn || ownerFirstName || ownVotes.PER > 0)) parent.set(key, owner);
        else if (ownerType && ownerType !== 'PER' && (!ownType || ownVotes[ownType] / groups.get(key)!.length < 2))
          parent.set(key, owner);
      }
      continue;
    }
    const type = best(total(groups.get(key)!));
    if (type === 'PER') {
      const surname = parts.filter((p) => !NAME_SUFFIXES.has(p)).pop() ?? parts[parts.length - 1]!;
      if (!byToken.has(surname)) byToken.set(surname, key);
    } else if (type === 'ORG') {
      const firstWord = parts[0]!;
      if (!byToken.has(firstWord)) byToken.set(firstWord, key);
    }
  }
  for (const key of keys) {
    const parts = key.split(' ');
    if (
      parts.length > 1 &&
      best(total(groups.get(key)!)) === 'PER' &&
      !byToken.has(parts[0]!) &&
      !/\.$/.test(parts[0]!)
    )
      byToken.set(parts[0]!, key);
  }
  for (const key of keys) {
    if (key.includes(' ') || parent.has(key)) continue;
    const owner = byToken.get(key);
    if (owner && best(total(groups.get(owner)!)) === 'PER' && !best(total(groups.get(key)!))) parent.set(key, owner);
  }
  return parent;
}

/** Every group under the name it links to. */
function poolMembers(
  groups: Map<string, Candidate[]>,
  keys: string[],
  parent: Map<string, string>,
): Map<string, Candidate[]> {
  const members = new Map<string, Candidate[]>();
  const rootOf = (key: string): string => {
    let k = key;
    for (let hops = 0; parent.has(k) && hops < 10; hops++) k = parent.get(k)!;
    return k;
  };
  for (const key of keys) {
    const root = rootOf(key);
    const list = members.get(root) ?? [];
    list.push(...groups.get(key)!);
    members.set(root, list);
  }
  return members;
}

function toEntities(
  groups: Map<string, Candidate[]>,
  members: Map<string, Candidate[]>,
  lowerSeen: Set<string>,
): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const ordered = [...members.entries()].sort(
    (a, b) => Math.min(...a[1].map((c) => c.start)) - Math.min(...b[1].map((c) => c.start)),
  );
  for (const [root, list] of ordered) {
    // the full name decides; short forms linked to it only add a little
    const rootVotes = total(groups.get(root)!);
    const all = total(list);
    const decisive = Math.max(rootVotes.PER, rootVotes.LOC, rootVotes.ORG) >= 3;
    for (const t of TYPES) all[t] = decisive ? rootVotes[t] : rootVotes[t] + (all[t] - rootVotes[t]) * 0.3;
    if (list.every((c) => c.surnameOnly)) continue;
    const type = list[0]!.fixed ?? best(all) ?? guessType(list, lowerSeen);
    if (!type) continue;
    const id = `e${entities.length + 1}`;
    list.sort((a, b) => a.start - b.start);
    const names = [...new Set(list.map((c) => c.text))];
    const canonical =
      names
        .filter((n) => HAS_LOWER.test(n) || names.every((m) => !HAS_LOWER.test(m)))
        .sort((a, b) => b.length - a.length)[0] ?? names[0]!;
    const entity: Entity = {
      id,
      type,
      name: canonical,
      aliases: names,
      mentions: list.map((c) => ({ start: c.start, end: c.end })),
    };
    const role = list.find((c) => c.role)?.role;
    if (role) entity.role = role;
    if (type === 'PER') {
      const gender = list.find((c) => c.gender)?.gender ?? nameGender(list);
      if (gender) entity.gender = gender;
    }
    entities.push(entity);
    for (const c of list) mentions.push({ start: c.start, end: c.end, text: c.text, type, entityId: id });
  }
  return { entities, mentions };
}

/** "the Clintons", "the Obamas": a family named by the plural of a person's surname is not an organisation. */
function dropFamilies(found: { entities: Entity[]; mentions: Mention[] }): { entities: Entity[]; mentions: Mention[] } {
  const surnames = new Set<string>();
  for (const e of found.entities)
    if (e.type === 'PER' && e.name.includes(' ')) surnames.add(e.name.toLowerCase().split(/\s+/).pop()!);
  const family = (e: Entity): boolean =>
    e.type !== 'PER' && !e.name.includes(' ') && /s$/i.test(e.name) && surnames.has(e.name.toLowerCase().slice(0, -1));
  const dropped = new Set(found.entities.filter(family).map((e) => e.id));
  if (!dropped.size) return found;
  return {
    entities: found.entities.filter((e) => !dropped.has(e.id)),
    mentions: found.mentions.filter((m) => !dropped.has(m.entityId)),
  };
}

/** Without any evidence: two or three name-like words are most often a person, a lone word an organization. */
function guessType(list: Candidate[], lowerSeen: Set<string>): EntityType | undefined {
  // the headline "… BEAT KORVAN …" says nothing; a mention in running text does
  const c = list.find((m) => !m.words.every((w) => w.capsLine));
  if (!c) return undefined;
  const nameLike = (w: Word): boolean => {
    const t = w.tags;
    return (
      !lowerSeen.has(w.lower) &&
      !COMMON_CAPITALISED.has(w.lower) &&
      !SPORTS.has(w.lower) &&
      !t.has('Verb') &&
      !t.has('Adjective') &&
      !t.has('Plural') &&
      !t.has('Value')
    );
  };
  const common = (w: Word): boolean => COMMON_WORDS.has(w.lower.replace(POSSESSIVE_END, ''));
  // "Quiet Farmers", "Berth Status": common English words only, with no evidence of a name, are no person
  if (c.words.length >= 2 && c.words.length <= 3)
    return c.words.every(nameLike) && !c.words.every(common) ? 'PER' : undefined;
  // "Get", "Subscribe", "Death …": a lone word only ever capitalised at a sentence start has no evidence of a name
  if (c.words.length === 1 && list.every((m) => m.words[0]!.weak)) return undefined;
  // "the Yakoma tribe", "a Mercedes car": a word that only ever qualifies a noun names no organization
  if (c.words.length === 1 && list.every((m) => m.modifier)) return undefined;
  if (c.words.length > 3) return 'ORG';
  // "Train 40", "the Memorial": a common English word with no evidence of a name is none
  return nameLike(c.words[0]!) && !common(c.words[0]!) ? 'ORG' : undefined;
}

function nameGender(list: Candidate[]): Entity['gender'] {
  for (const c of list) {
    const first = c.words[0];
    if (first?.tags.has('MaleName')) return 'male';
    if (first?.tags.has('FemaleName')) return 'female';
  }
  return undefined;
}

function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
}

/** "Ukrainian", "Russians" → the Ukraine / Russia entities when they are in the document. */
function linkDemonyms(ctx: DocContext, entities: Entity[]): void {
  const places = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'LOC') for (const a of e.aliases) places.set(a.toLowerCase(), e);
  if (!places.size) return;
  for (const m of ctx.text.matchAll(/\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\b/gu)) {
    const lower = m[0].toLowerCase();
    const single = lower.split(' ')[0]!;
    const candidates = [lower, single];
    for (const key of candidates) {
      const base = DEMONYM_PLACE.get(key) ?? (key.endsWith('s') ? DEMONYM_PLACE.get(key.slice(0, -1)) : undefined);
      if (!base) continue;
      const place =
        places.get(base) ??
        (base === 'united states' ? (places.get('u.s.') ?? places.get('us') ?? places.get('america')) : undefined);
      if (!place) continue;
      const surface = key === lower ? m[0] : m[0].split(' ')[0]!;
      const list = (place.demonyms ??= []);
      if (!list.includes(surface)) list.push(surface);
      break;
    }
  }
}
