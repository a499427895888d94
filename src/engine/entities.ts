// People, places and organizations: capitalised spans found on compromise's tokens, cut at titles,
// connectors and demonyms, typed from gazetteers, heads and context, then clustered per document.
import type { DocContext } from './context';
import { CITY_NAMES, COUNTRY_NAMES, DEMONYM_PLACE, PLACE_HEADS, PLACE_LEADS, REGION_NAMES } from './lexicon/places';
import { KNOWN_ORGS, ORG_HEADS, ORG_LEADS } from './lexicon/organizations';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from './lexicon/people';
import { COMMON_CAPITALISED, LOC_PREPOSITIONS, MISC_HEADS, NAME_PARTICLES, ORG_CONTEXT_NOUNS, SPEECH_VERBS, SPORTS } from './lexicon/cues';
import type { Token } from './tokens';
import type { Entity, EntityType, Mention } from './types';

/** A word: one token, or tokens joined by hyphens without spaces ("Secretary-General"). */
interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  first: Token;
  last: Token;
  /** Index of the first token in ctx.tokens. */
  index: number;
  /** Index of the word in the document's words. */
  position: number;
  cap: boolean;
  /** Capitalisation says little here: first word of a sentence or line, or an ALL-CAPS line. */
  weak: boolean;
  capsLine: boolean;
  line: number;
  /** First word of a dateline: "HERZLIYA, Israel 1996-08-30". */
  lineInitialDateline: boolean;
  /** Lower-case words on this word's line (result tables have almost none). */
  lineLower: number;
  tags: ReadonlySet<string>;
}

interface Candidate {
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
  /** Evidence per type; the largest wins after document-level pooling. */
  votes: Record<EntityType, number>;
}

const TYPES: EntityType[] = ['PER', 'LOC', 'ORG'];
/** "Bergamo-based", "U.S.-led": a hyphenated word that describes rather than names. */
const DESCRIPTIVE_SUFFIXES = new Set('based|led|backed|born|owned|made|run|controlled|held|style|era|bound|friendly|related|linked|speaking|funded|sponsored|dominated|occupied|supported|allied|brokered|listed|registered|type|like|wide|area|level|class|bred|trained|educated|american|british|european|bound|designed|built|produced|inspired|influenced|oriented|centred|centered|focused|owned'.split('|'));
/** What follows a dateline's place: an optional ", Region" and the date. */
const DATELINE_TAIL = /^(?:,\s*\p{L}[\p{L}.]*(?: \p{L}[\p{L}.]*)*)?\s+\d{4}-\d\d-\d\d/u;
const CONTRACTION = /['’](?:m|ve|ll|d|re)$|n['’]t$/i;

function isDescriptiveSuffix(part: string): boolean {
  return /^\p{Ll}/u.test(part) && (DESCRIPTIVE_SUFFIXES.has(part) || /(?:ed|ing)$/.test(part));
}

/** Longer runs of capitalised words are titles or lists, not one name. */
const MAX_NAME_WORDS = 12;
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$/;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'a', 'an', ...NAME_PARTICLES]);
/** Company suffixes: "Kia Motor Corp of South Korea" is a company and a place. */
const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'company', 'corporation', 'group', 'bros', 'bros.']);
const POSSESSIVE = /['’]s$/;
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$|^(?:st|mt|ft|jr|sr|co|inc|corp|ltd|bros|dr|mr|mrs|ms|prof|gen|gov|sen|rep|col|lt|capt|sgt)$/iu;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

export function findEntities(ctx: DocContext): { entities: Entity[]; mentions: Mention[] } {
  try {
    return recognise(ctx);
  } catch {
    return { entities: [], mentions: [] };
  }
}

function recognise(ctx: DocContext): { entities: Entity[]; mentions: Mention[] } {
  const words = buildWords(ctx);
  if (!words.length) return { entities: [], mentions: [] };
  const sports = isSportsText(ctx, words);
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const w of words) {
    if (!w.cap && HAS_LOWER.test(w.text)) lowerSeen.add(w.lower);
    else if (w.cap && !w.weak) capSeen.add(w.lower);
  }
  const candidates: Candidate[] = [];
  for (const chunk of chunks(words, lowerSeen, capSeen)) splitChunk(ctx, chunk, words, candidates);
  for (const c of candidates) typeCandidate(ctx, c, words, sports);
  addCapsLineCandidates(ctx, words, candidates, sports);
  return cluster(ctx, candidates, lowerSeen);
}

// ---------------------------------------------------------------- words and lines

