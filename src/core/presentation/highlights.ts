// What the editor highlights in a seed article: speakers, quotes (the reader's added ones too) and places. Pure.
import type { Analysis, Span } from '../../engine/types';

/** The spans to highlight: speakers (every mention of a person who is quoted, and pronoun cues), quotes, places. */
export function highlightSpans(analysis: Analysis): Record<'speaker' | 'quote' | 'place', Span[]> {
  const speakerIds = new Set<string>();
  const speaker: Span[] = [];
  for (const q of analysis.quotes) {
    if (q.speaker?.entityId) speakerIds.add(q.speaker.entityId);
    if (q.speaker?.mention) speaker.push(q.speaker.mention);
  }
  for (const m of analysis.mentions)
    if (speakerIds.has(m.entityId) && !speaker.some((s) => s.start === m.start)) speaker.push(m);
  return {
    speaker,
    quote: analysis.quotes.map((q) => ({ start: q.start, end: q.end })),
    place: analysis.mentions.filter((m) => m.type === 'LOC'),
  };
}
