/** One version of the policy set as a model: its documents indexed by name, with their cross-references. */
import type { Kind } from '../schema/kinds/kind-registry.js';
import { cmp } from '../values/order.js';
import type { Entity, Model, Reference, Timeline } from './model.js';
import { collectReferences } from './references.js';

/** `declared` lists kind/name of documents that failed validation (`*` for an unknown kind), so references to them still resolve. */
export function indexModel(entities: readonly Entity[], declared: ReadonlySet<string>, timeline: Timeline): Model {
  const index = new Map<string, Entity>();
  const duplicates: Model['duplicates'] = [];
  for (const entity of entities) {
    const key = `${entity.kind}/${entity.name}`;
    const first = index.get(key);
    if (first) duplicates.push({ first, second: entity });
    else index.set(key, entity);
  }
  const references: Reference[] = [];
  for (const entity of entities) {
    collectReferences(entity, (name, at, field, kinds) => {
      if (name !== undefined) references.push({ name, at, field, kinds });
    });
  }
  const unique = [...index.values()];
  const ofKind = <K extends Kind>(kind: K) => unique.filter((e): e is Entity<K> => e.kind === kind).sort((a, b) => cmp(a.name, b.name));
  return {
    entities: unique,
    schedules: ofKind('Schedule'),
    roles: ofKind('Role'),
    teams: ofKind('Team'),
    channels: ofKind('Channel'),
    slaPolicies: ofKind('SlaPolicy'),
    tags: ofKind('Tag'),
    triggers: ofKind('EscalationTrigger'),
    templates: ofKind('Template'),
    knowledgeBases: ofKind('KnowledgeBase'),
    aiGuardrails: ofKind('AiGuardrails'),
    metricTargets: ofKind('MetricTargets'),
    find: <K extends Kind>(kind: K, name: string) => index.get(`${kind}/${name}`) as Entity<K> | undefined,
    declares: (kind: Kind, name: string) => index.has(`${kind}/${name}`) || declared.has(`${kind}/${name}`) || declared.has(`*/${name}`),
    names: (kind: Kind) => ofKind(kind).map((e) => e.name),
    duplicates,
    references,
    timeline,
  };
}
