// Who a reader can name as a speaker or source: the engine's candidates first, then the article's people
// and organizations, then the people of the whole collection. Pure, for the quick pick.
import type { Entity, EntityType } from '../../engine/types';

export interface NameChoice {
  name: string;
  type?: EntityType;
  group: 'engine' | 'article' | 'collection';
  detail?: string;
}

export interface CollectionPerson {
  name: string;
  type: EntityType;
  quotes?: number;
  mentions?: number;
}

export function nameChoices(
  engine: readonly { name: string; type?: EntityType }[],
  article: readonly Entity[],
  collection: readonly CollectionPerson[],
  limit = 200,
): NameChoice[] {
  const seen = new Set<string>();
  const out: NameChoice[] = [];
  const add = (choice: NameChoice): void => {
    const key = choice.name.trim().toLowerCase();
    if (!key || seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push(choice);
  };
  for (const c of engine) add({ name: c.name, type: c.type, group: 'engine', detail: 'suggested by the engine' });
  const local = article
    .filter((e) => e.type !== 'LOC')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  for (const e of local)
    add({
      name: e.name,
      type: e.type,
      group: 'article',
      detail: `${e.type === 'PER' ? 'person' : 'organization'} in this article, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
    });
  for (const p of collection) {
    const counts = [
      p.quotes ? `${p.quotes} quote${p.quotes === 1 ? '' : 's'}` : '',
      p.mentions ? `${p.mentions} mention${p.mentions === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    add({ name: p.name, type: p.type, group: 'collection', detail: `in the collection${counts ? `, ${counts}` : ''}` });
  }
  return out;
}

/**
 * What Enter in the name pick means. The list changes while the reader types (a "new name" row comes and
 * goes), so the highlighted row may lag behind the text: a typed name that is one of the choices wins; the
 * highlighted row counts only when it contains what was typed; otherwise the typed text is a new name.
 */
export function acceptedName<T extends { name: string }>(
  typed: string,
  highlighted: T | undefined,
  choices: readonly T[],
): T | { name: string } | undefined {
  const text = typed.trim();
  if (!text) return highlighted;
  const lower = text.toLowerCase();
  const exact = choices.find((c) => c.name.toLowerCase() === lower);
  if (exact) return exact;
  if (highlighted && highlighted.name.toLowerCase().includes(lower)) return highlighted;
  return { name: text };
}

/**
 * How well a choice's name matches what the reader typed, case-insensitive: 5 the whole name; 4 its first
 * words ("Bill" → "Bill Clinton"); 3 its start ("Bil" → "Billings"); 2 the start of a word of the name for
 * each typed word ("cl" → "Bill Clinton"); 1 anywhere inside; 0 not at all.
 */
export function nameMatchScore(typed: string, name: string): number {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const full = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text || !full) return 0;
  if (full === text) return 5;
  if (full.startsWith(text)) return /[\s.\-']/.test(full.charAt(text.length)) ? 4 : 3;
  const words = full.split(/[\s.\-']+/).filter(Boolean);
  if (text.split(' ').every((t) => words.some((w) => w.startsWith(t)))) return 2;
  return full.includes(text) ? 1 : 0;
}

/** The existing choice the pick should highlight for the typed text: the best score, the earliest on a tie. */
export function bestNameMatch<T extends { name: string }>(typed: string, choices: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const c of choices) {
    const score = nameMatchScore(typed, c.name);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
