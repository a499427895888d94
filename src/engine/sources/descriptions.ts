// Definite descriptions resolved to the entity the article names: "the mayor" → Mayor Doug Hanley, "the utility"
// → the power company named most recently before it.
import { DESCRIPTION_KINDS } from '../lexicon/organizations';
import type { Entity, Mention, Span } from '../types';

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
    const fits = kind
      ? (e: Entity) => e.type === 'ORG' && words(e.name).some((w) => kind.has(w))
      : (e: Entity, mention: Mention) => e.type === 'PER' && this.hasRole(e, mention, head);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.end > span.start) continue;
      if (span.start - mention.end > LOOKBACK_CHARS) break;
      const entity = this.byId.get(mention.entityId);
      if (entity && fits(entity, mention)) return { entity, evidence: `"${phrase}" → ${entity.name} (described)` };
    }
    return null;
  }

  /** "Mayor Doug Hanley", "Doug Hanley, the mayor,", or an entity whose role names the head noun. */
  private hasRole(entity: Entity, mention: Mention, head: string): boolean {
    if (entity.role && words(entity.role).includes(head)) return true;
    if (mention.text.toLowerCase().startsWith(`${head} `)) return true;
    const before = this.text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase();
    const after = this.text.slice(mention.end, mention.end + 40).toLowerCase();
    const title = new RegExp(`\\b${head}\\.?\\s*$`, 'u');
    const apposition = new RegExp(
      `^,\\s+(?:the|a|an|\\d+,\\s+(?:the|a|an))\\s+(?:[\\p{L}'’-]+\\s+){0,3}${head}\\b`,
      'u',
    );
    const age = /^(\d{1,3})-year-old$/.exec(head); // "the 43-year-old" → "Doug Hanley, 43,"
    return (
      title.test(before) || apposition.test(after) || (age !== null && new RegExp(`^,\\s+${age[1]}\\b`).test(after))
    );
  }
}
