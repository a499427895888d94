// Stage 5: lines in capitals (headlines, datelines, tables): only names known from the document or the gazetteers.
import type { DocContext } from '../context';
import { SPORTS } from '../lexicon/organizations';
import { KNOWN_ORGS } from '../lexicon/organizations';
import { TYPES, type Candidate } from './candidates';
import { AMBIGUOUS_ORG, HAS_LETTER, MATCH_SEPARATORS, POSSESSIVE, isGazetteerName, placeKind } from './gazetteer';
import { typeCandidate } from './typing';
import { breaksAfter, joinLower, type Word } from './words';

export function addCapsLineCandidates(ctx: DocContext, words: Word[], out: Candidate[], sports: boolean): void {
  const known = knownNames(out);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.capsLine || !HAS_LETTER.test(w.text)) continue;
    let matched = 0;
    // names known from the document or the gazetteers first, then table cells
    const attempts: [number, boolean][] = [];
    for (const allowTeam of [false, true])
      for (let n = Math.min(5, words.length - i); n >= 1; n--) attempts.push([n, allowTeam]);
    for (const [n, allowTeam] of attempts) {
      const span = words.slice(i, i + n);
      if (span.some((x) => x.line !== w.line || !x.capsLine)) continue;
      if (n > 1 && span.slice(0, -1).some((x, k) => breaksAfter(x, span[k + 1]!))) continue;
      const lower = joinLower(span);
      const base = lower.replace(/\.$/, '');
      const fromDoc = known.get(base);
      const gaz = placeKind(base) || (KNOWN_ORGS.has(base) && !AMBIGUOUS_ORG.has(base));
      const lineInitial = i === 0 || words[i - 1]!.line !== w.line;
      const datelineHead = lineInitial && span.every((x) => !/\d/.test(x.text)) && isDatelineAt(ctx, span);
      const team = allowTeam && sports && w.line > 0 && !fromDoc && !datelineHead && isTeamCell(words, i, n);
      if (!fromDoc && !gaz && !datelineHead && !team) continue;
      if ((n === 1 && base.length < 2) || SPORTS.has(base)) continue;
      const c: Candidate = {
        words: span,
        start: span[0]!.start,
        end: span[n - 1]!.end,
        text: '',
        votes: { PER: 0, LOC: 0, ORG: 0 },
      };
      const endText = ctx.text.slice(c.start, c.end);
      if (POSSESSIVE.test(endText)) c.end -= 2;
      c.text = ctx.text.slice(c.start, c.end);
      // "NEW YORK 74 59 .556": in a sports table the row names a team, whatever the prose says of the city
      const tableCell = sports && /^\s+\d/.test(ctx.text.slice(c.end, c.end + 4));
      if (fromDoc && !tableCell) for (const d of fromDoc) for (const t of TYPES) c.votes[t] += d.votes[t] * 0.5;
      else typeCandidate(ctx, c, words, sports);
      if (datelineHead && !(c.votes.LOC >= 6)) c.votes.LOC += 6;
      // "KANSAS CITY AT DETROIT": the second name is where the game is played
      if (sports && words[i - 1]?.lower === 'at' && words[i - 1]!.line === w.line) c.fixed = 'LOC';
      else if (team) c.votes.ORG += 3;
      // a team cell keeps its type apart from the city the prose names ("NEW YORK 74 59", "NEW YORK AT MIAMI")
      if (
        !c.fixed &&
        sports &&
        w.line > 0 &&
        !datelineHead &&
        c.votes.PER <= Math.max(c.votes.LOC, c.votes.ORG) &&
        isTeamCell(words, i, n)
      )
        c.fixed = 'ORG';
      if (datelineHead) c.fixed = 'LOC';
      out.push(c);
      matched = n;
      break;
    }
    if (matched) i += matched - 1;
  }
}

/** A team in a capitals table: "NY RANGERS 10 13 5 91", "CHICAGO AT MONTREAL". */
function isTeamCell(words: Word[], i: number, n: number): boolean {
  const line = words[i]!.line;
  const span = words.slice(i, i + n);
  if (span.some((x) => !/^\p{L}[\p{L}.'-]*$/u.test(x.text) || MATCH_SEPARATORS.has(x.lower) || x.lower === 'at'))
    return false;
  const before = words[i - 1];
  const after = words[i + n];
  const opens = !before || before.line !== line || MATCH_SEPARATORS.has(before.lower) || before.lower === 'at';
  const closes =
    !after ||
    after.line !== line ||
    /^\d/.test(after.text) ||
    MATCH_SEPARATORS.has(after.lower) ||
    after.lower === 'at';
  const after2 = words[i + n + 1];
  const schedule =
    after !== undefined &&
    (after.lower === 'at' || MATCH_SEPARATORS.has(after.lower)) &&
    after2 !== undefined &&
    after2.line === line;
  return (
    opens &&
    closes &&
    (schedule ||
      (after !== undefined && after.line === line && /^\d/.test(after.text)) ||
      (!!before && before.line === line))
  );
}

/** "LONDON 1996-08-30", "WIGAN, England 1996-08-31", "KYIV, Ukraine (AP) —". */
function isDatelineAt(ctx: DocContext, span: Word[]): boolean {
  const after = ctx.text.slice(span[span.length - 1]!.end, span[span.length - 1]!.end + 40);
  if (/^(?:,[\p{L} .]+)?\s+\d{4}-\d\d-\d\d/u.test(after)) return true;
  // "KYIV, Ukraine (AP) —": a place, then an agency or a dash
  const dash = /^(,[\p{L} .]+)?\s*(\([A-Z]+\)\s*)?(?:--|[–—]|\s-\s)/u.exec(after);
  return !!dash && (!!dash[1] || !!dash[2] || isGazetteerName(joinLower(span)));
}

/** Names found in running text, by lower-case form, and the surnames of people as headlines use them. */
function knownNames(candidates: Candidate[]): Map<string, Candidate[]> {
  const known = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = c.text.toLowerCase();
    const list = known.get(key) ?? [];
    list.push(c);
    known.set(key, list);
    if (c.words.length > 1 && c.votes.PER > Math.max(c.votes.LOC, c.votes.ORG)) {
      const last = c.words[c.words.length - 1]!.lower;
      if (!known.has(last)) known.set(last, [c]);
    }
  }
  return known;
}
