// Passive reporting cues: "is expected to", "was widely seen as", "a state seen as critical", "when
// asked", and their "by" agent. A passive names no source unless an agent follows.
import { VERBS, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import { hasPunctAfter, type Cue } from '../sources/cues';
import { isMainVerbAt } from './claimSpans';
import { sourceAfter } from '../sources/sourceAfter';
import type { SourcePhrase } from '../sources/sourcePhrases';
import type { Token } from '../text/tokens';

export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', 'am']);
const PASSIVE_ADVERBS = new Set([
  'not',
  'also',
  'widely',
  'long',
  'generally',
  'largely',
  'still',
  'often',
  'now',
  'already',
  'never',
  'being',
  'publicly',
  'best',
  'well',
  'better',
  'most',
  'first',
  'reportedly',
]);

/** Participle → the word sequences after it that make it passive without "be" (lexicon/verbs/reduced-passives.txt). */
const REDUCED_PASSIVES = new Map<string, string[][]>();
for (const line of VERBS.reducedPassives) {
  const [participle, ...link] = line.toLowerCase().split(/\s+/) as [string, ...string[]];
  REDUCED_PASSIVES.set(participle, [...(REDUCED_PASSIVES.get(participle) ?? []), link]);
}
const PERFECT = new Set(['has', 'have', 'had', 'having']);
const ELLIPTICAL_LEADS = new Set(['when', 'whenever', 'if', 'unless', 'until', 'though', 'although']);

/** "a state seen as critical", "regarded simultaneously as": a reduced passive, not after "has" or a pronoun. */
function isReducedPassive(tokens: readonly Token[], cue: Cue): boolean {
  const links = REDUCED_PASSIVES.get(tokens[cue.first]!.normal);
  const before = tokens[cue.first - 1];
  if (!links || PERFECT.has(before?.normal ?? '')) return false;
  // "whom he described as": a pronoun subject right before makes it active.
  if (before && !hasPunctAfter(before) && before.tags.has('Pronoun')) return false;
  let k = cue.first + 1;
  if (tokens[k]?.tags.has('Adverb') && /ly$/.test(tokens[k]!.normal)) k++;
  return links.some((link) => link.every((word, n) => tokens[k + n]?.normal === word));
}

/** How far after a passive cue its "by" agent may stand: "were described to him by a reporter". */
const AGENT_WINDOW = 6;

/** The "by" agent of a passive cue, before any punctuation: "was criticized by Smith", "described to him by a reporter". */
export function passiveAgent(ctx: DocContext, cue: Cue, hi: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = cue.last + 1; k < hi && k - cue.last <= AGENT_WINDOW; k++) {
    if (tokens[k]!.normal === 'by') return sourceAfter(ctx, { ...cue, last: k, kind: 'according' }, hi);
    if (hasPunctAfter(tokens[k]!) || tokens[k]!.normal === 'that' || isMainVerbAt(tokens, k)) return null;
  }
  return null;
}

const EXPERIENCER_PARTICIPLES = wordSet(VERBS.experiencerParticiples);

/** A cue in the passive: "is expected", "was widely seen", "were told", "a state seen as critical"; not "were worried that". */
export function isPassive(tokens: readonly Token[], cue: Cue, lo: number): boolean {
  const t = tokens[cue.first]!;
  if (!/(ed|en|wn|rn|ld|id|ght|ound|own)$/.test(t.normal) || EXPERIENCER_PARTICIPLES.has(t.normal)) return false;
  if (isReducedPassive(tokens, cue)) return true;
  // "Trump bristled when asked whether …": a participle right after "when" or "if" is an elliptical passive.
  if (ELLIPTICAL_LEADS.has(tokens[cue.first - 1]?.normal ?? '') && !hasPunctAfter(tokens[cue.first - 1]!)) return true;
  for (let k = cue.first - 1, n = 0; k >= lo && n < 3; k--, n++) {
    const w = tokens[k]!;
    if (BE_FORMS.has(w.normal) || (/['’](m|re)$/.test(w.text) && w.tags.has('Pronoun'))) return true; // "I'm told", "they're expected" ("he's" may be "has")
    // "has been harshly criticized": any -ly adverb may stand between
    if ((!PASSIVE_ADVERBS.has(w.normal) && !(w.tags.has('Adverb') && /ly$/.test(w.normal))) || hasPunctAfter(w))
      return false;
  }
  return false;
}

/** "was found in the car", "was seen sobbing": a thing located or perceived, not a finding reported ("was found to", "seen as" are). */
export function isPerceivedPassive(tokens: readonly Token[], cue: Cue): boolean {
  return (cue.lemma === 'find' || cue.lemma === 'see') && !/^(to|that|as)$/.test(tokens[cue.last + 1]?.normal ?? '');
}
