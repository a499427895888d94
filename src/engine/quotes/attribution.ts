// Speakers of quotes: one ordered table of named rules. Each rule's `find` is the one function behind
// the rule id a hover shows; the first rule that finds a speaker for a quote wins.
import type { DocContext } from '../context';
import { speakerResolverFor, type SpeakerResolver } from '../sources/coreference';
import { CueFinder, type CueMatch } from './quoteCues';
import { describedFields, withRoleBefore } from '../sources/rolePhrases';
import { applySpeakerConfidence } from './confidence';
import type { Attribution, AttributionRule, Entity, Mention, Quote } from '../types';

/** What a rule found: a reporting clause of its own, or the speaker of another quote. */
type Finding = { clause: CueMatch } | { from: Quote };

interface RuleInput {
  ctx: DocContext;
  quotes: readonly Quote[];
  finder: CueFinder;
  /** Index of the quote being attributed. */
  i: number;
}

export interface SpeakerRule {
  id: AttributionRule;
  label: string;
  /** The highest confidence an attribution by this rule gets. */
  confidence: number;
  /** Which quotes the rule applies to, and in which pass (passes run in order; 'backward' runs from the last quote). */
  pass: 'own' | 'partial' | 'chain' | 'forward' | 'backward' | 'late';
  find: (input: RuleInput) => Finding | null;
}

/** How many paragraphs of one running quote are searched for its speaker, each way. */
const MULTI_PARAGRAPH_WINDOW = 40;

const clause = (match: CueMatch | null): Finding | null => (match ? { clause: match } : null);
const inherited = (from: Quote | undefined): Finding | null => (from?.speaker ? { from } : null);
const ownClause = ({ finder, i }: RuleInput, shape: CueMatch['shape']): Finding | null => {
  const match = finder.clause(i);
  return match && match.shape === shape && match.source.kind !== 'pronoun' ? { clause: match } : null;
};

function findLabel({ finder, i }: RuleInput): Finding | null {
  return clause(finder.label(i));
}
function findSignature({ finder, i }: RuleInput): Finding | null {
  return clause(finder.signature(i));
}
function findPronoun({ finder, i }: RuleInput): Finding | null {
  const match = finder.clause(i);
  return match && match.source.kind === 'pronoun' ? { clause: match } : null;
}
function findAppositive(input: RuleInput): Finding | null {
  return ownClause(input, 'appositive');
}
function findInverted(input: RuleInput): Finding | null {
  return ownClause(input, 'inverted');
}
function findAdjacent(input: RuleInput): Finding | null {
  return ownClause(input, 'adjacent');
}
function findColon(input: RuleInput): Finding | null {
  return ownClause(input, 'colon');
}
function findReportedSpeech({ finder, i }: RuleInput): Finding | null {
  return clause(finder.clause(i));
}
/** Multi-paragraph quotes share one speaker, found on any of their parts. */
function findMultiParagraph({ ctx, quotes, i }: RuleInput): Finding | null {
  const continues = (k: number): boolean => {
    const q = quotes[k];
    const p = quotes[k - 1];
    return (
      q !== undefined &&
      p !== undefined &&
      p.unclosed &&
      p.paragraph === q.paragraph - 1 &&
      q.start === ctx.paragraphs[q.paragraph]!.start
    );
  };
  let first = i;
  while (continues(first) && i - first < MULTI_PARAGRAPH_WINDOW) first--;
  let last = i;
  while (continues(last + 1) && last - i < MULTI_PARAGRAPH_WINDOW) last++;
  for (let k = first; k <= last; k++)
    if (k !== i && quotes[k]!.speaker && !quotes[k]!.partial && quotes[k]!.speaker!.rule !== 'multi-paragraph')
      return { from: quotes[k]! };
  return null;
}
function findIntroduction({ finder, i }: RuleInput): Finding | null {
  return clause(finder.introduction(i));
}
function findContinuation({ quotes, i }: RuleInput): Finding | null {
  const prev = previousDirect(quotes, i);
  return prev && prev.paragraph === quotes[i]!.paragraph ? inherited(prev) : null;
}
function findPreviousSentence({ finder, i }: RuleInput): Finding | null {
  return clause(finder.precedingSpeaker(i));
}
function findPreviousParagraph({ finder, i }: RuleInput): Finding | null {
  return clause(finder.previousParagraphSpeaker(i));
}
function findNextSentence({ quotes, i }: RuleInput): Finding | null {
  const next = nextDirect(quotes, i);
  return next && next.paragraph === quotes[i]!.paragraph ? inherited(next) : null;
}
/** A paragraph opening with a quote continues the speaker of the quote ending the paragraph before. */
function findPreviousParagraphQuote({ ctx, quotes, i }: RuleInput): Finding | null {
  const q = quotes[i]!;
  const prev = previousDirect(quotes, i);
  return prev && prev.paragraph === q.paragraph - 1 && q.start === ctx.paragraphs[q.paragraph]!.start
    ? inherited(prev)
    : null;
}

