// Cue verb forms that are no reporting cue where they stand: part of a role ("press secretary"), of a name
// ("Iowa State University"), or the writer's own aside ("and I quote").
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/people';
import type { Token } from '../text/tokens';
import { hasPunctAfter, isCapitalised } from '../text/tokenShapes';

/** Whether the cue verb form at token i (of `lemma`) is no cue here. */
export function notACue(tokens: readonly Token[], i: number, lemma: string): boolean {
  const bare = tokens[i]!.normal.replace(/[’']s$/, '') === lemma;
  if (lemma === 'quote' && tokens[i - 1]?.normal === 'i') return true; // "Trump said, and I quote, “…”"
  return beforeRoleNoun(tokens, i, lemma) || (bare && insideName(tokens, i));
}

/** "Iowa State University": a capitalised bare cue form between two capitalised words, nothing between, names. */
function insideName(tokens: readonly Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return (
    !!prev &&
    !!next &&
    isCapitalised(t) &&
    isCapitalised(prev) &&
    isCapitalised(next) &&
    !/\S/.test(prev.post + t.post + next.pre)
  );
}

/** "White House press secretary": a bare cue form right before a role noun is part of the role. */
function beforeRoleNoun(tokens: readonly Token[], i: number, lemma: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.normal === lemma &&
    !hasPunctAfter(t) &&
    next !== undefined &&
    !isCapitalised(next) &&
    (ROLE_NOUNS.has(next.normal) || TITLE_WORDS.has(next.normal))
  );
}
