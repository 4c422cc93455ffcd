/**
 * The policy set over time (docs/effective-dates.md): documents without `effective` are always
 * in force; a dated revision from its `from` (00:00 UTC) up to the day before its `until`. The
 * version in force on a date is a whole model, built once per set of documents in force.
 */
import { addDays } from '../values/calendar-dates.js';
import { cmp } from '../values/order.js';
import type { EffectiveWindow } from '../values/effective-windows.js';
import { indexModel } from './index-model.js';
import type { Entity, Model, Timeline } from './model.js';

export class PolicyTimeline implements Timeline {
  readonly dated: readonly Entity[];
  readonly dates: readonly string[];
  /** Each dated revision's edges as real dates. */
  private readonly edges = new Map<Entity, { from?: string; until?: string }>();
  /** Models by the documents in force (their positions in `entities`). */
  private readonly models = new Map<string, Model>();

  /** Names declared only by documents that failed validation: a valid revision not in force on a date does not declare its name then. */
  private readonly declared: ReadonlySet<string>;

  constructor(
    readonly entities: readonly Entity[],
    declared: ReadonlySet<string>,
  ) {
    const valid = new Set(entities.map((e) => `${e.kind}/${e.name}`));
    this.declared = new Set([...declared].filter((d) => !valid.has(d)));
    this.dated = entities.filter((e) => e.effective);
    const dates = new Set<string>();
    for (const e of this.dated) {
      // A date that does not exist (2027-02-30) rolls over to a real one; real-dates reports it.
      const from = e.effective!.from === undefined ? undefined : addDays(e.effective!.from, 0);
      const until = e.effective!.until === undefined ? undefined : addDays(e.effective!.until, 0);
      this.edges.set(e, { ...(from ? { from } : {}), ...(until ? { until } : {}) });
      if (from) dates.add(from);
      if (until) dates.add(until);
    }
    this.dates = [...dates].sort(cmp);
  }

  inForce(entity: Entity, date: string): boolean {
    const edges = this.edges.get(entity);
    return !edges || ((edges.from === undefined || edges.from <= date) && (edges.until === undefined || date < edges.until));
  }

  at(date: string): Model {
    const inForce: Entity[] = [];
    const key: number[] = [];
    this.entities.forEach((e, i) => {
      if (!this.inForce(e, date)) return;
      inForce.push(e);
      key.push(i);
    });
    const id = key.join(',');
    let model = this.models.get(id);
    if (!model) {
      model = indexModel(inForce, this.declared, this);
      this.models.set(id, model);
    }
    return model;
  }

  windows(from: string, until?: string): EffectiveWindow[] {
    const cuts = this.dates.filter((d) => d > from && (until === undefined || d < until));
    const starts = [from, ...cuts];
    return starts.map((start, i) => ({ from: start, until: starts[i + 1] ?? until ?? null }));
  }
}

/**
 * The version `model` is, as if it held on every date: its documents without their windows. For
 * comparing two versions' figures over the same span, whatever each plans for later dates.
 */
export function snapshotOf(model: Model): Model {
  if (model.timeline.dated.length === 0) return model;
  const entities = model.entities.map(({ effective: _effective, ...entity }) => entity as Entity);
  // Nothing is dated any more: every date has the same version.
  return new PolicyTimeline(entities, new Set()).at('0000-01-01');
}
