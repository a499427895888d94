// Speakers of quotes (placeholder until the attributor lands).
import type { DocContext } from './context';
import type { Entity, Mention, Quote } from './types';

export function attributeQuotes(_ctx: DocContext, _quotes: Quote[], _entities: Entity[], _mentions: Mention[]): void {}
