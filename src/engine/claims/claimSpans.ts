// Where a claim's content starts and ends: after "that" or the cue, up to the next reporting clause.
import { CLAIMS, wordSet } from '../lexicon';
import { claimCueAt, isTopicCue } from './claimCues';
import { hasPunctAfter, type Cue } from '../sources/cues';
import { isCapitalised } from '../text/tokenShapes';
import { NAME_CONNECTORS, PRONOUNS } from '../sources/sourcePhrases';
import type { Token } from '../text/tokens';
import type { Span } from '../types';

/** Tokens a "that" may follow its cue at most: "told CNN’s Wolf Blitzer on Wednesday that". */
const THAT_WINDOW = 10;

export const TIME_OR_OBJECT = wordSet(CLAIMS.timeOrObject);

export function isMainVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.normal.endsWith('ing');
}

/** First content token after a cue: after a nearby "that", or right after the cue (and its object for "tell"). */
export function contentStart(tokens: readonly Token[], cue: Cue, hi: number): number {
  for (let k = cue.last + 1; k < hi && k - cue.last <= THAT_WINDOW; k++) {
    const t = tokens[k]!;
    if (
      t.normal === 'that' &&
      (k === cue.last + 1 || !hasPunctAfter(tokens[k - 1]!) || /^,\s*$/.test(tokens[k - 1]!.post))
    )
      return k + 1;
    if (hasPunctAfter(t) && !/^,\s*$/.test(t.post)) break;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !TIME_OR_OBJECT.has(t.normal))
      break;
  }
  let start = cue.last + 1;
  if (/^(tell|inform|assure|warn|remind|urge|advise)$/.test(cue.lemma)) {
    while (start < hi && TIME_OR_OBJECT.has(tokens[start]!.normal)) start++;
    start = afterListener(tokens, start, hi);
  }
  return start;
}

/**
 * Past the listener of "told": a pronoun, a plural ("reporters"), or a whole name ("The Washington Post",
 * "CBS' Face the Nation"); the name's last word stays when a verb follows it ("told Fox News Trump would …").
 */
function afterListener(tokens: readonly Token[], start: number, hi: number): number {
  const first = tokens[start];
  if (!first) return start;
  if (first.tags.has('Pronoun') || (first.tags.has('Plural') && !isCapitalised(first))) return start + 1;
  let k = start + (/^(the|a|an)$/.test(first.normal) && tokens[start + 1] && isCapitalised(tokens[start + 1]!) ? 1 : 0);
  const nameStart = k;
  while (
    k < hi &&
    (isCapitalised(tokens[k]!) ||
      (k > nameStart && NAME_CONNECTORS.has(tokens[k]!.normal) && k + 1 < hi && isCapitalised(tokens[k + 1]!)))
  ) {
    k++;
    if (hasPunctAfter(tokens[k - 1]!) && !/^['’]s?\s*$/.test(tokens[k - 1]!.post)) break;
  }
  if (k === nameStart) return first.tags.has('ProperNoun') || first.tags.has('Plural') ? start + 1 : start;
  if (k - nameStart > 1 && k < hi && isMainVerbAt(tokens, k) && !hasPunctAfter(tokens[k - 1]!)) k--;
  return k;
}

/** The content of a cue: its topic phrase ("said of | the plan"), or the clause it reports. */
export function contentRange(tokens: readonly Token[], cue: Cue, hi: number): [number, number] {
  if (isTopicCue(tokens, cue)) return [cue.last + 1, topicEnd(tokens, cue.last + 1, hi)];
  const start = contentStart(tokens, cue, hi);
  return [start, contentEnd(tokens, start, hi)];
}

/** A topic phrase runs to the next comma, colon, dash or the sentence end: "spoke about her ties to the church". */
export function topicEnd(tokens: readonly Token[], start: number, hi: number): number {
  for (let k = start; k < hi - 1; k++) if (/[,;:—–―]|--/.test(tokens[k]!.post)) return k;
  return hi - 1;
}

/** Punctuation after which a new reporting clause may start: a comma, a dash. */
const CLAUSE_BREAK = /[,—–―]|--/;

/** A cue within a short subject from k: "told …", "Democrats accused …", "his campaign has argued …". */
export function newReportingClause(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let n = k; n < hi && n <= k + 3; n++) {
    if (claimCueAt(tokens, n)) return true;
    const t = tokens[n]!;
    if (hasPunctAfter(t) || (t.tags.has('Verb') && !t.tags.has('Auxiliary'))) return false;
  }
  return false;
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'although', 'though', 'as', 'yet']);

