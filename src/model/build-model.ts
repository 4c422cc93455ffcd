/** Builds the typed model from schema-valid documents: each spec parsed once, the revisions over time, and the version in force on a date. */
import type { Effective } from '../schema/kinds/effective.js';
import type { Kind } from '../schema/kinds/kind-registry.js';
import type { HolidayExpander } from './holidays/holiday.js';
import { type Entity, type Model, child } from './model.js';
import { PolicyTimeline } from './timeline.js';
import { typedSpec } from './typed-specs.js';

/** Earlier than any date a policy can write. */
const BEFORE_ANY_DATE = '0000-01-01';

export interface ValidDocument {
  file: string;
  index: number;
  kind: Kind;
  data: { metadata: { name: string }; spec: unknown; effective?: Effective };
}

/**
 * The version in force on `date`; without one, the version before any dated revision starts or
 * stops (every document when none is dated). `declared` lists kind/name of documents that failed
 * validation (`*` for an unknown kind), so references to them still resolve; `holidays` expands
 * schedules' calendars for the run's years.
 */
export function buildModel(documents: ValidDocument[], declared: ReadonlySet<string>, holidays: HolidayExpander, date?: string): Model {
  const entities: Entity[] = documents.map((doc) => {
    const origin = { file: doc.file, document: doc.index, pointer: '' };
    const at = child(origin, 'spec');
    const entity = { kind: doc.kind, name: doc.data.metadata.name, spec: typedSpec(doc.kind, doc.data.spec, { at, holidays }), origin, at } as Entity;
    return doc.data.effective ? { ...entity, effective: doc.data.effective } : entity;
  });
  const timeline = new PolicyTimeline(entities, declared);
  return timeline.at(date ?? BEFORE_ANY_DATE);
}
