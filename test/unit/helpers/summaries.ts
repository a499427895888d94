// Test fixtures: a file summary with the given entities (and mention counts) and speakers' quotes.
import type { FileSummary } from '../../../src/core/summary/summary';

export function article(
  path: string,
  entities: [type: 'PER' | 'LOC' | 'ORG', name: string, aliases: string[], mentions: number][],
  quotes: [speaker: string, key: string][] = [],
): FileSummary {
  return {
    path,
    title: path,
    entities: entities.map(([type, name, aliases, mentions]) => ({
      key: `${type}:${name.toLowerCase()}`,
      type,
      name,
      aliases,
      mentions: Array.from({ length: mentions }, (_, i) => [i, 0, i, name.length]).flat(),
    })),
    quotes: quotes.map(([speaker, key], i) => ({
      range: [10 + i, 0, 10 + i, 5],
      text: `quote ${i}`,
      partial: false,
      speaker,
      speakerKey: key,
      rule: 'adjacent',
      confidence: 0.9,
    })),
    claims: [],
    problemCounts: {},
  };
}