/** Content runs to the sentence end, or up to a second reporting clause ("… and told CNN that …", "…, but he said …"). */
export function contentEnd(tokens: readonly Token[], start: number, hi: number): number {
  for (let k = start + 1; k < hi - 1; k++) {
    // "…; they only learned …": a semicolon closes the reported clause
    if (/;/.test(tokens[k - 1]!.post)) return k - 1;
    // "… and told CNN …", "… and Democrats accused …"
    if ((tokens[k]!.normal === 'and' || tokens[k]!.normal === 'but') && newReportingClause(tokens, k + 1, hi))
      return k - 1;
    if (!CLAUSE_BREAK.test(tokens[k - 1]!.post) && !tokens[k]!.pre.includes('(')) continue;
    // "…, adding that …": a participle starts a claim of its own
    if (participleCueAt(tokens, k)) return k - 1;
    // "Ruiz, who has argued that taxes are high, lamented that …": a cue and its "that" after a comma close the clause.
    const next = claimCueAt(tokens, k);
    if (next && tokens[next.last + 1]?.normal === 'that') return k - 1;
    // ", but he said …" / ", his campaign has argued …": a new subject and a cue after a comma.
    const joined = CLAUSE_JOINERS.has(tokens[k]!.normal);
    // ", he actually said," goes on with the same source; ", it says Saudi authorities …" starts a claim of its own
    if (!joined && PRONOUNS.has(tokens[k]!.normal)) {
      if (pronounOpensClaim(tokens, k, hi)) return k - 1;
      continue;
    }
    for (let n = k + (joined ? 2 : 1); n < hi && n <= k + 4; n++) {
      if (claimCueAt(tokens, n)) return k - 1;
      const t = tokens[n - 1]!;
      if (hasPunctAfter(t) || (t.tags.has('Verb') && !t.tags.has('Auxiliary'))) break;
    }
  }
  return hi - 1;
}

/** A pronoun followed by a cue that has content of its own (not ", he said," set inside the claim). */
function pronounOpensClaim(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let n = k + 1; n < hi - 1 && n <= k + 2; n++) {
    const cue = claimCueAt(tokens, n);
    if (cue) return cue.last + 1 < hi - 1 && !hasPunctAfter(tokens[cue.last]!);
    if (hasPunctAfter(tokens[n]!) || (!tokens[n]!.tags.has('Adverb') && !tokens[n]!.tags.has('Auxiliary')))
      return false;
  }
  return false;
}

/** ", adding …", ", saying …": a reporting verb's -ing form right after a comma. */
export function isParticipleCue(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.first - 1];
  return tokens[cue.first]!.normal.endsWith('ing') && before !== undefined && /,\s*$/.test(before.post);
}

/** The cue at k read as a participle after a comma, whatever compromise tagged it ("false, adding that"). */
export function participleCueAt(tokens: readonly Token[], k: number): Cue | null {
  const t = tokens[k];
  if (!t || !t.normal.endsWith('ing') || !/,\s*$/.test(tokens[k - 1]?.post ?? '')) return null;
  const next = tokens[k + 1];
  const asGerund = claimCueAt(next ? [{ ...t, tags: GERUND_TAGS }, next] : [{ ...t, tags: GERUND_TAGS }], 0);
  if (!asGerund) return null;
  return { ...asGerund, first: k, last: k + (asGerund.last - asGerund.first) };
}

const GERUND_TAGS: ReadonlySet<string> = new Set(['Verb', 'Gerund']);

/** "a call for | a ban on Muslims | drew criticism": a noun phrase ends at a comma or the next finite verb. */
export function phraseEnd(tokens: readonly Token[], start: number, hi: number): number {
  for (let k = start; k < hi - 1; k++) {
    if (hasPunctAfter(tokens[k]!)) return k;
    if (k > start && isMainVerbAt(tokens, k + 1)) return k;
  }
  return hi - 1;
}

/** A sentence cut after a closing quotation mark that ends a sentence and is followed by a capital: "… candy.” Then …". */
export function clauseSentences(tokens: readonly Token[], lo: number, hi: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = datelineEnd(tokens, lo, hi);
  for (let k = lo + 1; k < hi; k++) {
    if (/[.!?][”"’']+\s+$/.test(tokens[k - 1]!.post) && /^\p{Lu}/u.test(tokens[k]!.text)) {
      parts.push([from, k]);
      from = k;
    }
  }
  parts.push([from, hi]);
  return parts;
}

/** How many tokens a dateline may span: "PARIS, Aug 31 (Reuters) -". */
const DATELINE_WINDOW = 8;

/** The first token after a dateline opening the sentence ("PARIS, Aug 31 (Reuters) - …", "WASHINGTON — …"), or `lo`. */
function datelineEnd(tokens: readonly Token[], lo: number, hi: number): number {
  const first = tokens[lo];
  if (!first || !/^\p{Lu}{2,}$/u.test(first.text.replace(/[.,]/g, '')) || first.text.length < 3) return lo;
  for (let k = lo; k < hi - 1 && k - lo < DATELINE_WINDOW; k++) {
    // Only capitals, numbers and a bracketed agency: "GOP front-runner Donald Trump - who …" is no dateline.
    if (!/^[\p{Lu}\d]/u.test(tokens[k]!.text)) return lo;
    if (/\s[-—–―]+\s*$|^\s*[—–―]/.test(tokens[k]!.post)) return k + 1;
    if (/[.!?;]/.test(tokens[k]!.post)) return lo;
  }
  return lo;
}

export function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[Math.max(first, last)]!.end };
}