/** The rules, in the order they are tried. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  { id: 'label', label: 'a name before a colon', confidence: 0.95, pass: 'own', find: findLabel },
  { id: 'signature', label: 'a dash and a name after the quote', confidence: 0.9, pass: 'own', find: findSignature },
  { id: 'pronoun', label: 'pronoun subject', confidence: 0.85, pass: 'own', find: findPronoun },
  { id: 'appositive', label: 'speaker with an appositive', confidence: 0.95, pass: 'own', find: findAppositive },
  { id: 'inverted', label: 'verb before the speaker', confidence: 0.95, pass: 'own', find: findInverted },
  { id: 'adjacent', label: 'speaker next to the quote', confidence: 0.95, pass: 'own', find: findAdjacent },
  { id: 'colon', label: 'a clause ending in a colon', confidence: 0.85, pass: 'own', find: findColon },
  {
    id: 'reported-speech',
    label: 'fragment inside reported speech',
    confidence: 0.8,
    pass: 'partial',
    find: findReportedSpeech,
  },
  {
    id: 'multi-paragraph',
    label: 'one quote over several paragraphs',
    confidence: 0.85,
    pass: 'chain',
    find: findMultiParagraph,
  },
  {
    id: 'introduction',
    label: 'introduced by the sentence before',
    confidence: 0.85,
    pass: 'forward',
    find: findIntroduction,
  },
  {
    id: 'continuation',
    label: 'continues the previous quote',
    confidence: 0.8,
    pass: 'forward',
    find: findContinuation,
  },
  {
    id: 'previous-sentence',
    label: 'speaker named in the previous sentence',
    confidence: 0.6,
    pass: 'forward',
    find: findPreviousSentence,
  },
  {
    id: 'previous-paragraph',
    label: 'quote-only paragraph after a reporting clause',
    confidence: 0.6,
    pass: 'forward',
    find: findPreviousParagraph,
  },
  {
    id: 'next-sentence',
    label: 'same speaker as the next quote',
    confidence: 0.75,
    pass: 'backward',
    find: findNextSentence,
  },
  {
    id: 'previous-quote',
    label: 'continues the quote ending the paragraph before',
    confidence: 0.6,
    pass: 'late',
    find: findPreviousParagraphQuote,
  },
];

const PASSES: readonly SpeakerRule['pass'][] = ['own', 'partial', 'chain', 'forward', 'backward', 'late'];

/** Rules set outside the engine (the review layer). */
const OTHER_RULE_LABELS: Partial<Record<AttributionRule, string>> = { reviewed: 'named by a reader' };

export function ruleLabel(rule: AttributionRule): string {
  return SPEAKER_RULES.find((r) => r.id === rule)?.label ?? OTHER_RULE_LABELS[rule] ?? rule;
}

export function attributeQuotes(ctx: DocContext, quotes: Quote[], entities: Entity[], mentions: Mention[]): void {
  if (!quotes.length) return;
  const resolver = speakerResolverFor(ctx, entities, mentions, quotes);
  const finder = new CueFinder(ctx, quotes);
  for (const pass of PASSES) {
    const rules = SPEAKER_RULES.filter((r) => r.pass === pass);
    const order = quotes.map((_, i) => i);
    if (pass === 'backward') order.reverse();
    for (const i of order) {
      const q = quotes[i]!;
      if (q.speaker || q.partial !== (pass === 'partial')) continue;
      for (const rule of rules) {
        const found = rule.find({ ctx, quotes, finder, i });
        if (!found) continue;
        q.speaker = 'clause' in found ? fromClause(ctx, resolver, found.clause, rule) : fromQuote(found.from, rule);
        break;
      }
    }
  }
  applySpeakerConfidence({ text: ctx.text, quotes, entities });
}

function fromClause(ctx: DocContext, resolver: SpeakerResolver, match: CueMatch, rule: SpeakerRule): Attribution {
  match = { ...match, source: withRoleBefore(ctx, match.source) };
  const resolved = resolver.resolve(match.source);
  const cueText = ctx.text.slice(match.cue.span.start, match.cue.span.end);
  return {
    name: resolved.name,
    ...(resolved.entityId ? { entityId: resolved.entityId } : {}),
    mention: match.source.span,
    cue: match.cue.span,
    rule: rule.id,
    confidence: Math.min(rule.confidence, resolved.confidence + 0.1),
    evidence: [`cue "${cueText}" (${rule.label})`, ...resolved.evidence],
    ...(match.source.anonymous ? { anonymous: true } : {}),
    ...(resolved.candidates ? { candidates: resolved.candidates } : {}),
    ...describedFields(match.source),
    ...(resolved.described ? { description: match.source.text } : {}),
    ...(resolved.ambiguousSurname ? { ambiguity: 'surname' as const } : {}),
  };
}

function fromQuote(from: Quote, rule: SpeakerRule): Attribution {
  const s = from.speaker!;
  return {
    ...s,
    rule: rule.id,
    confidence: Math.min(s.confidence, rule.confidence),
    evidence: [`${rule.label} (${s.name})`],
  };
}

function previousDirect(quotes: readonly Quote[], i: number): Quote | undefined {
  for (let j = i - 1; j >= 0; j--) if (!quotes[j]!.partial) return quotes[j];
  return undefined;
}

function nextDirect(quotes: readonly Quote[], i: number): Quote | undefined {
  for (let j = i + 1; j < quotes.length; j++) if (!quotes[j]!.partial) return quotes[j];
  return undefined;
}