function buildWords(ctx: DocContext): Word[] {
  const { tokens, text } = ctx;
  const words: Word[] = [];
  let line = 0;
  let lineStart = true;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const gap = text.slice(prevEnd, first.start);
    if (gap.includes('\n')) {
      line++;
      lineStart = true;
    }
    let j = i;
    const hyphenAfter = (k: number): boolean => k + 1 < tokens.length && tokens[k]!.post === '-' && tokens[k + 1]!.pre === '' && tokens[k + 1]!.start === tokens[k]!.end + 1;
    // "ex-Milan", "anti-NATO": the name starts after the lower-case prefix.
    if (hyphenAfter(i) && /^\p{Ll}+$/u.test(first.text) && !NAME_PARTICLES.has(first.text) && /^\p{Lu}/u.test(tokens[i + 1]!.text)) {
      prevEnd = first.end;
      lineStart = false;
      continue;
    }
    while (hyphenAfter(j)) j++;
    const last = tokens[j]!;
    let end = last.end;
    // "U.S.", "J.", "Corp." keep their period, unless it also ends the line
    const nextToken = tokens[j + 1];
    const sentenceFinal = /^\.\s*\n/.test(last.post) || (j + 1 >= tokens.length && last.post.trim() === '.');
    // "Corp." ending a sentence gives its period to the sentence
    const suffixAtEnd = COMPANY_SUFFIXES.has(last.text.toLowerCase()) && (!nextToken || /^\p{Lu}/u.test(nextToken.text) || nextToken.pre.trim() !== '');
    if (last.post.startsWith('.') && ABBREVIATION.test(last.text) && !sentenceFinal && !suffixAtEnd) end++;
    const wordText = text.slice(first.start, end);
    const prevToken = tokens[i - 1];
    const afterInitial = prevToken !== undefined && ABBREVIATION.test(prevToken.text) && /^\.\s+$/.test(prevToken.post) && !gap.includes('\n');
    const sentenceStart = !afterInitial && (!prevToken || prevToken.sentence !== first.sentence || /[.!?:"“”]\s*$/.test(prevToken.post) || /^["“‘]/.test(first.pre));
    const tags = j === i ? first.tags : new Set([...first.tags, ...last.tags]);
    words.push({
      start: first.start,
      end,
      text: wordText,
      lower: wordText.toLowerCase(),
      first,
      last,
      index: i,
      position: words.length,
      // "Bergamo-based", "U.S.-led" describe, they do not name
      // (styled letters outside the BMP, e.g. mathematical bold, are decoration, not names)
      // party and state tags ("D-N.Y.", "R-La.") are not names
      cap: !/^[DRI]-\p{Lu}/u.test(wordText) && (/^\p{Lu}/u.test(wordText) || (j > i && NAME_PARTICLES.has(first.text) && /^\p{Lu}/u.test(tokens[i + 1]!.text))) && wordText.charCodeAt(0) < 0xd800 && !(j > i && isDescriptiveSuffix(last.text)) && !CONTRACTION.test(wordText),
      lineLower: 0,
      lineInitialDateline: lineStart && /^\p{Lu}+$/u.test(first.text) && DATELINE_TAIL.test(text.slice(end, end + 40)),
      weak: lineStart || sentenceStart,
      capsLine: false,
      line,
      tags,
    });
    lineStart = false;
    prevEnd = last.end;
    i = j;
  }
  markCapsLines(words);
  markTitleCaseSentences(words);
  return words;
}

/** Lines without lower-case words are headlines or tables: capitalisation means nothing there. */
function markCapsLines(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && words[i]!.line === words[from]!.line) continue;
    let upper = 0;
    let lower = 0;
    for (let k = from; k < i; k++) {
      const t = words[k]!.text;
      if (!HAS_LETTER.test(t)) continue;
      if (HAS_LOWER.test(t)) lower++;
      else if (t.length > 1) upper++;
    }
    if (upper >= 2 && lower <= upper / 4) for (let k = from; k < i; k++) words[k]!.capsLine = true;
    let lowerInitial = 0;
    for (let k = from; k < i; k++) if (/^\p{Ll}/u.test(words[k]!.text)) lowerInitial++;
    for (let k = from; k < i; k++) words[k]!.lineLower = lowerInitial;
    from = i;
  }
}

/** Headlines in Title Case ("Trump Was 'Mocking' Clinton Camp") say as little as capitals do. */
function markTitleCaseSentences(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && words[i]!.first.sentence === words[from]!.first.sentence && words[i]!.line === words[from]!.line) continue;
    let capitalised = 0;
    let lowerOther = 0;
    let capitalisedFunction = 0;
    for (let k = from; k < i; k++) {
      const w = words[k]!;
      if (!HAS_LETTER.test(w.text) || w.capsLine) continue;
      if (CONTRACTION.test(w.text) && /^\p{Lu}/u.test(w.text)) {
        capitalisedFunction++;
        continue;
      }
      if (w.cap) {
        capitalised++;
        if (k > from && TITLE_CASE_FUNCTION_WORDS.has(w.lower)) capitalisedFunction++;
      } else if (!TITLE_CASE_SMALL_WORDS.has(w.lower)) lowerOther++;
    }
    let numbers = 0;
    for (let k = from; k < i; k++) if (/^\(?[\d.,:/-]+\)?$/.test(words[k]!.text)) numbers++;
    if (capitalised >= 4 && lowerOther === 0 && capitalisedFunction > 0 && numbers < 2) for (let k = from; k < i; k++) words[k]!.capsLine = true;
    from = i;
  }
}

const TITLE_CASE_FUNCTION_WORDS = new Set('is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|says|said|say|to|of|in|on|at|for|with|by|from|as|after|over|into|about|than|that|this|his|her|their|its|who|what|how|why|when|it|he|she|they|we|you|your|our|up|out|off|down|back|more|new|first|all|no'.split('|'));
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'v', 'via', 'per']);

function isSportsText(ctx: DocContext, words: Word[]): boolean {
  // A sport named in the headline ("SOCCER - ...", "NFL AMERICAN FOOTBALL-STANDINGS")
  const firstLine = words[0]?.line;
  const headline = words.filter((w) => w.line === firstLine).map((w) => w.lower.replace(/[^a-z ]/g, ' '));
  const head = ` ${headline.join(' ')} `;
  if ([...SPORTS].some((s) => head.includes(` ${s} `))) return true;
  // or result tables: several lines of a name followed by scores
  let rows = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (w.cap && next.line === w.line && NUMBER_CELL.test(next.text) && (i === 0 || words[i - 1]!.line !== w.line || words[i - 1]!.cap)) rows++;
  }
  void ctx;
  return rows >= 4;
}

