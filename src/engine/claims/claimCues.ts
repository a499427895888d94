// Cues that report a claim: the cue verbs with their topic links ("said of"), and nouns followed by
// a clause ("the claim that", "a call for", "his criticism of"). Lists are data; verb forms come from compromise.
import { CLAIMS, VERBS, wordSet } from '../lexicon';
import { cueAt, hasPunctAfter, type Cue } from '../sources/cues';
import { CUE_VERB_FORMS } from '../lexicon/verbs';
import type { SourcePhrase } from '../sources/sourcePhrases';
import type { DocContext } from '../context';
import type { Token } from '../text/tokens';

/** Noun → the words that may link it to its content ("that", "for", "of", "to"). */
const NOUN_LINKERS = new Map<string, Set<string>>();
for (const line of CLAIMS.claimNouns) {
  const [noun, linker] = line.toLowerCase().split(/\s+/) as [string, string];
  const set = NOUN_LINKERS.get(noun) ?? new Set<string>();
  set.add(linker);
  NOUN_LINKERS.set(noun, set);
}

/** Verb → the prepositions that link it to its topic ("said of", "warned against"). */
const TOPIC_LINKS = new Map<string, Set<string>>();
for (const line of CLAIMS.topicLinks) {
  const [lemma, preposition] = line.toLowerCase().split(/\s+/) as [string, string];
  TOPIC_LINKS.set(lemma, (TOPIC_LINKS.get(lemma) ?? new Set<string>()).add(preposition));
}

/** A cue verb (lexicon/verbs/speech-verbs.txt, thought-verbs.txt) used as a verb, with its topic link if one follows. */
export function claimCueAt(tokens: readonly Token[], i: number): Cue | null {
  // The cue forms first: few tokens are one, and the tests of how a form reads are the costlier.
  const cue = cueAt(tokens, i) ?? mistaggedCueAt(tokens, i);
  if (!cue || readsAsNoun(tokens, i) || readsAsAdverb(tokens, i) || gerundAsNoun(tokens, i)) return null;
  return readsAsOtherVerb(tokens, cue) ? null : withTopicLink(tokens, cue);
}

const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

const NON_REPORTING_PHRASALS = wordSet(VERBS.nonReportingPhrasals);

/**
 * A cue form that is another verb here: "found herself in a race", "saw itself as" (a reflexive object);
 * "helped found the network", "to found" (the verb "found"); "show up", "show off" (a particle that changes
 * the verb); "went on to win" ("go on" without speech after it).
 */
function readsAsOtherVerb(tokens: readonly Token[], cue: Cue): boolean {
  const next = tokens[cue.last + 1]?.normal ?? '';
  if ((cue.lemma === 'find' || cue.lemma === 'see') && REFLEXIVES.has(next)) return true;
  if (NON_REPORTING_PHRASALS.has(`${cue.lemma} ${next}`)) return true;
  // "went on to win", "went on the offensive": "go on" reports only what follows as speech ("went on to say", "went on: …").
  if (
    cue.lemma === 'go' &&
    !hasPunctAfter(tokens[cue.last]!) &&
    next !== 'that' &&
    !(next === 'to' && CUE_VERB_FORMS.get(tokens[cue.last + 2]?.normal ?? '')?.kind === 'speech')
  )
    return true;
  const prev = tokens[cue.first - 1]?.normal ?? '';
  return tokens[cue.first]!.normal === 'found' && (prev === 'to' || prev.startsWith('help'));
}

/** "said | of the plan": the cue takes the preposition that links it to its topic. */
function withTopicLink(tokens: readonly Token[], cue: Cue): Cue {
  const next = tokens[cue.last + 1];
  if (!next || hasPunctAfter(tokens[cue.last]!) || !TOPIC_LINKS.get(cue.lemma)?.has(next.normal)) return cue;
  return { ...cue, last: cue.last + 1, span: { start: cue.span.start, end: next.end } };
}

