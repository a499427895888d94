// Time phrases that may stand between a subject and its verb: "on Wednesday", "this past week", "two weeks ago".
import { hasPunctAfter } from '../text/tokenShapes';
import type { Token } from '../text/tokens';

const TIME_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'next', 'in', 'during']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
/** How many tokens a phrase ending in "ago" may span: "less than two weeks ago". */
const AGO_WINDOW = 5;

/** Words that make a time phrase of a following time noun: "this past week", "last year". */
const TIME_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'that', 'each', 'every', 'same', 'previous', 'coming']);

/** Words of a time phrase ending in "ago": "less than two weeks ago", "a few days ago". */
const AGO_WORDS = new Set([
  'less',
  'more',
  'than',
  'about',
  'nearly',
  'almost',
  'just',
  'only',
  'a',
  'an',
  'few',
  'several',
  'some',
  'couple',
  'of',
  'ago',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'hour',
  'hours',
]);

/** Token k lies in a short phrase ending in "ago". */
function agoPhrase(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < tokens.length && n - k < AGO_WINDOW; n++) {
    const t = tokens[n]!;
    if (!AGO_WORDS.has(t.normal) && !t.tags.has('Value')) return false;
    if (t.normal === 'ago') return true;
    if (hasPunctAfter(t)) return false;
  }
  return false;
}

/** Token k belongs to a time phrase: "on Wednesday", "this past week", "last month". */
export function isTimeWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (t.tags.has('Date') || agoPhrase(tokens, k)) return true;
  if (TIME_NOUNS.has(t.normal))
    return before !== undefined && (before.tags.has('Date') || TIME_MODIFIERS.has(before.normal));
  if (TIME_LEADS.has(t.normal) && after?.tags.has('Date')) return true;
  return (
    TIME_MODIFIERS.has(t.normal) &&
    after !== undefined &&
    (TIME_NOUNS.has(after.normal) || (TIME_MODIFIERS.has(after.normal) && TIME_NOUNS.has(tokens[k + 2]?.normal ?? '')))
  );
}