// ---------------------------------------------------------------- chunks

/** Maximal runs of capitalised words (with lower-case connectors inside) on mixed-case lines. */
function* chunks(words: Word[], lowerSeen: Set<string>, capSeen: Set<string>): Generator<Word[]> {
  let run: Word[] = [];
  const flush = function* (): Generator<Word[]> {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.lower)) run.pop();
    if (run.length) yield run;
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const joined = run.length > 0 && prev !== undefined && !breaksAfter(prev, w);
    if (!joined) yield* flush();
    if (w.capsLine) continue;
    if (run.length >= MAX_NAME_WORDS) yield* flush();
    if (isEntityWord(w, words[i + 1], lowerSeen, capSeen, run.length > 0)) {
      run.push(w);
      continue;
    }
    // connectors, possibly several ("Institute for the Study of War"), before another capitalised word
    let k = i + 1;
    while (k < words.length && k < i + 3 && CONNECTORS.has(words[k]!.lower) && !words[k]!.cap && !breaksAfter(words[k - 1]!, words[k]!)) k++;
    const next = words[k];
    if (run.length && CONNECTORS.has(w.lower) && !w.cap && next && next.cap && !next.weak && !breaksAfter(words[k - 1]!, next) && !breaksAfter(prev!, w)) {
      run.push(w);
      continue;
    }
    yield* flush();
  }
  yield* flush();
}

