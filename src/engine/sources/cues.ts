// Reporting cues ("said", "according to") and the source phrase attached to them, over tokens.
import { SOURCES, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { endsSentence, hasPunctAfter, isCapitalised } from '../text/tokenShapes';
import { isTimeWord } from './timePhrases';
import { CUE_VERB_FORMS, type CueVerbKind } from '../lexicon/verbs';
import {
  isClauseWord,
  isNounLike,
  nameStart,
  phrase,
  phraseEndingAt,
  skipParenthetical,
  type SourcePhrase,
} from './sourcePhrases';
import { COUNTRY_NAMES, REGION_NAMES } from '../lexicon/places';
import { headOfModifier, relativeSource } from './sourceHeads';
import { notACue } from './cueGuards';

export type CueKind = CueVerbKind;

const SUBJECT_SKIP: ReadonlySet<string> = wordSet(SOURCES.subjectSkipWords);
/** Token windows: how far each search for a source phrase may reach. */
const MAX_SKIPPED = 5; // adverbs, auxiliaries and time words between a subject and its verb
const MAX_SKIPPED_WORDS = 3; // of which words other than dates
const APPOSITIVE_WINDOW = 30; // "Smith, a doctor at the clinic, said"
const APPOSITIVE_TAIL = 12; // from the name to the comma closing its appositive

export interface Cue {
  /** Token range of the cue, inclusive start, exclusive end. */
  first: number;
  last: number;
  lemma: string;
  kind: CueKind | 'according';
  span: Span;
}

/** Token k ends a name: "Viguerie", "Article 33". */
const subjectEnd = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  if (hasPunctAfter(t)) return false;
  return (
    isCapitalised(t) ||
    (/^\d+$/.test(t.text) && k > 0 && isCapitalised(tokens[k - 1]!) && !hasPunctAfter(tokens[k - 1]!))
  );
};

