// A bare surname several people of the article share ("Cruz" for Ted and Rafael Cruz): decided by evidence (the
// lead's subject, the nearest full mention, the paragraph's subject, titles, pronouns around it), never silently.
import type { DocContext } from '../context';
import { TITLE_WORDS } from '../lexicon/people';
import type { Entity, Mention, Span } from '../types';

export interface SurnameChoice {
  entity: Entity;
  /** Every person of the article the surname could be, the chosen one first. */
  candidates: Entity[];
  /** The evidence picked one; false when it was a tie (the choice is then a guess). */
  decided: boolean;
  evidence: string[];
}

/** How many paragraphs make the article's lead. */
const LEAD_PARAGRAPHS = 2;
const MALE = /\b(?:he|him|his|himself)\b/gi;
const FEMALE = /\b(?:she|her|hers|herself)\b/gi;

const lastWord = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
const isFull = (m: Mention): boolean => /\s/.test(m.text.trim());

export class SurnameResolver {
  private readonly people: Entity[];
  private readonly byId: Map<string, Entity>;

  constructor(
    private readonly ctx: DocContext,
    entities: readonly Entity[],
    private readonly mentions: readonly Mention[],
  ) {
    this.people = entities.filter((e) => e.type === 'PER' && /\s/.test(e.name.trim()));
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  /** When `text` (at `span`) is a bare surname of two or more people the article names: the evidence's choice. */
  choose(text: string, span: Span): SurnameChoice | null {
    const words = text
      .replace(/['’]s?$/, '')
      .split(/\s+/)
      .filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
    if (words.length !== 1) return null;
    const surname = words[0]!.toLowerCase();
    const candidates = this.people.filter((e) => lastWord(e.name) === surname);
    if (candidates.length < 2) return null;
    const scores = new Map(candidates.map((c) => [c.id, 0]));
    const evidence = new Map<string, string[]>(candidates.map((c) => [c.id, []]));
    const add = (id: string | undefined, points: number, why: string) => {
      if (!id || !scores.has(id)) return;
      scores.set(id, scores.get(id)! + points);
      evidence.get(id)!.push(why);
    };
    add(this.leadSubject(scores), 2, 'the article’s lead is about them');
    this.nearestFullMention(span, scores, add);
    this.pronounsAround(span, candidates, add);
    const ranked = [...candidates].sort(
      (a, b) => scores.get(b.id)! - scores.get(a.id)! || b.mentions.length - a.mentions.length,
    );
    const [best, second] = ranked;
    const decided = scores.get(best!.id)! > scores.get(second!.id)!;
    return { entity: best!, candidates: ranked, decided, evidence: evidence.get(best!.id)! };
  }

  /** The first candidate named in full in the article's lead. */
  private leadSubject(scores: Map<string, number>): string | undefined {
    const leadEnd = this.ctx.paragraphs[Math.min(LEAD_PARAGRAPHS, this.ctx.paragraphs.length) - 1]?.end ?? 0;
    for (const m of this.mentions) {
      if (m.start >= leadEnd) break;
      const id = this.candidateOf(m);
      if (id && scores.has(id)) return id;
    }
    return undefined;
  }

  /** The nearest full mention before the surname (in its paragraph or the one before), and the paragraph's subject
   * (its first full mention). */
  private nearestFullMention(span: Span, scores: Map<string, number>, add: Adder): void {
    const paragraph = this.paragraphOf(span.start);
    let nearest: Mention | undefined;
    let subject: Mention | undefined;
    for (const m of this.mentions) {
      if (m.start >= span.start) break;
      const id = this.candidateOf(m);
      if (!id || !scores.has(id)) continue;
      nearest = m;
      if (!subject && this.paragraphOf(m.start) === paragraph) subject = m;
    }
    if (nearest) {
      const gap = paragraph - this.paragraphOf(nearest.start);
      if (gap <= 1) add(this.candidateOf(nearest), 1, `named in full just before ("${nearest.text}")`);
    }
    if (subject) add(this.candidateOf(subject), 1, 'the paragraph is about them');
  }

  /** "he"/"she" around the surname in its paragraph agree with a candidate's gender or not. */
  private pronounsAround(span: Span, candidates: readonly Entity[], add: Adder): void {
    const p = this.ctx.paragraphs[this.paragraphOf(span.start)];
    if (!p) return;
    const text = this.ctx.text.slice(p.start, p.end).replace(/[“"][^”"]*[”"]/g, ' ');
    const male = text.match(MALE)?.length ?? 0;
    const female = text.match(FEMALE)?.length ?? 0;
    if (male === female) return;
    const gender = male > female ? 'male' : 'female';
    for (const c of candidates)
      if (c.gender) add(c.id, c.gender === gender ? 1 : -1, `"${gender === 'male' ? 'he' : 'she'}" around the quote`);
  }

  private candidateOf(m: Mention): string | undefined {
    return isFull(m) && this.byId.get(m.entityId)?.type === 'PER' ? m.entityId : undefined;
  }

  private paragraphOf(offset: number): number {
    const ps = this.ctx.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

type Adder = (id: string | undefined, points: number, why: string) => void;