function breaksAfter(prev: Word, next: Word): boolean {
  if (next.line !== prev.line) return true;
  if (POSSESSIVE.test(prev.text)) return true;
  const post = prev.last.post;
  if (/[,;:()[\]"“”!?–—/]|\s-\s|--/.test(post)) return true;
  if (post.includes('.') && (!ABBREVIATION.test(prev.last.text) || prev.end === prev.last.end)) return true;
  return /["“‘(]/.test(next.first.pre);
}

function isEntityWord(w: Word, next: Word | undefined, lowerSeen: Set<string>, capSeen: Set<string>, inRun: boolean): boolean {
  if (!w.cap || !HAS_LETTER.test(w.text) || /\d/.test(w.text)) return false;
  const base = w.lower.replace(POSSESSIVE, '');
  if (w.tags.has('Date') && !w.tags.has('Person')) return false;
  if (inRun && ROMAN_NUMERAL.test(w.text)) return true;
  // an acronym in running text: "National Alliance (AN)"
  const acronym = !w.capsLine && !w.weak && /^\p{Lu}{2,6}$/u.test(base.toUpperCase()) && w.text === w.text.toUpperCase() && w.text.length >= 2;
  if (acronym) return !COMMON_CAPITALISED.has(base) && !(w.tags.has('Verb') || w.tags.has('Adjective') || w.tags.has('Plural'));
  if (!inRun && w.text.replace(/\.$/, '').length === 1) return w.text.endsWith('.') && !!next && next.cap && next.line === w.line && !breaksAfter(w, next);
  if (isGazetteerName(base) && (w.weak || /\p{Ll}/u.test(w.text) || base.length > 2)) return true;
  if (w.lineInitialDateline) return true;
  if (w.tags.has('Pronoun') && !w.tags.has('ProperNoun')) return false;
  // "Conservative Party", "National Alliance"
  const beforeOrgHead = next !== undefined && next.cap && next.line === w.line && ORG_HEADS.has(next.lower) && !breaksAfter(w, next);
  if (!w.weak) return !COMMON_CAPITALISED.has(base) || inRun || beforeOrgHead;
  // a table row: "Reading 2 Stoke 2", "Fiorentina (10) v Perugia (8)"
  const tableRow = next !== undefined && next.line === w.line && NUMBER_CELL.test(next.text) && w.lineLower <= 2;
  // First word of a sentence: a name only with evidence beyond its capital letter.
  if (COMMON_CAPITALISED.has(base)) return beforeOrgHead;
  if (capSeen.has(w.lower) || capSeen.has(base)) return true;
  if (tableRow) return true;
  // a title opening the sentence: "Secretary of State Antony Blinken", "President Zelensky"
  if (next && next.line === w.line && (TITLE_WORDS.has(base.replace(/\.$/, '')) || w.tags.has('Honorific')) && (next.cap || next.lower === 'of')) return true;
  if (lowerSeen.has(base)) return false;
  if (isGazetteerName(base) || KNOWN_ORGS.has(base)) return true;
  const t = w.tags;
  if (t.has('Determiner') || t.has('Preposition') || t.has('Conjunction') || t.has('Adverb') || t.has('QuestionWord')) return false;
  if (t.has('Person') || t.has('Place') || t.has('Organization') || t.has('Acronym')) return true;
  // "Frank Nobilo", "Rayo Vallecano" at the start of a line: the next word carries the evidence
  const adjective = t.has('Adjective') && !t.has('Person');
  if (next && next.cap && !next.weak && next.line === w.line && !breaksAfter(w, next) && !t.has('Verb') && !adjective && !isDemonym(base)) return true;
  return t.has('ProperNoun') && !t.has('Verb') && !t.has('Adjective');
}

// ---------------------------------------------------------------- chunk → candidates

function splitChunk(ctx: DocContext, chunk: Word[], words: Word[], out: Candidate[]): void {
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
      const rightName = right.filter((w) => w.cap).map((w) => w.lower).join(' ');
      const leftHead = leftLower[leftLower.length - 1]!;
      if (left.length > 1 && ORG_HEADS.has(leftHead) && (KNOWN_ORGS.has(rightName) || (COMPANY_SUFFIXES.has(leftHead) && isGazetteerName(rightName)))) return false;
      // "Secretary of State Antony Blinken": a title phrase, split from the name later
      if (connector.lower === 'of' && isTitle(left[left.length - 1]!, leftLower[leftLower.length - 1]!.replace(/\.$/, ''))) return true;
      return orgish || (left.length === 1 && PLACE_LEADS.has(leftLower[0]!));
    }
    case 'the':
    case 'in':
      return left.length > 0 && orgish;
    case 'a':
    case 'an':
      // "Movement for a Democratic Slovakia"
      return left.length > 1 && (leftLower[leftLower.length - 1] === 'for' || leftLower[leftLower.length - 1] === 'of') && orgish;
    case 'and':
    case '&':
      // "Test and County Cricket Board", "Marks & Spencer" — but not "Foo Ltd and Bar Inc"
      if (ORG_HEADS.has(leftLower[leftLower.length - 1]!)) return false;
      // "Department of Trade and Industry", "Institute of Allergy and Infectious Diseases"
      if (leftLower.some((l, k) => ORG_LEADS.has(l) && (leftLower[k + 1] === 'of' || leftLower[k + 1] === 'for'))) return true;
      return (ORG_HEADS.has(lastRight) && !isGazetteerName(lastRight)) || connector.lower === '&';
    default:
      return NAME_PARTICLES.has(connector.lower);
  }
}

function stripAndEmit(ctx: DocContext, ws: Word[], words: Word[], out: Candidate[]): void {
  if (ws.length > 1 && ws[0]!.lower === 'the' && !(ws.length === 2 && THE_PLACES.has(ws[1]!.lower))) ws = ws.slice(1);
  if (!ws.length) return;
  const fullLower = joinLower(ws);
  const whole = !!(KNOWN_ORGS.has(fullLower) || isGazetteerName(fullLower) || (ws.length > 1 && ORG_HEADS.has(ws[ws.length - 1]!.lower)));
  let role: string | undefined;
  let gender: Candidate['gender'];
  if (!whole && isMiscName(ws)) return;
  // "NATO Allies", "EU Ministers": a known organization and a capitalised common plural
  if (!whole && ws.length === 2 && KNOWN_ORGS.has(ws[0]!.lower) && ws[1]!.tags.has('Plural') && !ORG_HEADS.has(ws[1]!.lower)) {
    emit(ctx, ws.slice(0, 1), words, out);
    return;
  }
  if (!whole && ws.every((w) => isTitle(w, w.lower.replace(/\.$/, '')))) {
    // "Major told parliament": a lone title word counts only as the surname of a person named in full
    if (ws.length === 1 && !ws[0]!.weak && !ws[0]!.tags.has('Honorific')) emit(ctx, ws, words, out, { surnameOnly: true });
    return;
  }
  if (!whole && ws.length > 1) {
    // Titles and roles: "NATO Secretary-General Jens Stoltenberg", "Federal Reserve Governor Lawrence Lindsey".
    const restLooksNamed = (rest: Word[]): boolean =>
      rest.some((w) => w.tags.has('FirstName') || w.tags.has('LastName')) ||
      !rest.some((w) => ORG_HEADS.has(w.lower) || MISC_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || ORG_LEADS.has(w.lower));
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
      if (!roleWords.every((w) => PLAIN_HONORIFICS.has(w.lower.replace(/\.$/, '')))) role = ctx.text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end);
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
      return;
    }
    // Leading demonyms: "Australian Tom Moody", "West Indian all-rounder".
    let d = 0;
    while (d < ws.length - 1 && (isDemonym(ws[d]!.lower) || (d + 1 < ws.length && isDemonym(`${ws[d]!.lower} ${ws[d + 1]!.lower}`) && ++d > 0))) d++;
    if (d > 0 && d < ws.length) {
      const rest = ws.slice(d);
      const restLower = joinLower(rest);
      if (PLACE_HEADS.has(rest[rest.length - 1]!.lower) && rest.length > 1 && !isGazetteerName(restLower)) {
        // "Slovak Republic", "Australian Capital Territory"
      } else if (!ORG_HEADS.has(rest[rest.length - 1]!.lower) || rest.length === 1 || isGazetteerName(restLower)) {
        emit(ctx, rest, words, out);
        return;
      }
    }
  }
  if (ws.length <= 2 && isDemonym(joinLower(ws))) return;
  if (ws.length <= 2 && (COMMON_CAPITALISED.has(joinLower(ws)) || SPORTS.has(joinLower(ws)))) return;
  if (ws.length === 1 && looksLikeNationality(ws[0]!)) return;
  emit(ctx, ws, words, out);
}

/** "World Cup", "Grand Prix", "Clean Air Act": named events and laws are not PER/LOC/ORG. */
function isMiscName(ws: Word[]): boolean {
  const last = ws[ws.length - 1]!.lower.replace(POSSESSIVE, '');
  // "World War Two", "World War II"
  if (ws.length >= 3 && ws[ws.length - 2]!.lower === 'war' && /^(?:one|two|i|ii)$/.test(last)) return true;
  if (!(MISC_HEADS.has(last) || MISC_HEADS.has(last.replace(/s$/, ''))) || ws.length < 2) return false;
  return !ws.some((w) => ORG_LEADS.has(w.lower) && w !== ws[0]) && !ws.some((w) => w.lower === 'of' || w.lower === 'for');
}