/** A cue ending in the preposition of its topic: "said of", "talked about", "referring to". */
export function isTopicCue(tokens: readonly Token[], cue: Cue): boolean {
  return (
    cue.last > cue.first &&
    cue.kind !== 'according' &&
    TOPIC_LINKS.get(cue.lemma)?.has(tokens[cue.last]!.normal) === true
  );
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

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * A verb form that reads as a noun where it stands: after an article or a possessive ("his remarks",
 * "the support"), a preposition ("in states"), or a number or adjective before a plural ("seven states", "key states").
 */
export function readsAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (
    !t ||
    !prev ||
    (hasPunctAfter(prev) && !/['’]s?\s*$/.test(prev.post)) ||
    t.tags.has('PastTense') ||
    t.normal.endsWith('ing') ||
    t.normal.endsWith('ed')
  )
    return false;
  if (/^\p{Lu}/u.test(t.text) && !/[.!?:]\s*$/.test(prev.post) && !inHeadline(tokens, i)) return true; // "United States"
  if (
    ARTICLES.has(prev.normal) ||
    (prev.tags.has('Possessive') && !prev.tags.has('Pronoun')) ||
    (/['’]s?$/.test(prev.text) && /^\p{Lu}/u.test(prev.text))
  )
    return true;
  if (prev.tags.has('Preposition') && prev.normal !== 'to' && prev.normal !== 'that') return true;
  if (nounProneAt(tokens, i)) return true;
  if (modifiedByAdjective(tokens, i)) return true;
  const plural = t.normal.endsWith('s');
  if (!plural) return false;
  if (
    (prev.tags.has('Value') && prev.normal !== 'percent') ||
    (prev.tags.has('Adjective') && !QUANTIFIERS.has(prev.normal))
  )
    return true;
  // "seven battleground states": a number, then a noun modifying the plural
  const before = tokens[i - 2];
  return (
    before !== undefined &&
    before.tags.has('Value') &&
    !hasPunctAfter(before) &&
    prev.tags.has('Noun') &&
    !prev.tags.has('ProperNoun') &&
    !prev.tags.has('Pronoun')
  );
}

const NOUN_PRONE = wordSet(VERBS.nounProneCues);
const ADVERB_PRONE = wordSet(VERBS.adverbProneCues);
const VERB_LEADS = new Set([
  'to',
  'not',
  'would',
  'will',
  'could',
  'might',
  'should',
  'can',
  'may',
  'must',
  'did',
  'do',
  'does',
]);

/** Determiners that make an -ing form a noun: "a strong showing", "the right calling". */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an']);

/** "his best showing", "a strong showing", "the right calling": an -ing form heading a noun phrase. */
function gerundAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !t.normal.endsWith('ing') || hasPunctAfter(prev)) return false;
  const adjectiveAfterDeterminer =
    prev.tags.has('Adjective') &&
    (NOUN_DETERMINERS.has(tokens[i - 2]?.normal ?? '') || tokens[i - 2]?.tags.has('Possessive') === true);
  return NOUN_DETERMINERS.has(prev.normal) || adjectiveAfterDeterminer;
}

/** "bring jobs back", "beat back a challenge": an adverb-prone cue form without a modal, "to" or a pronoun before it. */
function readsAsAdverb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !ADVERB_PRONE.has(t.normal)) return false;
  return !prev || !(VERB_LEADS.has(prev.normal) || (prev.tags.has('Pronoun') && !prev.tags.has('Possessive')));
}

/** "battleground states in …", "the DNC emails released …", "state officials": a noun-prone form without a subject and an object (or a clause), or "state" without a clause. */
function nounProneAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (t.normal === 'state') return next?.normal !== 'that';
  if (!NOUN_PRONE.has(t.normal) || next?.normal === 'that') return false;
  // A verb here has a subject before it and an object after it: "Trump attacks the plan", "he questions whether".
  const subject =
    !hasPunctAfter(prev) &&
    ((prev.tags.has('Pronoun') && !prev.tags.has('Possessive')) ||
      (prev.tags.has('ProperNoun') && /^\p{Lu}/u.test(prev.text)));
  const object =
    next !== undefined &&
    !hasPunctAfter(t) &&
    (next.tags.has('Determiner') ||
      next.tags.has('Pronoun') ||
      next.tags.has('ProperNoun') ||
      /^(whether|how|why|what|if)$/.test(next.normal));
  return !(subject && object);
}

