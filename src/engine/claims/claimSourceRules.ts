// Sources of claims: one ordered table of named rules for a cue that opens its content ("X said that …"),
// tried in order (the first that finds a source wins), and the named shapes whose clause brings its own source.
import type { DocContext } from '../context';
import { clauseSubjectBefore, sentenceSubject } from '../sources/clauseSubjects';
import { hasPunctAfter, nonRestrictiveAntecedent, sourceBefore, verbCue, type Cue } from '../sources/cues';
import type { SourcePhrase } from '../sources/sourcePhrases';
import { clauseSubject, relativeBetween, relativeClauseSource, subjectAtStart } from './claimSources';
import type { ClaimRuleId, ClaimShapeRuleId, ClaimSourceRuleId } from './types';

/** What a source rule sees: the cue, the sentence [lo, …), the clause start and what was found next to the cue. */
export interface ClaimSourceInput {
  ctx: DocContext;
  cue: Cue;
  /** The sentence's first token. */
  lo: number;
  /** The first token after the claims already found in the sentence. */
  from: number;
  /** The source of the claim before, when this cue continues it ("…, adding that …", "… and said …"). */
  previous: SourcePhrase | null;
  /** A source right before the cue ("Smith said", "Smith, who noted"), if any. */
  before: SourcePhrase | null;
  /** The cue is a gerund ("saying") after the sentence start … */
  gerund: boolean;
  /** … and after a comma: a participle ("…, citing …"), whose subject is the sentence's. */
  participle: boolean;
}

export interface ClaimSourceRule {
  id: ClaimSourceRuleId;
  label: string;
  /** The highest confidence a source found by this rule gets. */
  confidence: number;
  find: (input: ClaimSourceInput) => SourcePhrase | null;
}

/** A source found by the cue's own clause: how sure that shape is. */
export interface ClaimShapeRule {
  id: ClaimShapeRuleId;
  label: string;
  confidence: number;
}

/** Words before a subject that open its clause, though tagged as prepositions: "after she said", "with analysts saying". */
const CLAUSE_LEADS = new Set(['after', 'before', 'as', 'since', 'until', 'like', 'with', 'without', 'despite']);

/**
 * A source right before a cue that is no participle: "Smith said", "… cited Kasich, who noted …" (a relative
 * pronoun takes its antecedent from before the last claim; the cues inside a relative clause do not hide it).
 */
export function sourceNextToCue(
  ctx: DocContext,
  cue: Cue,
  lo: number,
  from: number,
  gerund: boolean,
): SourcePhrase | null {
  const tokens = ctx.tokens;
  const described =
    from > lo && /,\s*$/.test(tokens[cue.first - 1]!.post) ? nonRestrictiveAntecedent(ctx, cue.first - 1, lo) : null;
  const before = described
    ? { source: described, appositive: true }
    : (sourceBefore(ctx, cue, from) ?? (relativeBetween(tokens, from, cue.first) ? sourceBefore(ctx, cue, lo) : null));
  // "… released a statement saying …": the statement is an object; the sentence's subject speaks.
  // "… sent a memo to The Washington Post explaining …": an object of a preposition does not speak either.
  const objectBefore = tokens[(before?.source.first ?? lo) - 1];
  if (
    gerund &&
    before &&
    before.source.first - 1 >= lo &&
    (objectBefore?.tags.has('Verb') ||
      ((objectBefore?.tags.has('Preposition') || objectBefore?.normal === 'to') &&
        !CLAUSE_LEADS.has(objectBefore.normal)))
  )
    return null;
  return before?.source ?? null;
}

/** Next to the cue, the source is sure; a subject looked for further away is less so. */
const NEXT_TO_CUE = 0.9;
const SUBJECT = 0.6;

/** "the department failed to respond", "Clinton sought to explain": an infinitive cue takes the subject of the verb before "to". */
function findInfinitiveSubject({ ctx, cue, from }: ClaimSourceInput): SourcePhrase | null {
  const tokens = ctx.tokens;
  const k = cue.first - 2;
  const verb = tokens[k];
  if (
    k < from ||
    tokens[cue.first - 1]!.normal !== 'to' ||
    !verb?.tags.has('Verb') ||
    verb.tags.has('Copula') ||
    verb.tags.has('Auxiliary') ||
    verb.normal.endsWith('ing') ||
    hasPunctAfter(verb)
  )
    return null;
  return sourceBefore(ctx, verbCue(tokens, k), from)?.source ?? null;
}

