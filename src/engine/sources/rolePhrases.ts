// The person behind an organization and a role: "said White House press secretary Josh Earnest" → Josh Earnest.
import type { DocContext } from '../context';
import type { Token } from '../text/tokens';
import type { Attribution } from '../types';
import { endsSentence, hasLetters, hasPunctAfter, isCapitalised } from '../text/tokenShapes';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/people';
import { phrase, type SourcePhrase } from './sourcePhrases';

/** How many lower-case words a role may have: "top foreign policy aide". */
const ROLE_WINDOW = 5;
/** How many capitalised words the person's name may have after the role. */
const PERSON_WINDOW = 4;

const joinsByHyphen = (t: Token): boolean => /^[-‐]$/.test(t.post);
const possessive = (t: Token): boolean => /['’]s?$/.test(t.text) || /^['’]s?\s*$/.test(t.post);
const isRoleWord = (t: Token): boolean =>
  ROLE_NOUNS.has(t.normal) || TITLE_WORDS.has(t.normal) || (t.tags.has('Noun') && !t.tags.has('Pronoun'));
const isModifier = (t: Token, prev: Token): boolean =>
  !t.tags.has('Preposition') &&
  !t.tags.has('Conjunction') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Date') &&
  !t.tags.has('Adverb') &&
  (!t.tags.has('Verb') || isRoleWord(t) || joinsByHyphen(prev));

/** A word before a role noun that modifies it: "campaign manager", "Republican strategist". */
const modifiesRole = (t: Token, next: Token | undefined): boolean =>
  next !== undefined &&
  !isCapitalised(next) &&
  isRoleWord(next) &&
  !hasPunctAfter(t) &&
  !t.tags.has('PastTense') &&
  !t.tags.has('Gerund');

/** Lower-case role words after token `last` ("press secretary"), up to a capitalised word; [first, end) or null. */
function roleAfter(tokens: readonly Token[], last: number, hi: number): [number, number] | null {
  let j = last + 1;
  let sawRole = false;
  for (; j < hi && j - last <= ROLE_WINDOW; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (isCapitalised(t) && !(j > last + 1 && modifiesRole(t, next))) break;
    if (!hasLetters(t) || !(isModifier(t, tokens[j - 1]!) || modifiesRole(t, next))) return null;
    if (isRoleWord(t) && !joinsByHyphen(t) && !isCapitalised(t)) sawRole = true;
    // "Rubio’s deputy campaign manager, Rich Beeson": a comma may close the role before the name.
    if (/^,\s*$/.test(t.post) && sawRole && next && isCapitalised(next)) return [last + 1, j + 1];
    if (hasPunctAfter(t) && !joinsByHyphen(t)) return null;
  }
  return sawRole && j < hi && j > last + 1 && isCapitalised(tokens[j]!) ? [last + 1, j] : null;
}

/** The capitalised name opening at token `first`, when it looks like a person's; its last token or -1. */
function personNameAt(tokens: readonly Token[], first: number, hi: number): number {
  let last = first;
  while (
    last + 1 < hi &&
    last + 1 - first < PERSON_WINDOW &&
    isCapitalised(tokens[last + 1]!) &&
    !hasPunctAfter(tokens[last]!) &&
    !endsSentence(tokens[last]!)
  )
    last++;
  if (possessive(tokens[last]!)) return -1;
  const words = tokens.slice(first, last + 1).filter((t) => !TITLE_WORDS.has(t.normal.replace(/\.$/, '')));
  const person = words.some((t) => t.tags.has('Person'));
  return person || words.length >= 2 ? last : -1;
}

/**
 * "said White House press secretary Josh Earnest", "said Clinton’s top aide Jake Sullivan": the person named after
 * an organization (`org`, ending at a possessive or before lower-case role words) and a role, with both kept.
 */
