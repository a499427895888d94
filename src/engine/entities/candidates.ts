// Stage 3: candidates, chunks cut at connectors, titles and demonyms into the names they hold.
import type { DocContext } from '../context';
import { COMMON_CAPITALISED, MISC_HEADS } from '../lexicon/names';
import { SPORTS } from '../lexicon/organizations';
import { NAME_PARTICLES } from '../lexicon/people';
import { SPEECH_VERBS } from '../lexicon/verbs';
import { KNOWN_ORGS, ORG_HEADS, ORG_LEADS } from '../lexicon/organizations';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, TITLE_WORDS } from '../lexicon/people';
import { PLACE_HEADS, PLACE_LEADS } from '../lexicon/places';
import type { EntityType } from '../types';
import {
  COMPANY_SUFFIXES,
  CONNECTORS,
  HAS_LETTER,
  NUMBER_CELL,
  PARTY_WORDS,
  PEOPLE_ADJECTIVES,
  PLAIN_HONORIFICS,
  POSSESSIVE,
  THE_PLACES,
  isDemonym,
  isGazetteerName,
  placeKind,
} from './gazetteer';
import { isMiscName, isOrdinal, looksLikeNationality } from './miscNames';
import { joinLower, type Word } from './words';

export const TYPES: EntityType[] = ['PER', 'LOC', 'ORG'];

export interface Candidate {
  words: Word[];
  start: number;
  end: number;
  text: string;
  role?: string;
  gender?: 'male' | 'female';
  /** Kept only when it turns out to be the surname of a person named in full ("Major"). */
  surnameOnly?: boolean;
  /** A type the context decides alone (a dateline, a venue), whatever other mentions of the name say. */
  fixed?: EntityType;
  /** A lone word right before a lower-case noun ("the Yakoma tribe", "a Mercedes car"): it only qualifies the noun. */
  modifier?: boolean;
  /** Evidence per type; the largest wins after document-level pooling. */
  votes: Record<EntityType, number>;
}

export function splitChunk(ctx: DocContext, chunk: Word[], words: Word[], out: Candidate[]): void {
  let ws = chunk;
  // "The" before a name is not part of it (except "The Hague").
  if (ws.length > 1 && ws[0]!.lower === 'the' && !(ws.length === 2 && THE_PLACES.has(ws[1]!.lower))) ws = ws.slice(1);
  for (const part of splitAtConnectors(ws)) stripAndEmit(ctx, part, words, out);
}

/** Keep "Bank of England", "Institute for the Study of War", "Jean de la Fontaine"; split "Essex and Kent". */
function splitAtConnectors(ws: Word[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.cap || !CONNECTORS.has(w.lower)) {
      current.push(w);
      continue;
    }
    if (keepsConnector(current, w, ws.slice(i + 1))) {
      current.push(w);
      continue;
    }
    if (current.length) parts.push(current);
    current = [];
    // skip this connector and any following lower-case connectors
    while (i + 1 < ws.length && !ws[i + 1]!.cap) i++;
  }
  if (current.length) parts.push(current);
  return parts;
}

