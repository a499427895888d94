// Reported claims (placeholder until the claim extractor lands).
import type { DocContext } from './context';
import type { Claim, Entity, Mention, Quote } from './types';

export function findClaims(_ctx: DocContext, _entities: Entity[], _mentions: Mention[], _quotes: Quote[]): Claim[] {
  return [];
}
