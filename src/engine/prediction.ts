// The evaluation format of score.mjs: one prediction per document.
import type { Analysis } from './types';

export interface Prediction {
  id: string;
  quotes: { start: number; end: number; speaker: string | null; speakerSpan?: [number, number] }[];
  entities: { start: number; end: number; type: 'PER' | 'LOC' | 'ORG' }[];
  claims: { start: number; end: number; source: string | null; sourceSpan?: [number, number] }[];
}

export function toPrediction(id: string, analysis: Analysis): Prediction {
  return {
    id,
    quotes: analysis.quotes
      .filter((q) => !q.partial)
      .map((q) => ({
        start: q.start,
        end: q.end,
        speaker: q.speaker?.name ?? null,
        ...(q.speaker?.mention
          ? { speakerSpan: [q.speaker.mention.start, q.speaker.mention.end] as [number, number] }
          : {}),
      })),
    entities: analysis.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })),
    claims: analysis.claims.map((c) => ({
      start: c.content.start,
      end: c.content.end,
      source: c.source.name || null,
      ...(c.source.mention ? { sourceSpan: [c.source.mention.start, c.source.mention.end] as [number, number] } : {}),
    })),
  };
}