/** "Surinamese", "Montenegrins", "German-Israeli", "Franco-African", "US$": adjectives of nations, not names. */
function looksLikeNationality(w: Word): boolean {
  if (w.tags.has('FirstName') || w.tags.has('Person')) return false;
  const lower = w.lower.replace(POSSESSIVE, '');
  if (/\$$/.test(lower)) return true;
  const parts = lower.split('-');
  if (parts.length > 1 && parts.some((p) => isDemonym(p) || /^(?:franco|anglo|sino|euro|afro|indo|russo|greco|austro|italo|judeo|pan|trans)$/.test(p))) return true;
  return parts.length === 1 && /(?:ese|ians?|ish|ans)$/.test(lower) && !placeKind(lower) && !KNOWN_ORGS.has(lower);
}

function isTitle(w: Word, key: string): boolean {
  if (w.tags.has('Honorific')) return true;
  if (!TITLE_WORDS.has(key)) return false;
  // A title word directly before an org head is part of the org ("Foreign Affairs Council").
  return true;
}

function emit(ctx: DocContext, ws: Word[], words: Word[], out: Candidate[], extra: { role?: string; gender?: Candidate['gender']; person?: boolean; surnameOnly?: boolean } = {}): void {
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

// ---------------------------------------------------------------- typing

function typeCandidate(ctx: DocContext, c: Candidate, words: Word[], sports: boolean): void {
  const v = c.votes;
  const lower = c.text.toLowerCase();
  const ws = c.words;
  const firstW = ws[0]!;
  const lastW = ws[ws.length - 1]!;
  const firstLower = firstW.lower;
  const lastLower = lastW.lower.replace(POSSESSIVE, '');
  const before = wordBefore(words, firstW);
  const after = wordAfter(words, lastW);
  const beforeLower = before?.lower ?? '';
  const afterLower = after?.lower ?? '';
  const dateline = (!before || before.line !== firstW.line) && isDateline(ctx, c);
  if (dateline) {
    v.LOC += 6;
    c.fixed = 'LOC';
  }
  // a team in a results table: "Pohang 3 Ulsan 2", "NEW YORK 74 59 .556"
  const rowStart = (!before || before.line !== firstW.line || /^\d+$/.test(before.text) || MATCH_SEPARATORS.has(beforeLower)) && !firstW.first.pre.includes('(');
  const tableRow = !dateline && sports && rowStart && after !== undefined && after.line === lastW.line && /^\(?\d/.test(after.text) && lastW.lineLower <= 2;

  const place = placeKind(lower);
  if (KNOWN_ORGS.has(lower) && !(AMBIGUOUS_ORG.has(lower) && (HAS_LOWER.test(c.text) || firstW.weak))) v.ORG += 4;
  if (place === 'country') v.LOC += 5;
  else if (place) {
    if (sports && (tableRow || (!SPORTS_VENUE_PREPOSITIONS.has(beforeLower) && !dateline))) v.ORG += 4;
    v.LOC += 3.5;
  }
  if (ws.length > 1 || ORG_HEADS.has(lastLower)) {
    if (ORG_HEADS.has(lastLower) && ws.length > 1) v.ORG += ws.length === 2 && firstW.tags.has('FirstName') ? 1 : 3;
    if (ORG_LEADS.has(firstLower) && ws.some((w) => w.lower === 'of' || w.lower === 'for')) v.ORG += 3;
    if (PLACE_HEADS.has(lastLower) && ws.length > 1 && !(sports && lastLower === 'city')) v.LOC += 2.5;
    if (PLACE_LEADS.has(firstLower) && ws.length > 1 && placeKind(joinLower(ws.slice(1)))) v.LOC += 3;
    if (PLACE_LEADS.has(firstLower) && ws.length > 1 && ['lake', 'mount', 'mt', 'mt.', 'cape', 'fort'].includes(firstLower)) v.LOC += 2;
  }
  // "Dynamo Moscow", "Chittagong Cement": a place name plus other words names a team or a company
  if (!place && ws.length > 1 && !firstW.tags.has('FirstName') && ws.some((w) => placeKind(w.lower)) && !ws.some((w) => PLACE_HEADS.has(w.lower) || PLACE_LEADS.has(w.lower) || isDemonym(w.lower))) v.ORG += 1.5;
  if (sports && ws.length > 1 && SPORTS_TEAM_HEADS.has(lastLower)) v.ORG += 3;
  // compromise's own lexicon and tagger
  const tagged = (tag: string): number => ws.filter((w) => w.tags.has(tag)).length;
  if (tagged('FirstName') && ws.length > 1 && !firstW.tags.has('Place')) v.PER += 2.5;
  else if (tagged('Person')) v.PER += 1.2;
  if (tagged('Organization')) v.ORG += 1;
  if (tagged('Place') && !place) {
    if (sports && !dateline) v.ORG += 1;
    else v.LOC += 1;
  }
  if (ws.length === 1 && /^\p{Lu}{2,6}$/u.test(c.text.replace(/\./g, '')) && !firstW.capsLine) v.ORG += 1;
  // context
  if (sports ? SPORTS_VENUE_PREPOSITIONS.has(beforeLower) : LOC_PREPOSITIONS.has(beforeLower)) v.LOC += 0.8;
  if (ORG_CONTEXT_NOUNS.has(beforeLower) || ORG_CONTEXT_NOUNS.has(afterLower)) v.ORG += 2;
  if (ROLE_NOUNS.has(afterLower) && after && !after.cap) v.PER -= 2;
  if (before && !before.cap && ROLE_NOUNS.has(beforeLower)) v.PER += 1.5;
  if (SPEECH_VERBS.has(afterLower) && ws.length <= 3) v.PER += 0.6;
  if (tableRow && teamLine(ctx, c)) v.ORG += 3;
  if (tableRow) {
    // Result tables list teams (often named after places) or players.
    const team = ws.some((w) => placeKind(w.lower) || ORG_HEADS.has(w.lower)) || ws.length === 1;
    if (team && !(ws.length > 1 && tagged('FirstName'))) v.ORG += 2;
    else v.PER += 2;
  }
  if (ws.length > 1 && /^\p{Lu}\.$/u.test(firstW.text)) v.PER += 3;
  if (lastW.last.post.startsWith(',') && after && placeKind(after.lower)) v.LOC += 1.5;
  // "Florence Masnada (France)": an athlete and her country
  if (after && (/^\s*\(/.test(lastW.last.post) || after.first.pre.includes('(')) && placeKind(after.lower) && ws.length > 1) v.PER += sports ? 3 : 1.5;
  // scorers: "(Zola 12, Vialli 55)"
  if (sports && after && /^\d+$/.test(after.text) && /[,)]/.test(after.last.post) && (firstW.first.pre.includes('(') || (before !== undefined && before.last.post.includes(',')))) v.PER += 2;
  if (HAS_LOWER.test(c.text) && /\p{Lu}{2}/u.test(c.text) === false && ws.length >= 2 && ws.length <= 3 && !v.ORG && !v.LOC) v.PER += 0.7;
}

/** A line that can only list teams: a score line "Hapoel Holon 2 Bnei Sakhnin 1" or a league-table row. */
function teamLine(ctx: DocContext, c: Candidate): boolean {
  const from = ctx.text.lastIndexOf('\n', c.start);
  if (from < c.start - 200) return false;
  let to = ctx.text.indexOf('\n', c.end);
  if (to < 0) to = ctx.text.length;
  if (to - from > 200) return false;
  const line = ctx.text.slice(from + 1, to);
  if (/^\s*\p{L}[^\d\n]*?\s\d+\s+\p{L}[^\d\n]*?\s\d+\s*(?:\(.*\))?\.?\s*$/u.test(line)) return true;
  const numbers = ctx.text.slice(c.end, to).match(/(?:^|\s)\d+(?=\s|$)/g);
  return (numbers?.length ?? 0) >= 6;
}

/** A score or rank cell: "3", "(12)". */
const NUMBER_CELL = /^\(?\d+\)?$/;
const PLAIN_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'sir', 'madam']);
/** Places whose name includes "The". */
const THE_PLACES = new Set(['hague', 'netherlands', 'gambia', 'bahamas']);
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const MATCH_SEPARATORS = new Set(['v', 'vs', 'vs.', 'v.']);
const SPORTS_VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);
const SPORTS_TEAM_HEADS = new Set(['city', 'town', 'forest', 'united', 'county', 'rovers', 'athletic', 'wanderers', 'albion', 'star', 'stars', 'bulls', 'rangers', 'giants', 'lions', 'tigers', 'bears', 'eagles', 'saints', 'warriors', 'knights', 'kings', 'sharks']);


