// The evaluation format of score.mjs: one prediction per document.
import type { Analysis, Attribution } from './types';

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
        ...speakerSpanOf(q.speaker),
      })),
    entities: analysis.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })),
    claims: analysis.claims.map((c) => ({
      start: c.content.start,
      end: c.content.end,
      source: c.source.name || null,
      ...sourceSpanOf(c.source),
    })),
  };
}

/** The words in the text an attribution rests on: the whole speaker phrase when known, else the mention. */
function spanOf(a: Attribution | null): [number, number] | undefined {
  const span = a?.phrase ?? a?.mention;
  return span ? [span.start, span.end] : undefined;
}
const speakerSpanOf = (a: Attribution | null) => {
  const span = spanOf(a);
  return span ? { speakerSpan: span } : {};
};
const sourceSpanOf = (a: Attribution) => {
  const span = spanOf(a);
  return span ? { sourceSpan: span } : {};
};
