// The key of an entity in the index: its type and its name's normalised form.
import type { EntityType } from '../../engine/types';

const normalised = new Map<string, string>();

/** Lower-case, single-spaced, straight-apostrophe form of a name (memoised: workspaces repeat names). */
export function normaliseName(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${normaliseName(name)}`;
}
