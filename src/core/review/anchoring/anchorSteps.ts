// Re-anchoring one annotation: the old position when nothing around it changed, else every exact
// occurrence and (when none is clearly right) the bounded fuzzy matches, weighed by how much of the quote
// and of its surroundings each reproduces. A clear winner anchors; equal candidates, or a short quote in
// changed surroundings, wait for the neighbouring annotations' evidence (see neighbourShifts.ts).
// A near match that says something else (another number, name, negation or word) is never a candidate.
import type { StoredContext } from './contextSimilarity';
import { BudgetSpent, findFuzzy, FuzzyBudget } from './fuzzyMatch';
import {
  AMBIGUITY_MARGIN,
  type Candidate,
  CLEAR_CONTEXT,
  contextSupports,
  FUZZY_WORK_BUDGET,
  holdsPosition,
  MAX_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  MAX_FUZZY_LENGTH,
  MAX_OCCURRENCES,
  needsConfirmation,
  score,
} from './anchorRules';
import { negationBeside, significantTokens, statementChange } from './statementCheck';

/** How many characters of context describeSpan stores on each side. */
export const CONTEXT_CHARS = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchoring =
  | { orphaned: false; start: number; end: number; method: AnchorMethod; similarity: number }
  | { orphaned: true; reason: string };

/** Selectors after checking their shapes (a sidecar may come from another tool). */
export interface CleanSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  context: StoredContext;
  position?: { start: number; end: number };
}

/**
 * One annotation's outcome. When orphaned for want of evidence, `tied` lists the equally good candidates
 * and `unconfirmed` the single plausible one; when anchored in changed surroundings, `provisional` holds
 * the candidate. Neighbouring annotations may still decide either way (anchorAll).
 */
export interface Attempt {
  result: Anchoring;
  tied?: readonly Candidate[];
  unconfirmed?: Candidate;
  provisional?: Candidate;
}

/** One text's shared work for many anchors: where each quoted text occurs, its words, the search budget. */
export class AnchorText {
  private readonly occurrences = new Map<string, number[]>();
  private words: Map<string, number> | undefined;
  private names: string[] | undefined;
  readonly budget: FuzzyBudget;
  constructor(
    readonly text: string,
    budget = FUZZY_WORK_BUDGET,
  ) {
    this.budget = new FuzzyBudget(budget);
  }

  /** How often each significant word (lower-cased) occurs in the text. */
  private wordCounts(): Map<string, number> {
    if (!this.words) {
      this.words = new Map();
      for (const t of significantTokens(this.text)) this.words.set(t.word, (this.words.get(t.word) ?? 0) + 1);
    }
    return this.words;
  }

  /** The text's names (capitalised words), lower-cased, each once. */
  private nameList(): readonly string[] {
    this.names ??= [
      ...new Set(
        significantTokens(this.text)
          .filter((t) => t.kind === 'name')
          .map((t) => t.word),
      ),
    ];
    return this.names;
  }

  /** Why text[start, end) is a different statement from the annotated one, or undefined when it says the same. */
  statementChange(sel: CleanSelectors, start: number, end: number): string | undefined {
    const found = this.text.slice(start, end);
    const count = (word: string) => this.wordCounts().get(word) ?? 0;
    const around = {
      prefix: this.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: this.text.slice(end, end + CONTEXT_CHARS),
    };
    return statementChange(sel.exact, found, count, () => this.nameList()) ?? negationBeside(sel, around);
  }

  occurrencesOf(exact: string): number[] {
    let found = this.occurrences.get(exact);
    if (!found) {
      found = [];
      for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) found.push(at);
      this.occurrences.set(exact, found);
    }
    return found;
  }

  candidate(start: number, end: number, similarity: number, sel: CleanSelectors): Candidate {
    const agreement = sel.context.agreement(this.text, start, end);
    return {
      start,
      end,
      similarity,
      context: agreement.both,
      prefixSide: agreement.prefix,
      suffixSide: agreement.suffix,
    };
  }
}

export const orphan = (reason: string, more: Omit<Attempt, 'result'> = {}): Attempt => ({
  result: { orphaned: true, reason },
  ...more,
});