const AMBIGUOUS_ORG = new Set(['who', 'ap', 'fed', 'sec', 'eta', 'ira', 'ge', 'gm', 'amazon', 'apple', 'shell', 'ford', 'meta', 'labour', 'congress', 'senate', 'wagner', 'us']);

function placeKind(lower: string): 'country' | 'city' | 'region' | undefined {
  const key = lower.replace(POSSESSIVE, '');
  if (COUNTRY_NAMES.has(key)) return 'country';
  if (CITY_NAMES.has(key)) return 'city';
  if (REGION_NAMES.has(key)) return 'region';
  return undefined;
}

function isGazetteerName(lower: string): boolean {
  return placeKind(lower) !== undefined;
}

function isDemonym(lower: string): boolean {
  const key = lower.replace(POSSESSIVE, '');
  if (placeKind(key)) return false;
  return DEMONYM_PLACE.has(key) || (key.endsWith('s') && DEMONYM_PLACE.has(key.slice(0, -1)));
}

/** A line-initial name followed by the story's date: "LONDON 1996-08-30", "TEMPE, Ariz.\n1996-12-06". */
function isDateline(ctx: DocContext, c: Candidate): boolean {
  return DATELINE_TAIL.test(ctx.text.slice(c.end, c.end + 40));
}

function wordBefore(words: Word[], w: Word): Word | undefined {
  return words[w.position - 1];
}

function wordAfter(words: Word[], w: Word): Word | undefined {
  return words[w.position + 1];
}

function joinLower(ws: Word[]): string {
  return ws.map((w) => w.lower).join(' ').replace(POSSESSIVE, '');
}

// ---------------------------------------------------------------- ALL-CAPS lines