function keepsConnector(left: Word[], connector: Word, right: Word[]): boolean {
  if (!left.length || !right.length) return false;
  const leftLower = left.map((w) => w.lower);
  const lastRight = right[right.length - 1]!.lower;
  const orgish = leftLower.some((l) => ORG_LEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l));
  switch (connector.lower) {
    case 'of':
    case 'for':
    case 'on': {
      // "Foreign Affairs Council of the European Union" names two organizations
      const rightName = right
        .filter((w) => w.cap)
        .map((w) => w.lower)
        .join(' ');
      const leftHead = leftLower[leftLower.length - 1]!;
      if (
        left.length > 1 &&
        ORG_HEADS.has(leftHead) &&
        (KNOWN_ORGS.has(rightName) || (COMPANY_SUFFIXES.has(leftHead) && isGazetteerName(rightName)))
      )
        return false;
      // "Secretary of State Antony Blinken": a title phrase, split from the name later
      if (
        connector.lower === 'of' &&
        isTitle(left[left.length - 1]!, leftLower[leftLower.length - 1]!.replace(/\.$/, ''))
      )
        return true;
      return orgish || (left.length === 1 && PLACE_LEADS.has(leftLower[0]!));
    }
    case 'the':
    case 'in':
      // "First Chicago NBD Corp. in Illinois": a company's suffix ends its name
      if (COMPANY_SUFFIXES.has(leftLower[leftLower.length - 1]!)) return false;
      // "Union Bank of Switzerland in Tokyo": an organization and the city it is in
      // (but "Organisation for Security and Cooperation in Europe": the place belongs to the purpose)
      if (
        connector.lower === 'in' &&
        !leftLower.includes('for') &&
        isGazetteerName(right.map((w) => w.lower).join(' '))
      )
        return false;
      return left.length > 0 && orgish;
    case 'a':
    case 'an':
      // "Movement for a Democratic Slovakia"
      return (
        left.length > 1 &&
        (leftLower[leftLower.length - 1] === 'for' || leftLower[leftLower.length - 1] === 'of') &&
        orgish
      );
    case 'and':
    case '&':
      // "Test and County Cricket Board", "Marks & Spencer" — but not "Foo Ltd and Bar Inc"
      if (ORG_HEADS.has(leftLower[leftLower.length - 1]!)) return false;
      // "KeyCorp and Banc One Corp.": two companies
      if (connector.lower === 'and' && COMPANY_SUFFIXES.has(lastRight)) return false;
      // "Department of Trade and Industry", "Institute of Allergy and Infectious Diseases"
      if (leftLower.some((l, k) => ORG_LEADS.has(l) && (leftLower[k + 1] === 'of' || leftLower[k + 1] === 'for')))
        return true;
      return (ORG_HEADS.has(lastRight) && !isGazetteerName(lastRight)) || connector.lower === '&';
    default:
      return NAME_PARTICLES.has(connector.lower);
  }
}

function stripAndEmit(ctx: DocContext, ws: Word[], words: Word[], out: Candidate[]): void {
  if (ws.length > 1 && ws[0]!.lower === 'the' && !(ws.length === 2 && THE_PLACES.has(ws[1]!.lower))) ws = ws.slice(1);
  if (!ws.length) return;
  const fullLower = joinLower(ws);
  const whole = !!(
    KNOWN_ORGS.has(fullLower) ||
    isGazetteerName(fullLower) ||
    (ws.length > 1 && ORG_HEADS.has(headOf(ws)))
  );
  if (!whole && isMiscName(ws)) return;
  // "NATO Allies", "EU Ministers": a known organization and a capitalised common plural
  if (
    !whole &&
    ws.length === 2 &&
    KNOWN_ORGS.has(ws[0]!.lower) &&
    ws[1]!.tags.has('Plural') &&
    !ORG_HEADS.has(ws[1]!.lower)
  ) {
    emit(ctx, ws.slice(0, 1), words, out);
    return;
  }
  if (!whole && ws.every((w) => isTitle(w, w.lower.replace(/\.$/, '')))) {
    // "Major told parliament": a lone title word counts only as the surname of a person named in full
    if (ws.length === 1 && !ws[0]!.weak && !ws[0]!.tags.has('Honorific'))
      emit(ctx, ws, words, out, { surnameOnly: true });
    return;
  }
  if (!whole && takeRolePhrase(ctx, ws, words, out)) return;
  if (!whole && ws.length > 1) {
    if (splitAtTitle(ctx, ws, words, out)) return;
    // Leading demonyms: "Australian Tom Moody", "West Indian all-rounder".
    let d = 0;
    while (
      d < ws.length - 1 &&
      (isDemonym(ws[d]!.lower) || (d + 1 < ws.length && isDemonym(`${ws[d]!.lower} ${ws[d + 1]!.lower}`) && ++d > 0))
    )
      d++;
    if (d > 0 && d < ws.length) {
      const rest = ws.slice(d);
      const restLower = joinLower(rest);
      if (PLACE_HEADS.has(headOf(rest)) && rest.length > 1 && !isGazetteerName(restLower)) {
        // "Slovak Republic", "Australian Capital Territory"
      } else if (
        rest.length === 1 &&
        rest[0]!.tags.has('Plural') &&
        !rest[0]!.tags.has('Person') &&
        !isDemonym(rest[0]!.lower)
      ) {
        // "British Universities": a national body named by a plural
      } else if (!ORG_HEADS.has(headOf(rest)) || rest.length === 1 || isGazetteerName(restLower)) {
        emit(ctx, rest, words, out);
        return;
      }
    }
  }
  // "Surgeon Renat Akchurin", "Queenslander Daniel Herbert": a capitalised descriptor opening the sentence
  // ("Englishman Mark Cairns", "Ex-Yankee Randy Velarde": the same inside a sentence when the word is no name)
  const descriptor = ws[0]!.weak ? !ws[0]!.tags.has('ProperNoun') : isDescriptorWord(ws[0]!);
  if (
    ws.length >= 3 &&
    descriptor &&
    ws[1]!.tags.has('FirstName') &&
    !ws[0]!.tags.has('FirstName') &&
    !ws[0]!.tags.has('LastName') &&
    !placeKind(ws[0]!.lower) &&
    !KNOWN_ORGS.has(ws[0]!.lower) &&
    !ORG_LEADS.has(ws[0]!.lower)
  ) {
    emit(ctx, ws.slice(1), words, out);
    return;
  }
  // "Texas Republicans", "Ohio Democrats": a state and a party is neither a place nor an organisation
  const lastWord = ws[ws.length - 1]!.lower.replace(POSSESSIVE, '');
  if (ws.length >= 2 && PARTY_WORDS.has(lastWord) && placeKind(joinLower(ws.slice(0, -1)))) {
    emit(ctx, ws.slice(0, -1), words, out);
    return;
  }
  if (ws.length <= 2 && isDemonym(joinLower(ws))) return;
  if (ws.length <= 2 && (COMMON_CAPITALISED.has(joinLower(ws)) || SPORTS.has(joinLower(ws))) && !ws[0]!.definedAcronym)
    return;
  if (
    ws.length === 1 &&
    looksLikeNationality(ws[0]!) &&
    !inTeamSlot(ctx, ws[0]!, words) &&
    !besideSpeechVerb(ws[0]!, words)
  )
    return;
  if (ws.length === 1 && isOrdinal(ws[0]!)) return;
  if (ws.length === 1 && (PARTY_WORDS.has(ws[0]!.lower) || PEOPLE_ADJECTIVES.has(ws[0]!.lower))) return;
  emit(ctx, ws, words, out);
}