export function personAfterRole(ctx: DocContext, org: SourcePhrase, hi: number): SourcePhrase | null {
  const { tokens } = ctx;
  const end = tokens[org.last]!;
  if (endsSentence(end) || (hasPunctAfter(end) && !joinsByHyphen(end))) return null;
  const next = tokens[org.last + 1];
  if (possessive(end) && next && isCapitalised(next) && org.last + 1 < hi) return namedAfterPossessive(ctx, org, hi);
  const role = roleAfter(tokens, org.last, hi);
  if (!role) return null;
  const last = personNameAt(tokens, role[1], hi);
  if (last < 0) return null;
  let [roleFirst, nameFirst] = role;
  // "Los Angeles-based attorney": words joined by a hyphen belong to the affiliation.
  while (roleFirst < nameFirst - 1 && joinsByHyphen(tokens[roleFirst - 1]!)) roleFirst++;
  // "executive Director Anthony Romero": a capitalised title belongs to the role.
  while (nameFirst < last && TITLE_WORDS.has(tokens[nameFirst]!.normal.replace(/\.$/, ''))) nameFirst++;
  const person = phrase(ctx, nameFirst, last, 'name');
  const slice = (a: number, b: number) => ctx.text.slice(tokens[a]!.start, tokens[b]!.end);
  return {
    ...person,
    described: {
      role: slice(roleFirst, nameFirst - 1),
      affiliation: slice(org.first, roleFirst - 1)
        .replace(/^the\s+/i, '')
        .replace(/['’]s?$/, ''),
      phrase: { start: org.span.start, end: person.span.end },
    },
  };
}

/** "said Iowa State University’s Dianne Bystrom": the name after an organization’s possessive. */
function namedAfterPossessive(ctx: DocContext, org: SourcePhrase, hi: number): SourcePhrase | null {
  const last = personNameAt(ctx.tokens, org.last + 1, hi);
  if (last < 0) return null;
  const person = phrase(ctx, org.last + 1, last, 'name');
  return {
    ...person,
    described: {
      affiliation: org.text.replace(/['’]s?$/, ''),
      phrase: { start: org.span.start, end: person.span.end },
    },
  };
}

/** Where a role phrase may start: the paragraph's start, or after punctuation ("”, another friend, Mariam Emara"). */
const opensClause = (tokens: readonly Token[], k: number): boolean =>
  k === 0 || tokens[k - 1]!.paragraph !== tokens[k]!.paragraph || hasPunctAfter(tokens[k - 1]!);

/** Capitalised words (an organization, a possessive) ending at token `j`: its first token, or j + 1 when none. */
function affiliationStart(tokens: readonly Token[], j: number): number {
  let a = j;
  while (a >= 0 && j - a < ROLE_WINDOW && isCapitalised(tokens[a]!) && (a === j || !hasPunctAfter(tokens[a]!))) a--;
  return a === j || (a < j && hasPunctAfter(tokens[j]!) && !possessive(tokens[j]!)) ? j + 1 : a + 1;
}

/**
 * "White House press secretary Josh Earnest said", "Ryan’s spokeswoman, AshLee Strong, said", "the assailant,
 * John McGraw, told": a named source with the role (and organization) written before it, kept as its description.
 */
export function withRoleBefore(ctx: DocContext, source: SourcePhrase): SourcePhrase {
  const { tokens } = ctx;
  const k = source.first - 1;
  if (source.kind !== 'name' || source.described || k < 0 || tokens[k]!.paragraph !== tokens[source.first]!.paragraph)
    return source;
  const comma = /^,\s*$/.test(tokens[k]!.post);
  if (hasPunctAfter(tokens[k]!) && !comma) return source;
  const head = tokens[k]!;
  if (isCapitalised(head) || !isRoleWord(head) || head.tags.has('Verb') || (!comma && head.tags.has('Plural')))
    return source;
  let j = k - 1;
  while (j >= 0 && k - j < ROLE_WINDOW && !isCapitalised(tokens[j]!) && hasLetters(tokens[j]!)) {
    if (hasPunctAfter(tokens[j]!) || !isModifier(tokens[j]!, tokens[j - 1] ?? tokens[j]!)) break;
    if (possessive(tokens[j]!)) break; // "the union’s chief negotiator": the possessor is the affiliation
    j--;
  }
  const affFirst = j >= 0 && possessive(tokens[j]!) && !isCapitalised(tokens[j]!) ? j : affiliationStart(tokens, j);
  let start = affFirst <= j ? affFirst : j + 1;
  if (start > 0 && tokens[start - 1]!.tags.has('Determiner') && !hasPunctAfter(tokens[start - 1]!)) start--;
  if (comma && !opensClause(tokens, start)) return source;
  const slice = (a: number, b: number) => ctx.text.slice(tokens[a]!.start, tokens[b]!.end);
  const affiliation = affFirst <= j ? slice(affFirst, j).replace(/['’]s?$/, '') : undefined;
  return {
    ...source,
    described: {
      role: slice(j + 1, k).replace(/,$/, ''),
      ...(affiliation ? { affiliation } : {}),
      phrase: { start: tokens[start]!.start, end: source.span.end },
    },
  };
}

/** Role, affiliation and the whole phrase of a speaker phrase that names them. */
export function describedFields(source: SourcePhrase): Pick<Attribution, 'role' | 'affiliation' | 'phrase'> {
  const d = source.described;
  if (!d) return {};
  return {
    ...(d.role ? { role: d.role } : {}),
    ...(d.affiliation ? { affiliation: d.affiliation } : {}),
    phrase: d.phrase,
  };
}
