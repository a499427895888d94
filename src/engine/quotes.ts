// Direct quotations (placeholder until the quote finder lands).
import type { DocContext } from './context';
import type { Problem, Quote } from './types';

export function findQuotes(_ctx: DocContext): { quotes: Quote[]; problems: Problem[] } {
  return { quotes: [], problems: [] };
}
