// Gender of the people quoted, as the articles reveal it: the engine's evidence (an honorific or a
// gendered title before the name, a first name in its lexicon). No evidence, or contradicting evidence,
// stays unknown.
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../engine/lexicon/people';
import type { FileSummary } from '../summary/summary';

type Known = 'female' | 'male';

function roleGender(role: string | undefined): Known | undefined {
  if (!role) return undefined;
  let found: Known | undefined;
  for (const word of role.toLowerCase().split(/[^\p{L}-]+/u)) {
    const g: Known | undefined = MALE_HONORIFICS.has(word)
      ? 'male'
      : FEMALE_HONORIFICS.has(word)
        ? 'female'
        : undefined;
    if (g && found && g !== found) return undefined;
    found = g ?? found;
  }
  return found;
}

/** Person key (resolved) → gender, for the people whose articles reveal it consistently. */
export function genderByPerson(
  summaries: readonly FileSummary[],
  resolve: (key: string, path?: string) => string,
): Map<string, Known> {
  const votes = new Map<string, Known | 'conflict'>();
  for (const file of summaries) {
    for (const e of file.entities) {
      if (e.type !== 'PER') continue;
      const g = e.gender ?? roleGender(e.role);
      if (!g) continue;
      const key = resolve(e.key, file.path);
      const seen = votes.get(key);
      votes.set(key, seen === undefined || seen === g ? g : 'conflict');
    }
  }
  const out = new Map<string, Known>();
  for (const [key, g] of votes) if (g !== 'conflict') out.set(key, g);
  return out;
}
