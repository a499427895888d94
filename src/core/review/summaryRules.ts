// The reader's entity decisions (type, "not an entity", rename, merge) over the index's per-file
// summaries, so that the workspace model, Sources tree, report and exports show one reviewed identity.
// Entities a reader split off for a mention ("a different person") and their quotes and claims stay put.
import { entityKey } from '../summary/entityKey';
import { type EntitySummary, type FileSummary } from '../summary/summary';
import { ruleTarget, type EntityRule } from './model';

export function applyEntityRulesToSummaries(
  summaries: readonly FileSummary[],
  rules: ReadonlyMap<string, EntityRule>,
): FileSummary[] {
  if (!rules.size) return [...summaries];
  const memo = new Map<string, ReturnType<typeof ruleTarget>>();
  const target = (key: string): ReturnType<typeof ruleTarget> => {
    let t = memo.get(key);
    if (!t) memo.set(key, (t = ruleTarget(key, rules)));
    return t;
  };
  return summaries.map((file) => {
    let changed = false;
    const entities: EntitySummary[] = [];
    for (const e of file.entities) {
      const t = target(e.key);
      if (!t.rule || e.split) {
        entities.push(e);
        continue;
      }
      changed = true;
      if (!t.key) continue; // not an entity
      const name = t.name ?? e.name;
      entities.push({
        ...e,
        key: t.key,
        type: t.key.slice(0, 3) as EntitySummary['type'],
        name,
        aliases: e.aliases.includes(name) ? e.aliases : [name, ...e.aliases],
      });
    }
    const remap = (key: string | undefined): string | undefined => {
      if (!key) return key;
      const t = target(key);
      return t.rule && t.key ? t.key : key;
    };
    const quotes = file.quotes.map((q) => {
      const key = q.speakerSplit ? q.speakerKey : remap(q.speakerKey);
      if (key === q.speakerKey) return q;
      changed = true;
      return { ...q, speakerKey: key, speaker: target(q.speakerKey!).name ?? q.speaker };
    });
    const claims = file.claims.map((c) => {
      const key = c.sourceSplit ? c.sourceKey : remap(c.sourceKey)!;
      if (key === c.sourceKey) return c;
      changed = true;
      return { ...c, sourceKey: key, source: target(c.sourceKey).name ?? c.source };
    });
    return changed ? { ...file, entities, quotes, claims } : file;
  });
}

/** The workspace key of an entity after the reader's decisions (for lookups from an article's analysis). */
export function reviewedEntityKey(
  type: EntitySummary['type'],
  name: string,
  rules: ReadonlyMap<string, EntityRule>,
): string {
  const key = entityKey(type, name);
  const t = ruleTarget(key, rules);
  return t.rule && t.key ? t.key : key;
}