/**
 * "Secretary of State", "Minister of Finance": a role phrase without its holder names nobody; "Archbishop of
 * Cape Town" keeps the place. Returns true when the phrase is dealt with.
 */
function takeRolePhrase(ctx: DocContext, ws: Word[], words: Word[], out: Candidate[]): boolean {
  if (
    ws.length < 3 ||
    ws[1]!.lower !== 'of' ||
    !isTitle(ws[0]!, ws[0]!.lower.replace(/\.$/, '')) ||
    ORG_HEADS.has(ws[0]!.lower) ||
    ORG_LEADS.has(ws[0]!.lower)
  )
    return false;
  const rest = ws.slice(2);
  const restLower = joinLower(rest);
  if (isGazetteerName(restLower) || KNOWN_ORGS.has(restLower)) {
    emit(ctx, rest, words, out);
    return true;
  }
  const holder = rest.filter((w) => !isTitle(w, w.lower.replace(/\.$/, '')));
  return (
    holder.length < 2 && !holder.some((w) => w.tags.has('FirstName') || w.tags.has('Person') || w.tags.has('LastName'))
  );
}

/** Titles and roles: "NATO Secretary-General Jens Stoltenberg", "Federal Reserve Governor Lawrence Lindsey". */
function splitAtTitle(ctx: DocContext, ws: Word[], words: Word[], out: Candidate[]): boolean {
  let role: string | undefined;
  let gender: Candidate['gender'];
  const restLooksNamed = (rest: Word[]): boolean =>
    rest.some((w) => w.tags.has('FirstName') || w.tags.has('LastName')) ||
    !rest.some((w) => {
      // "the Energy Department's envoy": a head keeps its meaning before a possessive
      const lower = w.lower.replace(POSSESSIVE, '');
      return ORG_HEADS.has(lower) || MISC_HEADS.has(lower) || PLACE_HEADS.has(lower) || ORG_LEADS.has(lower);
    });
  const titled = (w: Word): boolean => isTitle(w, w.lower.replace(/\.$/, ''));
  let split = -1;
  for (let k = ws.length - 1; k >= 1; k--) {
    if (titled(ws[k - 1]!) && !titled(ws[k]!) && restLooksNamed(ws.slice(k))) {
      split = k;
      break;
    }
  }
  if (split > 0) {
    const rest = ws.slice(split);
    const roleWords = ws.slice(0, split);
    if (!roleWords.every((w) => PLAIN_HONORIFICS.has(w.lower.replace(/\.$/, ''))))
      role = ctx.text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end);
    for (const w of roleWords) {
      const key = w.lower.replace(/\.$/, '');
      if (MALE_HONORIFICS.has(key)) gender = 'male';
      if (FEMALE_HONORIFICS.has(key)) gender = 'female';
    }
    // The organization or place in front of the title is an entity of its own.
    let blockStart = split - 1;
    while (blockStart > 0 && titled(ws[blockStart - 1]!)) blockStart--;
    const prefix = ws.slice(0, blockStart);
    if (prefix.length && !isDemonym(joinLower(prefix))) stripAndEmit(ctx, prefix, words, out);
    emit(ctx, rest, words, out, { role, gender, person: true });
    return true;
  }
  return false;
}