/** "the central question", "the only real question": an article, then up to two adjectives or adverbs (one an adjective), head no verb. */
function modifiedByAdjective(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let adjective = false;
  while (
    k >= 0 &&
    i - k <= 2 &&
    (tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Adverb')) &&
    !QUANTIFIERS.has(tokens[k]!.normal) &&
    !hasPunctAfter(tokens[k]!)
  ) {
    adjective ||= tokens[k]!.tags.has('Adjective');
    k--;
  }
  return adjective && k >= 0 && ARTICLES.has(tokens[k]!.normal) && !hasPunctAfter(tokens[k]!);
}

/** How many words either side show whether a capitalised word sits in a Title-Case headline. */
const HEADLINE_WINDOW = 8;
const isLowerWord = (t: Token): boolean =>
  /^\p{Ll}/u.test(t.text) && !t.tags.has('Preposition') && !t.tags.has('Determiner') && !t.tags.has('Conjunction');

/** "Clinton Says Trump Lied": every word around token i is capitalised. */
function inHeadline(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - HEADLINE_WINDOW); k < tokens.length && k <= i + HEADLINE_WINDOW; k++) {
    if (tokens[k]!.sentence === tokens[i]!.sentence && isLowerWord(tokens[k]!)) return false;
  }
  return true;
}

/** Words before a verb that are its subject, not a noun's modifier: "many say", "most believe". */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several', 'both', 'all', 'others', 'more', 'fewer']);

/** A noun-tagged "-s"/"-ed" word between a noun phrase and a clause: "poll shows that", "records show Clinton". */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || hasPunctAfter(prev) || hasPunctAfter(t)) return false;
  if (!/(?:s|ed)$/.test(t.normal) && next.normal !== 'that') return false;
  if (
    !(prev.tags.has('Noun') || prev.tags.has('Adjective')) ||
    prev.tags.has('Pronoun') ||
    prev.tags.has('Possessive') ||
    prev.tags.has('Determiner')
  )
    return false;
  return (
    next.normal === 'that' ||
    next.tags.has('Determiner') ||
    next.tags.has('ProperNoun') ||
    (next.tags.has('Pronoun') && !next.tags.has('Possessive')) ||
    next.tags.has('Value')
  );
}

export interface NounCue {
  cue: Cue;
  /** "his", "Trump's", "the company's": whose claim it is; null for "the claim that …" with no owner. */
  source: SourcePhrase | null;
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
  if (!source && linker.normal !== 'that') return null;
  const cue: Cue = {
    first: i,
    last: i + 1,
    lemma: `${t.normal} ${linker.normal}`,
    kind: 'speech',
    span: { start: t.start, end: linker.end },
  };
  return { cue, source, contentStart: i + 2 };
}

/** The possessive before a reporting noun, skipping up to two adjectives ("his sharp criticism"). */
function ownerBefore(ctx: DocContext, i: number, lo: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  let k = i - 1;
  // "his sharp criticism", "Trump's by-now-familiar claims"
  while (
    k >= lo &&
    i - k <= 3 &&
    (tokens[k]!.tags.has('Adjective') || tokens[k]!.text.includes('-')) &&
    !hasPunctAfter(tokens[k]!)
  )
    k--;
  if (k < lo || (hasPunctAfter(tokens[k]!) && !POSSESSIVE_SUFFIX.test(tokens[k]!.post.trim()))) return null;
  const owner = tokens[k]!;
  const pronoun = POSSESSIVE_PRONOUNS[owner.normal];
  const span = (first: number, end: number): SourcePhrase['span'] => ({ start: tokens[first]!.start, end });
  if (pronoun) return { first: k, last: k, span: span(k, owner.end), text: pronoun, kind: 'pronoun', anonymous: false };
  const possessive = POSSESSIVE_SUFFIX.test(owner.text) || /^['’]s?(\s|$)/.test(owner.post);
  if (!possessive) return null;
  let first = k;
  if (!/^\p{Lu}/u.test(owner.text)) {
    // "the nonprofit's assurances": a common noun with its determiner
    if (!owner.tags.has('Noun') || !tokens[k - 1]?.tags.has('Determiner') || k - 1 < lo) return null;
    first = k - 1;
  }
  while (
    first - 1 >= lo &&
    /^\p{Lu}/u.test(tokens[first - 1]!.text) &&
    !hasPunctAfter(tokens[first - 1]!) &&
    k - first < 4
  )
    first--;
  const end = owner.end - (owner.text.match(POSSESSIVE_SUFFIX)?.[0].length ?? 0);
  const s = span(first, end);
  return {
    first,
    last: k,
    span: s,
    text: ctx.text.slice(s.start, s.end),
    kind: /^\p{Lu}/u.test(tokens[first]!.text) ? 'name' : 'noun',
    anonymous: false,
  };
}
