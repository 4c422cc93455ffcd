/** Which fields of each kind name another document. Declared once; the reference rule checks them all. */
import type { Kind } from '../schema/kinds/kind-registry.js';
import { type Entity, type Reference, child } from './model.js';
import type { ModelSpecOf } from './typed-specs.js';

type Collect = (name: string | undefined, at: ReturnType<typeof child>, field: string, kinds: Reference['kinds']) => void;
type List = (names: string[] | undefined, path: string, field: string, kinds: Reference['kinds']) => void;

/** Each kind's referring fields: `add` for one name at a field, `list` for a list of names under a path. */
const COLLECTORS: { [K in Kind]?: (spec: ModelSpecOf<K>, add: (name: string | undefined, path: (string | number)[], field: string, kinds: Kind[]) => void, list: List) => void } = {
  Team: (spec, add, list) => {
    add(spec.role, ['role'], 'role', ['Role']);
    add(spec.schedule, ['schedule'], 'schedule', ['Schedule']);
    list(spec.channels, 'channels', 'channel', ['Channel']);
    list(spec.tags, 'tags', 'tag', ['Tag']);
  },
  Channel: (spec, add) => {
    add(spec.slaPolicy, ['slaPolicy'], 'SLA policy', ['SlaPolicy']);
    add(spec.urgentPath, ['urgentPath'], 'urgent path', ['Channel']);
  },
  SlaPolicy: (spec, add) => add(spec.schedule, ['schedule'], 'schedule', ['Schedule']),
  Tag: (spec, add) => add(spec.owner, ['owner'], 'owner', ['Team', 'Role']),
  EscalationTrigger: (spec, add, list) => {
    list(spec.when.tags, 'when/tags', 'tag', ['Tag']);
    add(spec.routeTo, ['routeTo'], 'route-to role', ['Role']);
    add(spec.syncChannel, ['syncChannel'], 'synchronous channel', ['Channel']);
    add(spec.schedule, ['schedule'], 'schedule', ['Schedule']);
  },
  Template: (spec, _add, list) => list(spec.channels, 'channels', 'channel', ['Channel']),
  KnowledgeBase: (spec, add, list) => {
    spec.articles.forEach((article, i) => {
      add(article.owner, ['articles', i, 'owner'], 'article owner', ['Team', 'Role']);
      list(article.tags, `articles/${i}/tags`, 'tag', ['Tag']);
    });
    spec.decisions?.forEach((d, i) => add(d.owner, ['decisions', i, 'owner'], 'decision owner', ['Team', 'Role']));
    spec.topThemes?.forEach((t, i) => list(t.tags, `topThemes/${i}/tags`, 'tag', ['Tag']));
  },
  AiGuardrails: (spec, _add, list) => {
    spec.allowedTasks.forEach((task, i) => list(task.tags, `allowedTasks/${i}/tags`, 'tag', ['Tag']));
    list(spec.humanReview, 'humanReview', 'tag', ['Tag']);
  },
  MetricTargets: (spec, add) => {
    add(spec.owner, ['owner'], 'owner', ['Team', 'Role']);
    spec.targets.forEach((t, i) => add(t.channel, ['targets', i, 'channel'], 'channel', ['Channel']));
  },
};

export function collectReferences(entity: Entity, add: Collect): void {
  const at = entity.at;
  const list: List = (names, path, field, kinds) => names?.forEach((name, i) => add(name, child(at, ...path.split('/'), i), field, kinds));
  const collect = COLLECTORS[entity.kind] as ((spec: unknown, add: (name: string | undefined, path: (string | number)[], field: string, kinds: Kind[]) => void, list: List) => void) | undefined;
  collect?.(entity.spec, (name, path, field, kinds) => add(name, child(at, ...path), field, kinds), list);
}
