// Names that are not PER/LOC/ORG: named events and laws, nationality adjectives and ordinals (CoNLL's MISC or nothing).
import { GRAMMAR, wordSet } from '../lexicon';
import { MISC_HEADS } from '../lexicon/names';
import { KNOWN_ORGS, ORG_LEADS } from '../lexicon/organizations';
import { EVENT_HEADS, POSSESSIVE, isDemonym, placeKind } from './gazetteer';
import type { Word } from './words';

/** "Second test", "Third one-day international": an ordinal alone names nothing. */
const ORDINALS = wordSet(GRAMMAR.ordinals);

export function isOrdinal(w: Word): boolean {
  return ORDINALS.has(w.lower);
}

/** "World Cup", "Grand Prix", "Clean Air Act": named events and laws are not PER/LOC/ORG. */
export function isMiscName(ws: Word[]): boolean {
  const last = ws[ws.length - 1]!.lower.replace(POSSESSIVE, '');
  // "World War Two", "World War II"
  if (ws.length >= 3 && ws[ws.length - 2]!.lower === 'war' && /^(?:one|two|i|ii)$/.test(last)) return true;
  // "Grand Prix", "Division One": two-word heads, and divisions named by a number
  const lastTwo = ws.length >= 2 ? `${ws[ws.length - 2]!.lower} ${last}` : '';
  if (
    MISC_HEADS.has(lastTwo) ||
    (ws.length === 2 && ws[0]!.lower === 'division' && /^(?:one|two|three|four|[1-4])$/.test(last))
  )
    return true;
  if (!(MISC_HEADS.has(last) || MISC_HEADS.has(last.replace(/s$/, '')) || EVENT_HEADS.has(last)) || ws.length < 2)
    return false;
  return (
    !ws.some((w) => ORG_LEADS.has(w.lower) && w !== ws[0]) && !ws.some((w) => w.lower === 'of' || w.lower === 'for')
  );
}

/** "Surinamese", "Montenegrins", "German-Israeli", "Franco-African", "US$": adjectives of nations, not names. */
export function looksLikeNationality(w: Word): boolean {
  if (w.tags.has('FirstName') || w.tags.has('Person')) return false;
  const lower = w.lower.replace(POSSESSIVE, '');
  if (/\$$/.test(lower)) return true;
  const parts = lower.split('-');
  if (
    parts.length > 1 &&
    parts.some(
      (p) => isDemonym(p) || /^(?:franco|anglo|sino|euro|afro|indo|russo|greco|austro|italo|judeo|pan|trans)$/.test(p),
    )
  )
    return true;
  return parts.length === 1 && /(?:ese|ians?|ish|ans)$/.test(lower) && !placeKind(lower) && !KNOWN_ORGS.has(lower);
}