/** Headlines, datelines and tables in capitals: take only names known from the document or the gazetteers. */
function addCapsLineCandidates(ctx: DocContext, words: Word[], out: Candidate[], sports: boolean): void {
  const known = new Map<string, Candidate[]>();
  for (const c of out) {
    const key = c.text.toLowerCase();
    const list = known.get(key) ?? [];
    list.push(c);
    known.set(key, list);
    // A person's surname alone, as headlines use it.
    if (c.words.length > 1 && c.votes.PER > Math.max(c.votes.LOC, c.votes.ORG)) {
      const last = c.words[c.words.length - 1]!.lower;
      if (!known.has(last)) known.set(last, [c]);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.capsLine || !HAS_LETTER.test(w.text)) continue;
    let matched = 0;
    // names known from the document or the gazetteers first, then table cells
    const attempts: [number, boolean][] = [];
    for (const allowTeam of [false, true]) for (let n = Math.min(5, words.length - i); n >= 1; n--) attempts.push([n, allowTeam]);
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
      const c: Candidate = { words: span, start: span[0]!.start, end: span[n - 1]!.end, text: '', votes: { PER: 0, LOC: 0, ORG: 0 } };
      const endText = ctx.text.slice(c.start, c.end);
      if (POSSESSIVE.test(endText)) c.end -= 2;
      c.text = ctx.text.slice(c.start, c.end);
      if (fromDoc) for (const d of fromDoc) for (const t of TYPES) c.votes[t] += d.votes[t] * 0.5;
      else typeCandidate(ctx, c, words, sports);
      if (datelineHead && !(c.votes.LOC >= 6)) c.votes.LOC += 6;
      // "KANSAS CITY AT DETROIT": the second name is where the game is played
      if (sports && words[i - 1]?.lower === 'at' && words[i - 1]!.line === w.line) c.fixed = 'LOC';
      else if (team) c.votes.ORG += 3;
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
  if (span.some((x) => !/^\p{L}[\p{L}.'-]*$/u.test(x.text) || MATCH_SEPARATORS.has(x.lower) || x.lower === 'at')) return false;
  const before = words[i - 1];
  const after = words[i + n];
  const opens = !before || before.line !== line || MATCH_SEPARATORS.has(before.lower) || before.lower === 'at';
  const closes = !after || after.line !== line || /^\d/.test(after.text) || MATCH_SEPARATORS.has(after.lower) || after.lower === 'at';
  const after2 = words[i + n + 1];
  const schedule = after !== undefined && (after.lower === 'at' || MATCH_SEPARATORS.has(after.lower)) && after2 !== undefined && after2.line === line;
  return opens && closes && (schedule || (after !== undefined && after.line === line && /^\d/.test(after.text)) || (!!before && before.line === line));
}

/** "LONDON 1996-08-30", "WIGAN, England 1996-08-31", "KYIV, Ukraine (AP) —". */
function isDatelineAt(ctx: DocContext, span: Word[]): boolean {
  const after = ctx.text.slice(span[span.length - 1]!.end, span[span.length - 1]!.end + 40);
  if (/^(?:,[\p{L} .]+)?\s+\d{4}-\d\d-\d\d/u.test(after)) return true;
  // "KYIV, Ukraine (AP) —": a place, then an agency or a dash
  const dash = /^(,[\p{L} .]+)?\s*(\([A-Z]+\)\s*)?(?:--|[–—]|\s-\s)/u.exec(after);
  return !!dash && (!!dash[1] || !!dash[2] || isGazetteerName(joinLower(span)));
}

// ---------------------------------------------------------------- clustering

function cluster(ctx: DocContext, candidates: Candidate[], lowerSeen: Set<string>): { entities: Entity[]; mentions: Mention[] } {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop overlaps (keep the first, longest)
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  // group identical names; then attach short forms to longer names of the same document
  const groups = new Map<string, Candidate[]>();
  for (const c of kept) {
    const key = nameKey(c.text) + (c.fixed ? ` #${c.fixed}` : '');
    const g = groups.get(key) ?? [];
    g.push(c);
    groups.set(key, g);
  }
  const total = (g: Candidate[]): Record<EntityType, number> => {
    const v: Record<EntityType, number> = { PER: 0, LOC: 0, ORG: 0 };
    for (const c of g) for (const t of TYPES) v[t] += c.votes[t];
    return v;
  };
  const best = (v: Record<EntityType, number>): EntityType | undefined => {
    let top: EntityType | undefined;
    for (const t of TYPES) if (v[t] > 0 && (!top || v[t] > v[top])) top = t;
    return top;
  };
  const keys = [...groups.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  const parent = new Map<string, string>();
  const byToken = new Map<string, string>();
  const byPrefix = new Map<string, string>();
  for (const key of keys) {
    const parts = key.split(' ');
    // "Santa Fe" after "Santa Fe Pacific Gold Corp"
    const prefixOwner = byPrefix.get(key);
    if (parts.length > 1 && prefixOwner) {
      const ownVotes = total(groups.get(key)!);
      if (Math.max(ownVotes.PER, ownVotes.LOC, ownVotes.ORG) / groups.get(key)!.length < 3.5) parent.set(key, prefixOwner);
    }
    if (parts.length > 2 && best(total(groups.get(key)!)) === 'ORG' && !key.includes('#')) {
      for (let n = 2; n < parts.length; n++) {
        const prefix = parts.slice(0, n).join(' ');
        if (!byPrefix.has(prefix) && !CONNECTORS.has(parts[n - 1]!)) byPrefix.set(prefix, key);
      }
    }
    if (parts.length === 1) {
      const owner = byToken.get(key);
      if (owner) {
        const ownerType = best(total(groups.get(owner)!));
        const ownType = best(total(groups.get(key)!));
        const ownVotes = total(groups.get(key)!);
        const strongOwn = ownType && ownVotes[ownType] >= 3.5;
        const ownerFirstName = groups.get(owner)!.some((c) => c.words[0]!.tags.has('FirstName'));
        if (ownerType === 'PER' && (!strongOwn || ownerFirstName)) parent.set(key, owner);
        else if (ownerType && ownerType !== 'PER' && (!ownType || ownVotes[ownType] / groups.get(key)!.length < 2)) parent.set(key, owner);
      }
      continue;
    }
    const type = best(total(groups.get(key)!));
    if (type === 'PER') {
      const surname = parts.filter((p) => !NAME_SUFFIXES.has(p)).pop() ?? parts[parts.length - 1]!;
      if (!byToken.has(surname)) byToken.set(surname, key);
    } else if (type === 'ORG') {
      const firstWord = parts[0]!;
      if (!byToken.has(firstWord)) byToken.set(firstWord, key);
    }
  }
  for (const key of keys) {
    const parts = key.split(' ');
    if (parts.length > 1 && best(total(groups.get(key)!)) === 'PER' && !byToken.has(parts[0]!) && !/\.$/.test(parts[0]!)) byToken.set(parts[0]!, key);
  }
  for (const key of keys) {
    if (key.includes(' ') || parent.has(key)) continue;
    const owner = byToken.get(key);
    if (owner && best(total(groups.get(owner)!)) === 'PER' && !best(total(groups.get(key)!))) parent.set(key, owner);
  }
  // pool votes per entity
  const members = new Map<string, Candidate[]>();
  const rootOf = (key: string): string => {
    let k = key;
    for (let hops = 0; parent.has(k) && hops < 10; hops++) k = parent.get(k)!;
    return k;
  };
  for (const key of keys) {
    const root = rootOf(key);
    const list = members.get(root) ?? [];
    list.push(...groups.get(key)!);
    members.set(root, list);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const ordered = [...members.entries()].sort((a, b) => Math.min(...a[1].map((c) => c.start)) - Math.min(...b[1].map((c) => c.start)));
  for (const [root, list] of ordered) {
    // the full name decides; short forms linked to it only add a little
    const rootVotes = total(groups.get(root)!);
    const all = total(list);
    const decisive = Math.max(rootVotes.PER, rootVotes.LOC, rootVotes.ORG) >= 3;
    for (const t of TYPES) all[t] = decisive ? rootVotes[t] : rootVotes[t] + (all[t] - rootVotes[t]) * 0.3;
    if (list.every((c) => c.surnameOnly)) continue;
    const type = list[0]!.fixed ?? best(all) ?? guessType(list, lowerSeen);
    if (!type) continue;
    const id = `e${entities.length + 1}`;
    list.sort((a, b) => a.start - b.start);
    const names = [...new Set(list.map((c) => c.text))];
    const canonical = names.filter((n) => HAS_LOWER.test(n) || names.every((m) => !HAS_LOWER.test(m))).sort((a, b) => b.length - a.length)[0] ?? names[0]!;
    const entity: Entity = { id, type, name: canonical, aliases: names, mentions: list.map((c) => ({ start: c.start, end: c.end })) };
    const role = list.find((c) => c.role)?.role;
    if (role) entity.role = role;
    if (type === 'PER') {
      const gender = list.find((c) => c.gender)?.gender ?? nameGender(list);
      if (gender) entity.gender = gender;
    }
    entities.push(entity);
    for (const c of list) mentions.push({ start: c.start, end: c.end, text: c.text, type, entityId: id });
  }
  linkDemonyms(ctx, entities);
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** Without any evidence: two or three name-like words are most often a person, a lone word an organization. */
function guessType(list: Candidate[], lowerSeen: Set<string>): EntityType | undefined {
  const c = list[0]!;
  if (c.words.every((w) => w.capsLine)) return undefined;
  const nameLike = (w: Word): boolean => {
    const t = w.tags;
    return !lowerSeen.has(w.lower) && !COMMON_CAPITALISED.has(w.lower) && !SPORTS.has(w.lower) && !t.has('Verb') && !t.has('Adjective') && !t.has('Plural') && !t.has('Value');
  };
  if (c.words.length >= 2 && c.words.length <= 3) return c.words.every(nameLike) ? 'PER' : undefined;
  return nameLike(c.words[0]!) || c.words.length > 3 ? 'ORG' : undefined;
}

function nameGender(list: Candidate[]): Entity['gender'] {
  for (const c of list) {
    const first = c.words[0];
    if (first?.tags.has('MaleName')) return 'male';
    if (first?.tags.has('FemaleName')) return 'female';
  }
  return undefined;
}

function nameKey(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** "Ukrainian", "Russians" → the Ukraine / Russia entities when they are in the document. */
function linkDemonyms(ctx: DocContext, entities: Entity[]): void {
  const places = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'LOC') for (const a of e.aliases) places.set(a.toLowerCase(), e);
  if (!places.size) return;
  for (const m of ctx.text.matchAll(/\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\b/gu)) {
    const lower = m[0].toLowerCase();
    const single = lower.split(' ')[0]!;
    const candidates = [lower, single];
    for (const key of candidates) {
      const base = DEMONYM_PLACE.get(key) ?? (key.endsWith('s') ? DEMONYM_PLACE.get(key.slice(0, -1)) : undefined);
      if (!base) continue;
      const place = places.get(base) ?? (base === 'united states' ? places.get('u.s.') ?? places.get('us') ?? places.get('america') : undefined);
      if (!place) continue;
      const surface = key === lower ? m[0] : m[0].split(' ')[0]!;
      const list = (place.demonyms ??= []);
      if (!list.includes(surface)) list.push(surface);
      break;
    }
  }
}
