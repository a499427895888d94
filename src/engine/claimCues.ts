// Cues that report a claim beyond the quote cues: belief and intention verbs, and nouns followed by
// a clause ("the claim that", "a call for", "his criticism of"). Lists are data; verb forms come from compromise.
import claimNouns from './lexicon/claim-nouns.txt';
import claimVerbs from './lexicon/claim-verbs.txt';
import { parseWordList } from './lexicon/wordList';
import { cueAt, hasPunctAfter, type Cue, type CueKind, type SourcePhrase } from './cues';
import { nlp } from './nlp';
import type { DocContext } from './context';
import type { Token } from './tokens';

/** Every form of a verb, from compromise's conjugation ("admit" → admitted, admitting). */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  // "they …" makes compromise read the word as a verb
  const conjugated = (nlp(`they ${lemma}`).verbs().conjugate()[0] ?? {}) as Record<string, string>;
  for (const key of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) {
    const form = conjugated[key];
    if (form && !form.includes(' ')) forms.add(form.toLowerCase());
  }
  const past = conjugated.PastTense ?? '';
  // compromise leaves some gerunds uninflected ("slam"): take the past tense's stem
  if (!conjugated.Gerund || conjugated.Gerund === lemma) forms.add(/([^aeiou])\1ed$/.test(past) ? `${past.slice(0, -2)}ing` : `${lemma.replace(/e$/, '')}ing`);
  return [...forms];
}

const EXTRA_VERB_FORMS = new Map<string, { lemma: string; kind: CueKind }>();
for (const line of parseWordList(claimVerbs)) {
  const [lemma, kind] = line.split(/\s+/) as [string, CueKind];
  for (const form of verbForms(lemma)) EXTRA_VERB_FORMS.set(form, { lemma, kind });
}

/** Noun → the words that may link it to its content ("that", "for", "of", "to"). */
const NOUN_LINKERS = new Map<string, Set<string>>();
for (const line of parseWordList(claimNouns)) {
  const [noun, linker] = line.toLowerCase().split(/\s+/) as [string, string];
  const set = NOUN_LINKERS.get(noun) ?? new Set<string>();
  set.add(linker);
  NOUN_LINKERS.set(noun, set);
}

/** A quote cue, or a claim-only verb ("stated", "guessed") used as a verb. */
export function claimCueAt(tokens: readonly Token[], i: number): Cue | null {
  const cue = cueAt(tokens, i) ?? mistaggedCueAt(tokens, i);
  if (cue) return cue;
  const t = tokens[i];
  const form = t && EXTRA_VERB_FORMS.get(t.normal);
  if (!t || !form || !(t.tags.has('Verb') || readsAsVerb(tokens, i))) return null;
  return { first: i, last: i, lemma: form.lemma, kind: form.kind, span: { start: t.start, end: t.end } };
}

const VERB_TAGS: ReadonlySet<string> = new Set(['Verb']);

/** "the average shows Clinton ahead": a cue verb that compromise tagged as a plural noun. */
function mistaggedCueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t || t.tags.has('Verb') || !readsAsVerb(tokens, i)) return null;
  const window = [tokens[i - 1]!, { ...t, tags: VERB_TAGS }, ...(tokens[i + 1] ? [tokens[i + 1]!] : [])];
  const cue = cueAt(window, 1);
  return cue && { ...cue, first: i, last: i + (cue.last - cue.first) };
}

/** A noun-tagged "-s"/"-ed" word between a noun phrase and a clause: "poll shows that", "records show Clinton". */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || hasPunctAfter(prev) || hasPunctAfter(t)) return false;
  if (!/(?:s|ed)$/.test(t.normal) && next.normal !== 'that') return false;
  if (!(prev.tags.has('Noun') || prev.tags.has('Adjective')) || prev.tags.has('Pronoun') || prev.tags.has('Possessive') || prev.tags.has('Determiner')) return false;
  return next.normal === 'that' || next.tags.has('Determiner') || next.tags.has('ProperNoun') || (next.tags.has('Pronoun') && !next.tags.has('Possessive')) || next.tags.has('Value');
}

export interface NounCue {
  cue: Cue;
  /** "his", "Trump's", "the company's": whose claim it is. */
  source: SourcePhrase;
  /** First token of the content, after the linker. */
  contentStart: number;
}

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const POSSESSIVE_SUFFIX = /['’]s?$/;

/** "his call for …", "Trump's claim that …": a reporting noun with a possessive owner and a linker. */
export function nounCueAt(ctx: DocContext, i: number, lo: number): NounCue | null {
  const tokens = ctx.tokens;
  const t = tokens[i]!;
  const linker = tokens[i + 1];
  const linkers = NOUN_LINKERS.get(t.normal);
  if (!linkers || !linker || !linkers.has(linker.normal) || hasPunctAfter(t) || !t.tags.has('Noun')) return null;
  // "his criticism of" needs content after "of" that is not the end of the sentence.
  if (linker.normal === 'to' && !tokens[i + 2]?.tags.has('Infinitive') && !tokens[i + 2]?.tags.has('Verb')) return null;
  const source = ownerBefore(ctx, i, lo);
  if (!source) return null;
  const cue: Cue = { first: i, last: i + 1, lemma: `${t.normal} ${linker.normal}`, kind: 'speech', span: { start: t.start, end: linker.end } };
  return { cue, source, contentStart: i + 2 };
}

/** The possessive before a reporting noun, skipping up to two adjectives ("his sharp criticism"). */
function ownerBefore(ctx: DocContext, i: number, lo: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  let k = i - 1;
  while (k >= lo && i - k <= 2 && tokens[k]!.tags.has('Adjective') && !hasPunctAfter(tokens[k]!)) k--;
  if (k < lo || (hasPunctAfter(tokens[k]!) && !POSSESSIVE_SUFFIX.test(tokens[k]!.post.trim()))) return null;
  const owner = tokens[k]!;
  const pronoun = POSSESSIVE_PRONOUNS[owner.normal];
  const span = (first: number, end: number): SourcePhrase['span'] => ({ start: tokens[first]!.start, end });
  if (pronoun) return { first: k, last: k, span: span(k, owner.end), text: pronoun, kind: 'pronoun', anonymous: false };
  const possessive = POSSESSIVE_SUFFIX.test(owner.text) || /^['’]s?\b/.test(owner.post);
  if (!possessive || !/^\p{Lu}/u.test(owner.text)) return null;
  let first = k;
  while (first - 1 >= lo && /^\p{Lu}/u.test(tokens[first - 1]!.text) && !hasPunctAfter(tokens[first - 1]!) && k - first < 4) first--;
  const end = owner.end - (owner.text.match(POSSESSIVE_SUFFIX)?.[0].length ?? 0);
  const s = span(first, end);
  return { first, last: k, span: s, text: ctx.text.slice(s.start, s.end), kind: 'name', anonymous: false };
}
