// Light coreference for speakers: surnames → full names, pronouns → the last compatible person.
import type { DocContext } from '../context';
import type { SourcePhrase } from './sourcePhrases';
import { DescriptionResolver } from './descriptions';
import { SurnameResolver, type SurnameChoice } from './surnames';
import { firstTokenFrom } from '../text/tokens';
import { FEMALE_HONORIFICS as FEMALE_TITLES, MALE_HONORIFICS as MALE_TITLES, TITLE_WORDS } from '../lexicon/people';
import type { Entity, EntityType, Mention, Quote, Span, SpeakerCandidate } from '../types';

type Gender = 'm' | 'f';

/** How many earlier mentions a pronoun looks back over at most. */
const LOOKBACK = 300;

interface PersonMention extends Span {
  /** Canonical key: the entity id, or "name:<surname>" for names found here. */
  key: string;
  type: EntityType;
  insideQuote: boolean;
  /** Tagged as a person by compromise (first name, honorific), whatever the entity type. */
  personLike?: boolean;
}

interface PersonInfo {
  name: string;
  entityId?: string;
  type: EntityType;
  gender?: Gender;
}

export interface ResolvedSource {
  name: string;
  entityId?: string;
  evidence: string[];
  candidates?: SpeakerCandidate[];
  /** 0..1: how sure the resolution is. */
  confidence: number;
  /** The source was a description ("the mayor") resolved to the entity it names. */
  described?: boolean;
  /** A surname several people of the article share, and the evidence could not decide. */
  ambiguousSurname?: boolean;
}

const resolvers = new WeakMap<DocContext, SpeakerResolver>();