/** The reporting cue starting at token i, or null. */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  const normal = t.normal.endsWith('s') ? t.normal.replace(/[’']s$/, '') : t.normal;
  if (normal === 'according' && tokens[i + 1]?.normal === 'to' && !hasPunctAfter(t)) {
    return {
      first: i,
      last: i + 1,
      lemma: 'according to',
      kind: 'according',
      span: { start: t.start, end: tokens[i + 1]!.end },
    };
  }
  const form = CUE_VERB_FORMS.get(normal);
  if (!form) return null;
  // compromise often tags "-ing" forms as nouns: accept them unless a determiner makes them one ("the saying").
  const prev = tokens[i - 1];
  const modifier =
    prev !== undefined &&
    !hasPunctAfter(prev) &&
    (prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Adjective'));
  const ingForm = normal.endsWith('ing') && !modifier; // "gathered outside, chanting": a comma ends the adjective's reach
  // compromise tags some present forms as plural nouns: "Viguerie notes", "…, founder of the center, tells".
  const presentAfterSubject =
    form.kind === 'speech' &&
    normal.endsWith('s') &&
    !isCapitalised(t) &&
    prev !== undefined &&
    (subjectEnd(tokens, i - 1) || /,\s*$/.test(prev.post));
  if (!t.tags.has('Verb') && !t.tags.has('Gerund') && !ingForm && !presentAfterSubject) return null;
  if (notACue(tokens, i, form.lemma)) return null;
  const particles = form.particles;
  let last = i;
  if (particles) {
    const next = tokens[i + 1];
    if (!next || !particles.includes(next.normal) || hasPunctAfter(t)) return null;
    last = i + 1;
  } else if (form.lemma === 'continue' && tokens[i + 1]?.normal === 'to') {
    return null; // "continue to defend"
  }
  return { first: i, last, lemma: form.lemma, kind: form.kind, span: { start: t.start, end: tokens[last]!.end } };
}

/** Any verb at token k read as a reporting cue, so that sourceBefore finds its subject. */
export function verbCue(tokens: readonly Token[], k: number): Cue {
  const t = tokens[k]!;
  return { first: k, last: k, lemma: t.normal, kind: 'speech', span: { start: t.start, end: t.end } };
}

/** The source before a cue: "Stoltenberg said", "he added", "Smith, a doctor, said", "a senior official told" (`joined`: already following "X did and said"). */
export function sourceBefore(
  ctx: DocContext,
  cue: Cue,
  lo: number,
  joined = false,
): { source: SourcePhrase; appositive: boolean } | null {
  const tokens = ctx.tokens;
  let j = cue.first - 1;
  let skipped = 0;
  // Skip adverbs, auxiliaries and a time phrase: "Sanders on Wednesday morning called …".
  while (j >= lo && !hasPunctAfter(tokens[j]!) && skipped < MAX_SKIPPED) {
    const t = tokens[j]!;
    const timeWord = isTimeWord(tokens, j);
    const afterPunct = j > lo && hasPunctAfter(tokens[j - 1]!); // "fracking, popularly known as": not a subject's adverb
    const adverb =
      ((t.tags.has('Adverb') && /ly$/.test(t.normal)) || t.tags.has('Auxiliary') || t.tags.has('Negative')) &&
      !isCapitalised(t) &&
      !afterPunct; // "Trump jokingly said", "didn’t"
    if (!timeWord && ((!SUBJECT_SKIP.has(t.normal) && !adverb) || skipped >= MAX_SKIPPED_WORDS)) break;
    j--;
    skipped++;
  }
  if (j < lo) return null;
  // "offered the man a job, then says …": "then" after a comma continues the first verb's subject.
  if (!joined && tokens[j + 1]?.normal === 'then' && j + 1 < cue.first && /,\s*$/.test(tokens[j]!.post))
    return coordinatedSubject(ctx, j + 1, lo);
  if (RELATIVE.has(tokens[j]!.normal)) return relativeSource(ctx, j, lo);
  // "Ms. Sherry smiled and said": the subject of the first of two joined verbs.
  const verb = tokens[j - 1];
  if (
    COORDINATORS.has(tokens[j]!.normal) &&
    verb?.tags.has('Verb') &&
    j - 1 >= lo &&
    cue.first - j < 3 &&
    !joined &&
    !pluralNounAsVerb(tokens, j - 1)
  ) {
    return sourceBefore(ctx, verbCue(tokens, j - 1), lo, true);
  }
  // "they learned on Friday of the arrangements and almost immediately disclosed": the subject of the first verb.
  if (COORDINATORS.has(tokens[j]!.normal) && !joined) return coordinatedSubject(ctx, j, lo);
  const unbracketed = skipParenthetical(tokens, j, lo);
  if (unbracketed !== j && !/,/.test(tokens[j]!.post)) {
    const named = phraseEndingAt(ctx, unbracketed, lo);
    return named ? { source: named, appositive: false } : null;
  }
  if (hasPunctAfter(tokens[j]!)) return sourceBeforePunctuation(ctx, cue, j, lo, joined);
  const source = phraseEndingAt(ctx, j, lo);
  if (!source) return null;
  const antecedent = relativeAntecedent(ctx, source, lo);
  if (antecedent) return { source: antecedent, appositive: false };
  const head = headOfModifier(ctx, source, lo);
  return isVerbObject(tokens, head.first, lo) ? null : { source: head, appositive: false };
}

/** The source ending at token j, which punctuation follows: an appositive ("Smith, a doctor, said"), a relative clause, "City, State,". */
function sourceBeforePunctuation(
  ctx: DocContext,
  cue: Cue,
  j: number,
  lo: number,
  joined: boolean,
): { source: SourcePhrase; appositive: boolean } | null {
  const tokens = ctx.tokens;
  const tj = tokens[j]!;
  // "“Oh, let him decide,” said …": the words before a closing quotation mark are quoted, not a source.
  if (!/^\.?[,)]/.test(tj.post.trim()) || /[”"]/.test(tj.post)) return null;
  const described = nonRestrictiveAntecedent(ctx, j, lo);
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the relative clause closes an appositive chain,
  // whose name is the subject
  const chained = described && lo < described.first && /,\s*$/.test(tokens[described.first - 1]!.post);
  const outer = chained ? sourceBeforePunctuation(ctx, cue, described.last, lo, joined) : null;
  if (described) return { source: outer?.source.kind === 'name' ? outer.source : described, appositive: true };
  // "a student group at the university in Lynchburg, Va., derided": "City, State" ends a modifier of the subject.
  if (isPlaceTail(tokens, j, lo)) {
    const place = phraseEndingAt(ctx, j - 1, lo);
    const head = place && headOfModifier(ctx, place, lo);
    const named = tokens[(head?.first ?? lo) - 1]; // "Ana Ruiz, 75, a retiree in Hemet, Calif.,": an appositive
    const appositive =
      named !== undefined && /,\s*$/.test(named.post) && (isCapitalised(named) || /\d/.test(named.text));
    if (head && head !== place && !appositive) return { source: head, appositive: false };
  }
  // "Smith, a doctor at the clinic, said": find the comma that opens the appositive; the
  // appositive may hold commas itself ("Seaman, who lives outside the capital, Sacramento, said").
  let firstNamed: SourcePhrase | null = null;
  for (let k = j - 1; k >= lo && j - k < APPOSITIVE_WINDOW; k--) {
    const tk = tokens[k]!;
    if (endsSentence(tk)) break;
    if (!/,/.test(tk.post)) continue;
    // "in the Granite State, but the senator, Jeanne Shaheen, had": a new clause starts after this comma.
    if (CLAUSE_OPENERS_AFTER_COMMA.has(tokens[k + 1]!.normal)) break;
    const named = phraseEndingAt(ctx, k, lo);
    if (!named || named.kind === 'noun') continue;
    firstNamed ??= named;
    const opener = tokens[named.first - 1];
    if (named.first <= lo + 2 || !opener || named.first - 1 < lo || /[.;:]/.test(opener.post))
      return { source: named, appositive: true };
  }
  if (firstNamed && j - firstNamed.last < APPOSITIVE_TAIL) return { source: firstNamed, appositive: true };
  const own = phraseEndingAt(ctx, j, lo);
  // "The department obfuscated facts, admitted it withheld emails": the phrase is an object; the verbs share a subject.
  if (
    own &&
    !joined &&
    /,\s*$/.test(tj.post) &&
    !tokens[cue.first]!.normal.endsWith('ing') &&
    isVerbObject(tokens, own.first, lo)
  )
    return coordinatedSubject(ctx, own.first, lo);
  return own ? { source: own, appositive: false } : null;
}

/** Words after a comma that open a new clause, so an appositive cannot reach back past them. */
const CLAUSE_OPENERS_AFTER_COMMA = new Set(['but', 'and', 'so', 'yet']);

/** "Lynchburg, Va.," / "Lyon, France,": token j is the state, region or country after "City,". */
function isPlaceTail(tokens: readonly Token[], j: number, lo: number): boolean {
  const t = tokens[j]!;
  const city = tokens[j - 1];
  if (j - 1 < lo || !city || !/,\s*$/.test(city.post) || !isCapitalised(city) || !isCapitalised(t)) return false;
  return (
    REGION_NAMES.has(t.normal) ||
    COUNTRY_NAMES.has(t.normal) ||
    /^\p{Lu}\p{Ll}{0,4}\.$/u.test(t.text + (t.post.startsWith('.') ? '.' : ''))
  );
}

/** "One employee, speaking on condition of anonymity, said", "Some, taken aback by the response, worried". */
const opensParticiplePhrase = (t: Token): boolean =>
  !isCapitalised(t) &&
  t.tags.has('Verb') &&
  (t.tags.has('Gerund') || t.tags.has('Participle') || t.normal.endsWith('ing'));

/**
 * "The lawmaker, who represents a district in Albay province, said": a relative clause set off by commas
 * ends at token `j`; the phrase before its ", who" is the subject (its head: "A teller in Ohio, who …" → the teller).
 */
export function nonRestrictiveAntecedent(ctx: DocContext, j: number, lo: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = j; k > lo && j - k < APPOSITIVE_WINDOW; k--) {
    const t = tokens[k]!;
    if (endsSentence(t) || /[;:]/.test(t.post)) return null;
    if (!(RELATIVE.has(t.normal) || opensParticiplePhrase(t)) || !/,\s*$/.test(tokens[k - 1]!.post)) continue;
    // Only a name or a noun stands before ", who": a capitalised word there is a name, whatever its tag ("Weingarten").
    const named = isCapitalised(tokens[k - 1]!) && !isClauseWord(tokens[k - 1]!);
    const antecedent =
      phraseEndingAt(ctx, k - 1, lo) ?? (named ? phrase(ctx, nameStart(tokens, k - 1, lo), k - 1, 'name') : null);
    const ok = antecedent && antecedent.kind !== 'pronoun' && !/\d/.test(antecedent.text);
    return ok ? headOfModifier(ctx, antecedent, lo) : null;
  }
  return null;
}

/** How far back a relative clause without commas is searched for its "who": "an official who spoke anonymously said". */
const RELATIVE_CLAUSE_WINDOW = 12;

/** "a White House official who spoke anonymously to discuss strategy said": the phrase before "who". */
function relativeAntecedent(ctx: DocContext, source: SourcePhrase, lo: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  if (source.kind === 'pronoun') return null;
  for (let k = source.first - 1; k > lo && source.first - k <= RELATIVE_CLAUSE_WINDOW; k--) {
    const t = tokens[k]!;
    if (hasPunctAfter(t)) return null;
    if (t.normal !== 'who') continue;
    if (hasPunctAfter(tokens[k - 1]!)) return null;
    const antecedent = phraseEndingAt(ctx, k - 1, lo);
    return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
  }
  return null;
}

/** Prepositions that take a verb's object: "responded to Mills", "talked about the plan". */
const OBJECT_PREPOSITIONS = new Set(['to', 'at', 'for', 'about', 'on', 'into', 'toward', 'towards']);

/**
 * The phrase starting at token `first` is the object of a verb that has its own subject before it
 * ("the senator emailed supporters", "Clinton responds to Mills"), not the speaker.
 */
function isVerbObject(tokens: readonly Token[], first: number, lo: number): boolean {
  let k = first - 1;
  if (k < lo || hasPunctAfter(tokens[k]!)) return false;
  if (OBJECT_PREPOSITIONS.has(tokens[k]!.normal) && k - 1 >= lo && !hasPunctAfter(tokens[k - 1]!)) k--;
  const t = tokens[k]!;
  if (
    !t.tags.has('Verb') ||
    t.tags.has('Auxiliary') ||
    t.tags.has('Copula') ||
    t.tags.has('Gerund') ||
    t.normal.endsWith('ing') ||
    isCapitalised(t)
  )
    return false;
  // A finite verb: "emailed", "responds"; not a noun read as a verb ("Tulsa police Chief Chuck Jordan").
  if (!t.tags.has('PastTense') && !t.normal.endsWith('s')) return false;
  let s = k - 1; // "the senator repeatedly emailed supporters"
  while (s > lo && tokens[s]!.tags.has('Adverb') && !hasPunctAfter(tokens[s]!) && k - s < 3) s--;
  const subject = tokens[s];
  return (
    s >= lo && subject !== undefined && !hasPunctAfter(subject) && (isNounLike(subject) || subject.tags.has('Pronoun'))
  );
}
const RELATIVE = new Set(['who', 'which']);
const COORDINATORS = new Set(['and', 'but', 'then']);

/** A verb that really is one: not a noun tagged as a verb before the real verb ("The campaign released"). */
export const isMainVerb = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Gerund')) return false;
  const next = tokens[k + 1];
  return !(
    next &&
    !hasPunctAfter(t) &&
    !t.tags.has('PastTense') &&
    (next.tags.has('PastTense') || next.tags.has('Auxiliary'))
  );
};

/** Words that open a clause whose subject follows them: "after she attacked … and blamed …". */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'because',
  'since',
  'as',
  'while',
  'when',
  'although',
  'though',
  'if',
  'until',
  'once',
]);

