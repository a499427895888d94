// Labels before a colon that name a speaker: "Pew Research: “…”", "Gerald F. Seib, The Wall Street Journal: “…".
import { SOURCES, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import type { Token } from '../text/tokens';
import { cueAt } from '../sources/cues';
import { isClauseWord, NAME_CONNECTORS, phrase, phraseEndingAt, type SourcePhrase } from '../sources/sourcePhrases';
import { endsSentence, isCapitalised } from '../text/tokenShapes';

const DOCUMENT_LABEL_WINDOW = 4; // "From the report:"

/** Labels before a colon that introduce something other than speech: "Update:", "Editor's note:". */
const NOT_SPEAKER_LABELS: ReadonlySet<string> = wordSet(SOURCES.notSpeakerLabels);

/** "WATCH:", "ANALYST’S TAKE:": the word before a colon names a kind of content, never a speaker. */
export const isNotSpeakerLabel = (t: Token): boolean => NOT_SPEAKER_LABELS.has(t.normal.replace(/['’]s$/, ''));

/** A name or label right before a colon that opens a quote: "Pew Research: “…”", or inside it: "“WALLACE: …". */
export function labelSource(ctx: DocContext, before: number, lo: number): SourcePhrase | null {
  const t = ctx.tokens[before];
  if (!t || before < lo || !/^:\s*["“'‘`]*\s*$/.test(t.post) || !isCapitalised(t)) return null;
  if (NOT_SPEAKER_LABELS.has(t.normal.replace(/['’]s$/, ''))) return null;
  const source = phraseEndingAt(ctx, before, lo);
  return source &&
    source.kind === 'name' &&
    (source.first === lo ||
      endsSentence(ctx.tokens[source.first - 1]!) ||
      /[—–-]\s*$/.test(ctx.tokens[source.first - 1]!.post))
    ? source
    : null;
}

/** Words that open a label before a colon without being part of the name: "More from Jones:", "From the report:". */
const LABEL_LEADS = new Set(['more', 'from', 'via', 'per']);
/** How many tokens a label at a paragraph start may span: "Windsor Mann, editor of The Quotable Hitchens:". */
const LABEL_WINDOW = 14;

/** A label opening the paragraph and ending in the colon at token `colon`: "Gerald F. Seib, The Wall Street Journal: “…". */
export function leadingLabel(ctx: DocContext, paraFirst: number, colon: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  const t = tokens[colon];
  if (paraFirst < 0 || !t || colon < paraFirst || colon - paraFirst > LABEL_WINDOW || !/^:\s*["“'‘`]*\s*$/.test(t.post))
    return null;
  let first = paraFirst;
  while (first < colon && LABEL_LEADS.has(tokens[first]!.normal)) first++;
  // A label has no verb of its own: "Gerald Seib, The Journal:", not "Kuster kept silent for 40 years:".
  for (let k = paraFirst; k <= colon; k++)
    if (
      cueAt(tokens, k) ||
      (tokens[k]!.tags.has('Verb') && !isCapitalised(tokens[k]!)) ||
      (endsSentence(tokens[k]!) && k < colon)
    )
      return null;
  const head = tokens[first]!;
  if (head.normal === 'the') return colon - first <= DOCUMENT_LABEL_WINDOW ? phrase(ctx, first, colon, 'noun') : null;
  if (
    !isCapitalised(head) ||
    isClauseWord(head) ||
    head.tags.has('Pronoun') ||
    head.tags.has('Adverb') ||
    NOT_SPEAKER_LABELS.has(head.normal) ||
    NOT_SPEAKER_LABELS.has(t.normal.replace(/['’]s$/, '')) // "ANALYST’S TAKE:"
  )
    return null;
  let last = first;
  while (
    last < colon &&
    !/,/.test(tokens[last]!.post) &&
    (isCapitalised(tokens[last + 1]!) || NAME_CONNECTORS.has(tokens[last + 1]!.normal))
  )
    last++;
  if (last < colon && !/,/.test(tokens[last]!.post)) return null;
  return phrase(ctx, first, last, 'name');
}
