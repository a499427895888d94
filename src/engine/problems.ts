// Problems derived from quotes and claims (placeholder).
import type { DocContext } from './context';
import type { Claim, Problem, Quote } from './types';

export function collectProblems(_ctx: DocContext, _quotes: Quote[], _claims: Claim[]): Problem[] {
  return [];
}