/** "seven battleground states and announced": a plural noun that compromise read as a verb. */
function pluralNounAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return (
    !t.tags.has('PastTense') &&
    t.normal.endsWith('s') &&
    before !== undefined &&
    !hasPunctAfter(before) &&
    (before.tags.has('Value') ||
      before.tags.has('Adjective') ||
      (before.tags.has('Noun') && !before.tags.has('Pronoun') && !isCapitalised(before)))
  );
}

/** How far back the first of two coordinated verb phrases may start: "X met Y on Friday and said". */
const COORDINATED_WINDOW = 25;

/** The subject of the nearest finite verb before the coordinator at `and`, whose verb phrase the cue continues. */
function coordinatedSubject(
  ctx: DocContext,
  and: number,
  lo: number,
): { source: SourcePhrase; appositive: boolean } | null {
  const tokens = ctx.tokens;
  // "He maintained that Ryan should focus on X, and mocked him": verbs after "that" are reported, not the first verb.
  let last = and - 1;
  for (let k = and - 1; k > lo && and - k < COORDINATED_WINDOW; k--) {
    if (endsSentence(tokens[k]!)) break;
    if (tokens[k]!.normal === 'that') last = k - 1;
  }
  for (let k = last; k >= lo && and - k < COORDINATED_WINDOW; k--) {
    if (endsSentence(tokens[k]!) || /[;:]/.test(tokens[k]!.post)) return null;
    if (!isMainVerb(tokens, k)) continue;
    const found = sourceBefore(ctx, verbCue(tokens, k), lo, true);
    // A subject opens its clause; a phrase after a verb or a preposition is an object ("talked before a firm").
    const opener = found && tokens[found.source.first - 1];
    if (
      found &&
      found.source.kind !== 'noun' &&
      !hasPunctAfter(tokens[found.source.last]!) &&
      (found.source.first === lo ||
        (!opener!.tags.has('Verb') && !(opener!.tags.has('Preposition') && !SUBORDINATORS.has(opener!.normal))))
    )
      return found;
  }
  return null;
}

export { endsSentence, hasPunctAfter } from '../text/tokenShapes';
