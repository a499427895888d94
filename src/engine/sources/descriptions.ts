// Definite descriptions resolved to the entity the article names: "the mayor" → Mayor Doug Hanley, "the utility"
// → the power company named most recently before it.
import { DESCRIPTION_KINDS } from '../lexicon/organizations';
import type { Entity, Mention, Span } from '../types';
import { firstTokenFrom } from '../text/tokens';

/** "the mayor", "the city's mayor", "the state utility": a determiner, up to two modifiers and a head noun. */
const DESCRIPTION = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}([\p{Ll}\p{N}][\p{Ll}\p{N}-]*)$/u;
/** How far back (in characters) the named entity may be. */
const LOOKBACK_CHARS = 20_000;

export interface DescribedEntity {
  entity: Entity;
  /** "described": how the hover names it. */
  evidence: string;
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Resolves descriptions against the article's entities and their mentions (sorted by start). */
export class DescriptionResolver {
  private readonly byId: Map<string, Entity>;
  /** By head noun: its patterns and, by mention index, whether the person there holds that role (asked once each). */
  private readonly roles = new Map<string, { patterns: RolePatterns; fits: Map<number, boolean> }>();
  /** By mention index: its text and the 40 characters each side, lower-cased once for every head asked about. */
  private readonly contexts = new Map<number, { text: string; before: string; after: string }>();
  private readonly roleWords = new Map<Entity, string[]>();

  constructor(
    private readonly text: string,
    entities: readonly Entity[],
    private readonly mentions: readonly Mention[],
  ) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  /** The entity a description refers to, when the article names one that fits before it; else null. */
  resolve(phrase: string, span: Span): DescribedEntity | null {
    const m = DESCRIPTION.exec(phrase.trim());
    if (!m) return null;
    const head = m[1]!;
    const kind = DESCRIPTION_KINDS.get(head);
    const role = kind ? undefined : this.role(head);
    const fits = kind
      ? (e: Entity) => e.type === 'ORG' && words(e.name).some((w) => kind.has(w))
      : (e: Entity, mention: Mention, i: number) => e.type === 'PER' && this.holdsRole(e, mention, i, role!);
    for (let i = this.lastMentionBefore(span.start); i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.end > span.start) continue;
      if (span.start - mention.end > LOOKBACK_CHARS) break;
      const entity = this.byId.get(mention.entityId);
      if (entity && fits(entity, mention, i)) return { entity, evidence: `"${phrase}" → ${entity.name} (described)` };
    }
    return null;
  }

  private role(head: string): { patterns: RolePatterns; fits: Map<number, boolean> } {
    let role = this.roles.get(head);
    if (!role) this.roles.set(head, (role = { patterns: rolePatterns(head), fits: new Map() }));
    return role;
  }

  /** hasRole, remembered by mention: a long article asks again for each "the president" it reads. */
  private holdsRole(
    entity: Entity,
    mention: Mention,
    index: number,
    role: { patterns: RolePatterns; fits: Map<number, boolean> },
  ): boolean {
    let fits = role.fits.get(index);
    if (fits === undefined) role.fits.set(index, (fits = this.hasRole(entity, mention, index, role.patterns)));
    return fits;
  }

  private context(index: number, mention: Mention): { text: string; before: string; after: string } {
    let context = this.contexts.get(index);
    if (!context)
      this.contexts.set(
        index,
        (context = {
          text: mention.text.toLowerCase(),
          before: this.text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase(),
          after: this.text.slice(mention.end, mention.end + 40).toLowerCase(),
        }),
      );
    return context;
  }

  /** Index of the last mention starting before `offset` (mentions are sorted by start); -1 if none. */
  private lastMentionBefore(offset: number): number {
    return firstTokenFrom(this.mentions, offset) - 1;
  }

  /** "Mayor Doug Hanley", "Doug Hanley, the mayor,", or an entity whose role names the head noun. */
  private hasRole(entity: Entity, mention: Mention, index: number, role: RolePatterns): boolean {
    const { head } = role;
    if (entity.role) {
      let roleWords = this.roleWords.get(entity);
      if (!roleWords) this.roleWords.set(entity, (roleWords = words(entity.role)));
      if (roleWords.includes(head)) return true;
    }
    const { text, before, after } = this.context(index, mention);
    if (text.startsWith(`${head} `)) return true;
    return role.title(before) || role.apposition(after);
  }
}

/** Patterns kept for later descriptions and articles, by head noun; forgotten all at once past this many. */
const MAX_KEPT_PATTERNS = 2000;
const PATTERNS = new Map<string, RolePatterns>();

function rolePatterns(head: string): RolePatterns {
  let patterns = PATTERNS.get(head);
  if (!patterns) {
    if (PATTERNS.size >= MAX_KEPT_PATTERNS) PATTERNS.clear();
    PATTERNS.set(head, (patterns = new RolePatterns(head)));
  }
  return patterns;
}

/**
 * The patterns that show a person holds the role `head` names, each compiled when a text first needs it (one
 * with \p{L} takes about a millisecond to compile) and kept: each holds the head itself, and an apposition or
 * an age opens with a comma, so most mentions are settled without them.
 */
class RolePatterns {
  private titlePattern?: RegExp;
  private appositionPattern?: RegExp;
  /** "the 43-year-old" → "Doug Hanley, 43,"; null for another head. */
  private agePattern?: RegExp | null;

  constructor(readonly head: string) {}

  /** "Mayor Doug Hanley": `before`, the lower-cased text before the name, ends in the head. */
  title(before: string): boolean {
    if (!before.includes(this.head)) return false;
    this.titlePattern ??= new RegExp(`\\b${this.head}\\.?\\s*$`, 'u');
    return this.titlePattern.test(before);
  }

  /** "Doug Hanley, the mayor,", "Doug Hanley, 43,": `after`, the lower-cased text after the name. */
  apposition(after: string): boolean {
    if (!after.startsWith(',')) return false;
    if (after.includes(this.head)) {
      this.appositionPattern ??= new RegExp(
        `^,\\s+(?:the|a|an|\\d+,\\s+(?:the|a|an))\\s+(?:[\\p{L}'’-]+\\s+){0,3}${this.head}\\b`,
        'u',
      );
      if (this.appositionPattern.test(after)) return true;
    }
    if (this.agePattern === undefined) {
      const age = /^(\d{1,3})-year-old$/.exec(this.head);
      this.agePattern = age ? new RegExp(`^,\\s+${age[1]}\\b`) : null;
    }
    return this.agePattern !== null && this.agePattern.test(after);
  }
}
