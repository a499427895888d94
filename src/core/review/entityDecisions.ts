// The reader's entity decisions (type changes, "not an entity", renames and merges) over one article's
// entities and mentions, and attributions renamed to follow them. Pure.
import type { Attribution, Entity, EntityType, Mention } from '../../engine/types';
import { entityKey } from '../summary/entityKey';
import { ruleTarget, type EntityRule } from './model';

/** Entity decisions: type changes, "not an entity", renames and merges, in every article. */
export function applyEntityRules(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  rules: ReadonlyMap<string, EntityRule>,
): { entities: Entity[]; mentions: Mention[] } {
  if (!rules.size) return { entities: [...entities], mentions: [...mentions] };
  const out: Entity[] = [];
  const typeById = new Map<string, EntityType | undefined>();
  for (const e of entities) {
    const key = entityKey(e.type, e.name);
    const target = ruleTarget(key, rules);
    if (!target.rule) {
      out.push(e);
      continue;
    }
    if (!target.key) {
      typeById.set(e.id, undefined);
      continue;
    }
    const type = target.key.slice(0, 3) as EntityType;
    const name = target.name ?? e.name;
    const body = target.rule.body;
    out.push({
      ...e,
      type,
      name,
      aliases: e.aliases.includes(name) ? e.aliases : [name, ...e.aliases],
      review: {
        status: body.status === 'added' ? 'corrected' : body.status,
        annotation: target.rule.id,
        ...(name !== e.name || type !== e.type ? { machine: e.name } : {}),
      },
    });
    typeById.set(e.id, type);
  }
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (!typeById.has(m.entityId)) kept.push(m);
    else {
      const type = typeById.get(m.entityId);
      if (type) kept.push(type === m.type ? m : { ...m, type });
    }
  }
  return { entities: out, mentions: kept };
}

/** Attributions name the entity's (possibly renamed) canonical name. */
export function renamed(a: Attribution, entities: readonly Entity[]): Attribution {
  if (!a.entityId) return a;
  const e = entities.find((x) => x.id === a.entityId);
  return e && e.name !== a.name && !a.anonymous ? { ...a, name: e.name } : a;
}
