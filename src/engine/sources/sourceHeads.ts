// The head a source phrase modifies: "a staffer in the room" → the staffer, "a spokeswoman for the union" → the
// whole phrase, headed by the spokeswoman, not the union.
import type { DocContext } from '../context';
import { hasPunctAfter, isCapitalised } from '../text/tokenShapes';
import { isNounLike, phrase, phraseEndingAt, type SourcePhrase } from './sourcePhrases';

/** Prepositions whose object is not the speaker: "a staffer in the room said" → "a staffer". */
const MODIFIER_LINKS = new Set([
  'in',
  'at',
  'from',
  'with',
  'inside',
  'outside',
  'near',
  'on',
  'through',
  'across',
  'along',
  'around',
]);

/** Prepositions that tie a head noun to its complement: "a spokeswoman for the union", "supporters of the plan". */
const COMPLEMENT_LINKS = new Set(['of', 'for', 'by', 'to']);
/** Words that head a phrase before "of": "some of his admirers", "millions of voters". */
const PARTITIVE_HEADS = new Set(['some', 'many', 'most', 'all', 'one', 'each', 'several', 'both', 'none', 'few']);

/** "a spokeswoman for the union said": the whole phrase, whose head is the noun before the preposition. */
function withComplement(ctx: DocContext, source: SourcePhrase, lo: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  const k = source.first - 1;
  const noun = tokens[k - 1]!;
  // A capitalised head only opening the sentence: "Advisers to the mayor say", not "Bank of America"
  const capitalised = isCapitalised(noun) && (k - 1 > lo || noun.tags.has('ProperNoun'));
  if (!COMPLEMENT_LINKS.has(tokens[k]!.normal) || capitalised) return null;
  if (!PARTITIVE_HEADS.has(noun.normal) && !/^\d/.test(noun.text) && (!isNounLike(noun) || noun.tags.has('Verb')))
    return null;
  const head = PARTITIVE_HEADS.has(noun.normal) ? phrase(ctx, k - 1, k - 1, 'noun') : phraseEndingAt(ctx, k - 1, lo);
  if (!head || head.kind === 'pronoun') return null;
  return { ...phrase(ctx, head.first, source.last, 'noun'), anonymous: head.anonymous };
}

/** Move a source phrase that is the object of a preposition or a participle to the head it modifies. */
export function headOfModifier(ctx: DocContext, source: SourcePhrase, lo: number): SourcePhrase {
  const tokens = ctx.tokens;
  let k = source.first - 1;
  if (k - 1 < lo || source.kind === 'pronoun' || hasPunctAfter(tokens[k]!) || hasPunctAfter(tokens[k - 1]!))
    return source;
  if (/^(who|which)$/.test(tokens[source.first]!.normal) || tokens[source.first]!.normal === 'that') return source; // "in which 67 percent of voters say"
  const complement = withComplement(ctx, source, lo);
  if (complement) return complement;
  const link = tokens[k]!.normal;
  const participle = tokens[k - 1]!.tags.has('Gerund') || tokens[k - 1]!.normal.endsWith('ing');
  if (participle && (link === 'to' || MODIFIER_LINKS.has(link)))
    k -= 2; // "a source speaking to Fox News said"
  else if (MODIFIER_LINKS.has(link)) k -= 1;
  else return source;
  if (k < lo || hasPunctAfter(tokens[k]!)) return source;
  const head = phraseEndingAt(ctx, k, lo);
  return head && head.kind !== 'pronoun' ? head : source;
}

/** "Greenpeace, which charged …": the relative pronoun is the mention, its antecedent's head gives the name. */
export function relativeSource(
  ctx: DocContext,
  j: number,
  lo: number,
): { source: SourcePhrase; appositive: boolean } | null {
  const ending = j - 1 >= lo ? phraseEndingAt(ctx, j - 1, lo) : null;
  if (!ending || ending.kind === 'pronoun') return null;
  const t = ctx.tokens[j]!; // "A teller in Ohio, who …": the teller
  return {
    source: { ...headOfModifier(ctx, ending, lo), first: j, last: j, span: { start: t.start, end: t.end } },
    appositive: false,
  };
}
