/** Which fields of each kind name another document. Declared once; the reference rule checks them all. */
import { type Entity, type Reference, child } from './model.js';

type Collect = (name: string | undefined, at: ReturnType<typeof child>, field: string, kinds: Reference['kinds']) => void;

export function collectReferences(entity: Entity, add: Collect): void {
  const at = entity.at;
  const list = (names: string[] | undefined, path: string, field: string, kinds: Reference['kinds']) =>
    names?.forEach((name, i) => add(name, child(at, ...path.split('/'), i), field, kinds));
  switch (entity.kind) {
    case 'Team': {
      const spec = (entity as Entity<'Team'>).spec;
      add(spec.role, child(at, 'role'), 'role', ['Role']);
      add(spec.schedule, child(at, 'schedule'), 'schedule', ['Schedule']);
      list(spec.channels, 'channels', 'channel', ['Channel']);
      list(spec.tags, 'tags', 'tag', ['Tag']);
      return;
    }
    case 'Channel': {
      const spec = (entity as Entity<'Channel'>).spec;
      add(spec.slaPolicy, child(at, 'slaPolicy'), 'SLA policy', ['SlaPolicy']);
      add(spec.urgentPath, child(at, 'urgentPath'), 'urgent path', ['Channel']);
      return;
    }
    case 'SlaPolicy':
      add((entity as Entity<'SlaPolicy'>).spec.schedule, child(at, 'schedule'), 'schedule', ['Schedule']);
      return;
    case 'Tag':
      add((entity as Entity<'Tag'>).spec.owner, child(at, 'owner'), 'owner', ['Team', 'Role']);
      return;
    case 'EscalationTrigger': {
      const spec = (entity as Entity<'EscalationTrigger'>).spec;
      list(spec.when.tags, 'when/tags', 'tag', ['Tag']);
      add(spec.routeTo, child(at, 'routeTo'), 'route-to role', ['Role']);
      add(spec.syncChannel, child(at, 'syncChannel'), 'synchronous channel', ['Channel']);
      add(spec.schedule, child(at, 'schedule'), 'schedule', ['Schedule']);
      return;
    }
    case 'Template':
      list((entity as Entity<'Template'>).spec.channels, 'channels', 'channel', ['Channel']);
      return;
    case 'KnowledgeBase': {
      const spec = (entity as Entity<'KnowledgeBase'>).spec;
      spec.articles.forEach((article, i) => {
        add(article.owner, child(at, 'articles', i, 'owner'), 'article owner', ['Team', 'Role']);
        list(article.tags, `articles/${i}/tags`, 'tag', ['Tag']);
      });
      spec.decisions?.forEach((d, i) => add(d.owner, child(at, 'decisions', i, 'owner'), 'decision owner', ['Team', 'Role']));
      spec.topThemes?.forEach((t, i) => list(t.tags, `topThemes/${i}/tags`, 'tag', ['Tag']));
      return;
    }
    case 'AiGuardrails': {
      const spec = (entity as Entity<'AiGuardrails'>).spec;
      spec.allowedTasks.forEach((task, i) => list(task.tags, `allowedTasks/${i}/tags`, 'tag', ['Tag']));
      list(spec.humanReview, 'humanReview', 'tag', ['Tag']);
      return;
    }
    case 'MetricTargets': {
      const spec = (entity as Entity<'MetricTargets'>).spec;
      add(spec.owner, child(at, 'owner'), 'owner', ['Team', 'Role']);
      spec.targets.forEach((t, i) => add(t.channel, child(at, 'targets', i, 'channel'), 'channel', ['Channel']));
      return;
    }
    default:
      return;
  }
}
