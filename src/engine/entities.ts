// People, places and organizations (placeholder until the entity recogniser lands).
import type { DocContext } from './context';
import type { Entity, Mention } from './types';

export function findEntities(_ctx: DocContext): { entities: Entity[]; mentions: Mention[] } {
  return { entities: [], mentions: [] };
}
