// People, places and organizations: capitalised spans found on compromise's tokens, cut at titles,
// connectors and demonyms, typed from gazetteers, heads and context, then clustered per document.
// Stages: words → chunks → candidates → typing → coordination → capital-letter lines → clustering.
import type { DocContext } from '../context';
import type { Entity, Mention } from '../types';
import { addCapsLineCandidates } from './capsLines';
import { splitChunk, type Candidate } from './candidates';
import { chunks } from './chunks';
import { voteFromLists } from './coordination';
import { cluster } from './clustering';
import { dropUnsupportedCommonWords } from './evidence';
import { HAS_LOWER } from './gazetteer';
import { typeCandidate } from './typing';
import { buildWords, isSportsText } from './words';

export function findEntities(ctx: DocContext): { entities: Entity[]; mentions: Mention[] } {
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
  for (const chunk of chunks(words, lowerSeen, capSeen, sports)) splitChunk(ctx, chunk, words, candidates);
  for (const c of candidates) typeCandidate(ctx, c, words, sports);
  voteFromLists(ctx, candidates);
  dropUnsupportedCommonWords(ctx, candidates, words);
  addCapsLineCandidates(ctx, words, candidates, sports);
  return cluster(ctx, candidates, lowerSeen);
}