/** The rules for a cue that opens its content, in the order they are tried. */
export const CLAIM_SOURCE_RULES: readonly ClaimSourceRule[] = [
  {
    id: 'previous-claim',
    label: 'the source of the claim before ("said that A, adding that B")',
    confidence: NEXT_TO_CUE,
    find: (i) => i.previous,
  },
  {
    id: 'next-to-cue',
    label: 'a source right before the cue ("Smith said", "Kasich, who noted")',
    confidence: NEXT_TO_CUE,
    find: (i) => i.before,
  },
  {
    id: 'infinitive',
    label: 'the subject of the verb before "to" ("Clinton sought to explain")',
    confidence: SUBJECT,
    find: findInfinitiveSubject,
  },
  {
    id: 'relative-clause',
    label: 'the "who" of a relative clause ("demonstrators, who … and called for")',
    confidence: SUBJECT,
    find: (i) => relativeClauseSource(i.ctx, i.lo, i.cue.first),
  },
  {
    id: 'gerund-clause',
    label: 'the subject of the clause before a gerund ("Trump inflamed tensions by saying")',
    confidence: SUBJECT,
    find: (i) => (i.gerund ? clauseSubjectBefore(i.ctx, i.lo, i.cue.first) : null),
  },
  {
    id: 'sentence-subject',
    label: 'the subject of the sentence\'s first verb ("Zelensky has vowed … and told")',
    confidence: SUBJECT,
    find: (i) => sentenceSubject(i.ctx, i.lo, i.cue.first),
  },
  {
    id: 'subject-at-start',
    label: 'the words from the sentence start to the cue ("Her campaign announced")',
    confidence: SUBJECT,
    find: (i) => (i.participle ? null : subjectAtStart(i.ctx, i.lo, i.cue.first)),
  },
  {
    id: 'clause-subject',
    label: 'the words from the clause start to the cue ("while those surveyed said")',
    confidence: SUBJECT,
    find: (i) => (i.participle ? null : clauseSubject(i.ctx, i.from, i.cue.first)),
  },
];

/** The shapes whose clause names its source, in the order claims.ts looks for them. */
export const CLAIM_SHAPE_RULES: readonly ClaimShapeRule[] = [
  { id: 'label', label: 'a name before a colon ("Sanders: …")', confidence: NEXT_TO_CUE },
  { id: 'closing-clause', label: 'a reporting clause after the content ("…, X said.")', confidence: NEXT_TO_CUE },
  {
    id: 'closing-inverted',
    label: 'the verb, then the source, after the content ("…, said X")',
    confidence: NEXT_TO_CUE,
  },
  { id: 'according-to', label: '"according to X"', confidence: NEXT_TO_CUE },
  { id: 'in-survey', label: 'a poll or study opening the sentence ("In a new poll, …")', confidence: NEXT_TO_CUE },
  { id: 'passive-agent', label: 'the "by" agent of a passive cue ("was criticized by X")', confidence: NEXT_TO_CUE },
  {
    id: 'fronted-clause',
    label: 'the subject after a fronted phrase ("Ready to back Clinton, Obama …")',
    confidence: SUBJECT,
  },
  { id: 'noun-owner', label: 'the owner of a claim noun ("Trump\'s claim that …")', confidence: NEXT_TO_CUE },
  {
    id: 'noun-subject',
    label: 'the subject of the verb that takes a claim noun ("X raised the concern that")',
    confidence: NEXT_TO_CUE,
  },
];

/** The source of a cue that opens its content, with the rule that found it; null when no rule finds one. */
export function claimSource(input: ClaimSourceInput): { source: SourcePhrase; rule: ClaimSourceRule } | null {
  for (const rule of CLAIM_SOURCE_RULES) {
    const source = rule.find(input);
    if (source) return { source, rule };
  }
  return null;
}

/** The rule (of either table) with this id. */
export function claimSourceRule(id: ClaimRuleId): ClaimSourceRule | ClaimShapeRule {
  return (CLAIM_SOURCE_RULES.find((r) => r.id === id) ?? CLAIM_SHAPE_RULES.find((r) => r.id === id))!;
}