/** "Englishman", "Montenegrin", "Ex-Yankee", "Third-stringer": a capitalised word that describes a person. */
function isDescriptorWord(w: Word): boolean {
  const t = w.tags;
  if (t.has('Person') || t.has('Place') || t.has('Organization') || t.has('Honorific')) return false;
  return (
    /^(?:ex|former|then)-/i.test(w.text) ||
    /(?:man|woman|er|ist)$/.test(w.lower) ||
    isDemonym(w.lower) ||
    looksLikeNationality(w)
  );
}

/** "said Campese", "Campese said": a word that speaks is a name, whatever its ending. */
function besideSpeechVerb(w: Word, words: Word[]): boolean {
  const prev = words[w.position - 1];
  const next = words[w.position + 1];
  return (
    (!!prev && prev.line === w.line && SPEECH_VERBS.has(prev.lower)) ||
    (!!next && next.line === w.line && SPEECH_VERBS.has(next.lower) && w.last.post.trim() === '')
  );
}

/** "Hibernian 3", "(Udinese)": a table cell or a club in parentheses, where a word like a nationality names a team. */
function inTeamSlot(ctx: DocContext, w: Word, words: Word[]): boolean {
  if (!/^\p{Lu}[\p{L}'-]*$/u.test(w.text)) return false;
  const next = words[w.position + 1];
  if (next && next.line === w.line && NUMBER_CELL.test(next.text) && !/[,;:]/.test(w.last.post)) return true;
  return w.first.pre.includes('(') && /^\s*\)/.test(ctx.text.slice(w.end, w.end + 2));
}

/** The last word of a name without its possessive: "Army" in "the Scottish National Army's". */
function headOf(ws: Word[]): string {
  return ws[ws.length - 1]!.lower.replace(POSSESSIVE, '');
}

export function isTitle(w: Word, key: string): boolean {
  if (w.tags.has('Honorific')) return true;
  if (!TITLE_WORDS.has(key)) return false;
  // A title word directly before an org head is part of the org ("Foreign Affairs Council").
  return true;
}

function emit(
  ctx: DocContext,
  ws: Word[],
  words: Word[],
  out: Candidate[],
  extra: { role?: string; gender?: Candidate['gender']; person?: boolean; surnameOnly?: boolean } = {},
): void {
  while (ws.length && !ws[0]!.cap) ws = ws.slice(1);
  while (ws.length && !ws[ws.length - 1]!.cap) ws = ws.slice(0, -1);
  if (!ws.length) return;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  let end = last.end;
  const lastText = ctx.text.slice(last.start, end);
  if (POSSESSIVE.test(lastText) && lastText.length > 2) end -= 2;
  while (end > first.start && !/[\p{L}\p{N}.]/u.test(ctx.text[end - 1]!)) end--;
  if (end <= first.start) return;
  const text = ctx.text.slice(first.start, end);
  if (!HAS_LETTER.test(text)) return;
  const c: Candidate = { words: ws, start: first.start, end, text, votes: { PER: 0, LOC: 0, ORG: 0 } };
  if (extra.role) c.role = extra.role;
  if (extra.gender) c.gender = extra.gender;
  if (extra.person) c.votes.PER += 3;
  if (extra.surnameOnly) c.surnameOnly = true;
  void words;
  out.push(c);
}