/** The one speaker resolver of an analysis, shared by quotes and claims. */
export function speakerResolverFor(
  ctx: DocContext,
  entities: readonly Entity[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
): SpeakerResolver {
  let resolver = resolvers.get(ctx);
  if (!resolver) {
    resolver = new SpeakerResolver(ctx, entities, mentions, quotes);
    resolvers.set(ctx, resolver);
  }
  return resolver;
}

export class SpeakerResolver {
  private readonly people: PersonMention[] = [];
  private readonly info = new Map<string, PersonInfo>();
  private readonly mentionStarts: number[] = [];
  private readonly descriptions: DescriptionResolver;
  private readonly surnames: SurnameResolver;

  constructor(
    private readonly ctx: DocContext,
    entities: readonly Entity[],
    mentions: readonly Mention[],
    quotes: readonly Quote[],
  ) {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    this.descriptions = new DescriptionResolver(ctx.text, entities, sorted);
    this.surnames = new SurnameResolver(ctx, entities, sorted);
    const found: PersonMention[] = [];
    for (const m of mentions) {
      const entity = byId.get(m.entityId);
      if (!entity) continue;
      found.push({ start: m.start, end: m.end, key: entity.id, type: m.type, insideQuote: false });
      if (!this.info.has(entity.id))
        this.info.set(entity.id, { name: entity.name, entityId: entity.id, type: entity.type });
    }
    // Person runs found here fill in where the entity mentions have nothing (both lists are sorted).
    const known = [...found].sort((a, b) => a.start - b.start);
    let ki = 0;
    for (const run of this.personRuns()) {
      while (ki < known.length && known[ki]!.end <= run.start) ki++;
      if (ki < known.length && known[ki]!.start < run.end) {
        // compromise sees a person where the entity has another type; he/she may take it only with a first name.
        const head = this.ctx.tokens[firstTokenFrom(this.ctx.tokens, known[ki]!.start)];
        if (head?.tags.has('MaleName') || head?.tags.has('FemaleName')) known[ki]!.personLike = true;
        continue;
      }
      found.push(run);
    }
    found.sort((a, b) => a.start - b.start);
    const inner = quotes.map((q) => q.inner).sort((a, b) => a.start - b.start);
    let qi = 0;
    for (const m of found) {
      while (qi < inner.length && inner[qi]!.end <= m.start) qi++;
      const q = inner[qi];
      m.insideQuote = q !== undefined && q.start <= m.start && m.end <= q.end;
      this.people.push(m);
      this.mentionStarts.push(m.start);
    }
    this.learnGenders();
  }

  /** Runs of capitalised tokens that compromise tags as a person: "Jens Stoltenberg", "Mrs. Clinton". */
  private personRuns(): PersonMention[] {
    const { tokens } = this.ctx;
    const runs: PersonMention[] = [];
    const bySurname = new Map<string, { name: string; length: number }>();
    const raw: { start: number; end: number; words: string[]; gender?: Gender }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.tags.has('Person') || !/^\p{Lu}/u.test(t.text)) continue;
      let j = i;
      while (
        j + 1 < tokens.length &&
        tokens[j + 1]!.tags.has('Person') &&
        /^\p{Lu}/u.test(tokens[j + 1]!.text) &&
        !/[^\s.]/.test(tokens[j]!.post)
      )
        j++;
      const words: string[] = [];
      let gender: Gender | undefined;
      let first = -1;
      for (let k = i; k <= j; k++) {
        const tk = tokens[k]!;
        const normal = tk.normal.replace(/\.$/, '');
        if (MALE_TITLES.has(normal) || (tk.tags.has('MaleName') && words.length === 0)) gender ??= 'm';
        if (FEMALE_TITLES.has(normal) || (tk.tags.has('FemaleName') && words.length === 0)) gender ??= 'f';
        if (tk.tags.has('Honorific') || TITLE_WORDS.has(normal)) continue;
        if (first < 0) first = k;
        words.push(tk.text.replace(/['’]s$/, ''));
      }
      i = j;
      if (!words.length || first < 0) continue;
      const start = tokens[first]!.start;
      const end = tokens[j]!.end;
      raw.push({ start, end, words, ...(gender ? { gender } : {}) });
      const surname = words[words.length - 1]!.toLowerCase();
      const known = bySurname.get(surname);
      if (!known || words.length > known.length)
        bySurname.set(surname, { name: words.join(' '), length: words.length });
    }
    for (const r of raw) {
      const surname = r.words[r.words.length - 1]!.toLowerCase();
      const key = `name:${surname}`;
      const info = this.info.get(key);
      if (!info)
        this.info.set(key, {
          name: bySurname.get(surname)!.name,
          type: 'PER',
          ...(r.gender ? { gender: r.gender } : {}),
        });
      else if (r.gender && !info.gender) info.gender = r.gender;
      runs.push({ start: r.start, end: r.end, key, type: 'PER', insideQuote: false });
    }
    return runs;
  }

  /** Gender of entities from titles and first names seen in any of their mentions. */
  private learnGenders(): void {
    const { tokens } = this.ctx;
    let ti = 0;
    for (const m of this.people) {
      const info = this.info.get(m.key);
      if (!info || info.type !== 'PER' || info.gender) continue;
      while (ti < tokens.length && tokens[ti]!.end <= m.start) ti++;
      const prev = ti > 0 ? tokens[ti - 1] : undefined;
      const head = tokens[ti];
      const prevNormal = prev?.normal.replace(/\.$/, '') ?? '';
      if (prev && prev.end >= m.start - 2 && MALE_TITLES.has(prevNormal)) info.gender = 'm';
      else if (prev && prev.end >= m.start - 2 && FEMALE_TITLES.has(prevNormal)) info.gender = 'f';
      else if (head?.tags.has('MaleName')) info.gender = 'm';
      else if (head?.tags.has('FemaleName')) info.gender = 'f';
    }
  }

  /** Resolve a source phrase to a display name (and entity when known). */
  resolve(source: SourcePhrase): ResolvedSource {
    if (source.kind === 'pronoun') return this.resolvePronoun(source);
    const hit = this.personWithin(source.span);
    if (hit) {
      const shared = this.info.get(hit.key)!.type === 'PER' ? this.surnames.choose(source.text, source.span) : null;
      if (shared) return fromSurname(source.text, shared);
      const info = this.info.get(hit.key)!;
      const evidence = info.name !== source.text ? [`"${source.text}" → ${info.name}`] : [];
      return { name: info.name, ...(info.entityId ? { entityId: info.entityId } : {}), evidence, confidence: 0.9 };
    }
    const described =
      source.kind === 'noun' && !source.anonymous && this.descriptions.resolve(source.text, source.span);
    if (described) {
      const { entity } = described;
      return {
        name: entity.name,
        entityId: entity.id,
        evidence: [described.evidence],
        confidence: 0.8,
        described: true,
      };
    }
    return { name: cleanName(source.text), evidence: [], confidence: source.kind === 'name' ? 0.85 : 0.75 };
  }

  /** The person (or organization) mentioned inside a span, preferring the last person. */
  private personWithin(span: Span): PersonMention | undefined {
    let best: PersonMention | undefined;
    for (let i = this.lowerBound(span.start); i < this.people.length && this.people[i]!.start < span.end; i++) {
      const m = this.people[i]!;
      // Only the phrase's head counts: "Russia leaders" is not Russia.
      if (m.end > span.end || !/^[\s'’s.,]*$/.test(this.ctx.text.slice(m.end, span.end))) continue;
      // …and a name after a preposition is not the head: "a study by the Harbor Institute" is the study.
      if (objectOfPreposition(this.ctx.text.slice(span.start, m.start))) continue;
      if (!best || m.type === 'PER' || best.type !== 'PER') best = m;
    }
    return best;
  }

  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.mentionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentionStarts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private resolvePronoun(source: SourcePhrase): ResolvedSource {
    const pronoun = source.text.toLowerCase();
    if (pronoun === 'i' || pronoun === 'we' || pronoun === 'you')
      return { name: source.text, evidence: [], confidence: 0.6 };
    const wantPerson = pronoun === 'he' || pronoun === 'she';
    const gender: Gender | undefined = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined;
    const sentence = this.ctx.tokens[source.first]?.sentence ?? 0;
    const windowStart = this.ctx.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
    const seen = new Map<string, PersonMention>();
    let chosen: PersonMention | undefined;
    const from = this.lowerBound(source.span.start) - 1;
    for (let i = from; i >= 0 && from - i < LOOKBACK; i--) {
      const m = this.people[i]!;
      if (m.insideQuote) continue;
      const info = this.info.get(m.key)!;
      const person = info.type === 'PER' || m.personLike === true;
      if (wantPerson ? !person || (info.gender && info.gender !== gender) : pronoun === 'it' ? person : false) continue;
      if (!chosen) chosen = m;
      if (m.start < windowStart) break;
      if (!seen.has(m.key)) seen.set(m.key, m);
    }
    if (!chosen)
      return {
        name: source.text,
        evidence: [`"${source.text}": no earlier ${wantPerson ? 'person' : 'name'} found`],
        confidence: 0.4,
      };
    const info = this.info.get(chosen.key)!;
    const surname = info.type === 'PER' ? this.sharedSurnameAt(chosen) : null;
    if (surname) return surname(source.text);
    const result: ResolvedSource = {
      name: info.name,
      ...(info.entityId ? { entityId: info.entityId } : {}),
      evidence: [`"${source.text}" → ${info.name} (last ${wantPerson ? 'person' : 'name'} mentioned)`],
      confidence: 0.8,
    };
    const others = [...seen.values()].filter((m) => m.key !== chosen.key);
    if (others.length) {
      result.candidates = [chosen, ...others].map((m) => {
        const i = this.info.get(m.key)!;
        return {
          name: i.name,
          ...(i.entityId ? { entityId: i.entityId } : {}),
          mention: { start: m.start, end: m.end },
        };
      });
      result.confidence = 0.5;
    }
    return result;
  }

  /** A pronoun's antecedent that is a bare surname several people share ("Cruz … he said"): the surname's
   * evidence decides who it is, not the mention's cluster. */
  private sharedSurnameAt(m: PersonMention): ((pronoun: string) => ResolvedSource) | null {
    const text = this.ctx.text.slice(m.start, m.end);
    const shared = this.surnames.choose(text, m);
    if (!shared) return null;
    return (pronoun) => {
      const r = fromSurname(text, shared);
      return {
        ...r,
        evidence: [`"${pronoun}" → "${text}" (last person mentioned)`, ...r.evidence],
        confidence: Math.min(r.confidence, 0.8),
      };
    };
  }
}

/** A shared surname resolved by evidence, or left ambiguous with every candidate and a low confidence. */
function fromSurname(text: string, choice: SurnameChoice): ResolvedSource {
  const { entity } = choice;
  const why = choice.evidence.length ? ` (${choice.evidence.join('; ')})` : '';
  return {
    name: entity.name,
    entityId: entity.id,
    evidence: [`"${text}" → ${entity.name}${choice.decided ? why : ': a guess, several people share the name'}`],
    confidence: choice.decided ? 0.85 : 0.45,
    ...(choice.decided
      ? {}
      : { ambiguousSurname: true, candidates: choice.candidates.map((c) => ({ name: c.name, entityId: c.id })) }),
  };
}

/** The words before a name end in a preposition (and an article), so the name is that preposition's object. */
const OBJECT_OF_PREPOSITION = /\b(?:of|for|by|to|in|at|from|with|on)\s+(?:the\s+)?$/;
function objectOfPreposition(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  // "advisers to Mayor Tom Reyes", "a letter to Sen. Ann Cole": titles before the name
  while (words.length > 1 && TITLE_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) words.pop();
  return OBJECT_OF_PREPOSITION.test(`${words.join(' ')} `);
}

/** Drop a leading article and surrounding punctuation from a source phrase: "The Institute…" → "Institute…". */
function cleanName(text: string): string {
  return text
    .replace(/^(the|The)\s+(?=\p{Lu})/u, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
}
