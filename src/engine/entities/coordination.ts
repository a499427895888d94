// Stage 4b: coordination, names listed together ("Arad, Oradea and Sibiu") are of one kind.
import type { DocContext } from '../context';
import { TYPES, type Candidate } from './candidates';
import type { EntityType } from '../types';

/** What may stand between two items of one list: a comma, "and", "or", a slash. */
const LIST_GAP = /^(?:\s*,\s*|,?\s+(?:and|or)\s+|\s*\/\s*)$/;
/** Fewest names that make a list. */
const MIN_LIST = 3;
/** Longest gap looked at between two items (keeps the scan linear). */
const MAX_GAP = 8;
/** A member with less than this on its best type takes the list's type. */
const WEAK_MEMBER = 2.5;
/** What the list's type adds to a weak member. */
export const LIST_VOTE = 2;
/** The least evidence a list needs to share a type (one name known from a gazetteer). */
const MIN_LIST_EVIDENCE = 3;

/** Lists of three names or more: weak members take the type the list agrees on. */
export function voteFromLists(ctx: DocContext, candidates: Candidate[]): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let list: Candidate[] = [];
  const close = (): void => {
    if (list.length >= 2) shareType(list);
    list = [];
  };
  for (const c of sorted) {
    const prev = list[list.length - 1];
    if (
      prev &&
      c.start > prev.end &&
      c.start - prev.end <= MAX_GAP &&
      LIST_GAP.test(ctx.text.slice(prev.end, c.start))
    ) {
      list.push(c);
      continue;
    }
    close();
    list = [c];
  }
  close();
}

function shareType(list: Candidate[]): void {
  // two names joined by "and" are too often two clauses' ends ("… from New York and Sui-Lee Wee from Beijing")
  if (list.length < MIN_LIST) return;
  const sum: Record<EntityType, number> = { PER: 0, LOC: 0, ORG: 0 };
  for (const c of list) if (!c.fixed) for (const t of TYPES) sum[t] += c.votes[t];
  const [top, second] = [...TYPES].sort((a, b) => sum[b] - sum[a]);
  if (sum[top!] < MIN_LIST_EVIDENCE || sum[top!] < 2 * sum[second!]) return;
  for (const c of list) {
    if (c.fixed) continue;
    const own = Math.max(c.votes.PER, c.votes.LOC, c.votes.ORG);
    if (own < WEAK_MEMBER) c.votes[top!] += LIST_VOTE;
  }
}