/** The anchoring for a chosen candidate; the method says which evidence found it. */
export function anchored(c: Candidate, sel: CleanSelectors, provisional = false): Attempt {
  const method: AnchorMethod = c.similarity < 1 ? 'fuzzy' : c.start === sel.position?.start ? 'position' : 'quote';
  return {
    result: { orphaned: false, start: c.start, end: c.end, method, similarity: c.similarity },
    ...(provisional ? { provisional: c } : {}),
  };
}

/** Exact occurrences, scored. */
function exactCandidates(doc: AnchorText, sel: CleanSelectors): Candidate[] {
  return doc.occurrencesOf(sel.exact).map((start) => doc.candidate(start, start + sel.exact.length, 1, sel));
}

/** Bounded fuzzy matches away from the exact occurrences that say the same thing, scored; and why others were dropped. */
function fuzzyCandidates(doc: AnchorText, sel: CleanSelectors): { candidates: Candidate[]; changed?: string } {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(sel.exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0 || sel.exact.length > MAX_FUZZY_LENGTH) return { candidates: [] };
  const exactSpans = doc.occurrencesOf(sel.exact).map((start) => ({ start, end: start + sel.exact.length }));
  const matches = findFuzzy(doc.text, sel.exact, maxErrors, sel.position, exactSpans, sel.context, doc.budget);
  let changed: string | undefined;
  const candidates: Candidate[] = [];
  for (const m of matches) {
    const change = doc.statementChange(sel, m.start, m.end);
    if (change) changed ??= change;
    else candidates.push(doc.candidate(m.start, m.end, m.similarity, sel));
  }
  return { candidates, changed };
}

/** Re-anchors one annotation on its own. */
export function anchorOne(doc: AnchorText, sel: CleanSelectors): Attempt {
  const { text } = doc;
  const { exact, prefix, suffix, position } = sel;
  // Fast path: the exact text at the old position, in unchanged surroundings.
  if (
    position &&
    position.end - position.start === exact.length &&
    text.startsWith(exact, position.start) &&
    text.endsWith(prefix, position.start) &&
    text.startsWith(suffix, position.end)
  ) {
    return anchored(
      { start: position.start, end: position.end, similarity: 1, context: 1, prefixSide: 1, suffixSide: 1 },
      sel,
    );
  }
  if (doc.occurrencesOf(exact).length > MAX_OCCURRENCES)
    return orphan(`the annotated text occurs more than ${MAX_OCCURRENCES} times: too common to place`);
  const candidates = exactCandidates(doc, sel);
  let changed: string | undefined;
  if (!candidates.some((c) => c.context >= CLEAR_CONTEXT)) {
    try {
      const fuzzy = fuzzyCandidates(doc, sel);
      candidates.push(...fuzzy.candidates);
      changed = fuzzy.changed;
    } catch (error) {
      if (!(error instanceof BudgetSpent)) throw error;
      return orphan(`${error.message}: too many annotations need a search (the sidecar's work limit)`);
    }
  }
  // Step 1: the exact text still at its position (live edits keep positions exact) wins unless clearly beaten.
  const atOld =
    position && candidates.find((c) => c.start === position.start && c.end === position.end && holdsPosition(c));
  const supported = candidates.filter((c) => c === atOld || contextSupports(exact.length, c));
  if (!supported.length) {
    if (!candidates.length && changed)
      return orphan(
        `the annotated text is no longer in the article; the nearest match says something else (${changed})`,
      );
    if (!candidates.length) return orphan('the annotated text is no longer in the article');
    return orphan('the annotated text is only found in different surroundings');
  }
  const best = supported.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (atOld && score(atOld) > score(best) - AMBIGUITY_MARGIN) return anchored(atOld, sel, atOld.context < 1);
  const close = candidates.filter((c) => score(c) > score(best) - AMBIGUITY_MARGIN);
  // The annotated text itself beats look-alikes that differ from it ("(item 1)" vs "(item 2)") in no better surroundings.
  const onlyExact =
    best.similarity === 1 && close.every((c) => c === best || (c.similarity < 1 && c.context <= best.context));
  if (close.length > 1 && !onlyExact) {
    const tied = supported.filter((c) => close.includes(c));
    return orphan(`${close.length} places match the annotated text and its surroundings about equally well`, { tied });
  }
  if (needsConfirmation(best, exact.length)) {
    return orphan(
      'the annotated text is short and its surroundings changed: no other annotation confirms the new place',
      { unconfirmed: best },
    );
  }
  return anchored(best, sel, best.similarity < 1 || best.context < 1);
}
