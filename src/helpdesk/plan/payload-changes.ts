/**
 * Field-level differences between what the policies want and what the helpdesk holds. Only the
 * fields the export writes are compared (the helpdesk adds ids, timestamps and defaults of its
 * own), objects are compared field by field, and lists as sets: the order a helpdesk returns
 * conditions, intervals or metrics in does not matter.
 */
import { cmp } from '../../values/order.js';
import { joinPointer } from '../../load/source-map.js';
import { isObject } from '../api.js';
import type { JsonObject, JsonValue } from '../target.js';

export interface FieldChange {
  /** JSON pointer into the payload, such as /policy_metrics or /sla_target/priority_4/respond_within. */
  path: string;
  /** What the helpdesk holds; null when it holds nothing there. */
  before: JsonValue;
  after: JsonValue;
}


/** The live value cut down to the shape of the wanted one, so extra fields the helpdesk adds are ignored. */
export function project(live: JsonValue | undefined, wanted: JsonValue): JsonValue {
  if (live === undefined) return null;
  if (isObject(wanted) && isObject(live)) return Object.fromEntries(Object.keys(wanted).map((k) => [k, project(live[k], wanted[k]!)]));
  if (Array.isArray(wanted) && Array.isArray(live) && wanted.length > 0) {
    const shape = wanted[0]!;
    return live.map((item) => project(item, isObject(shape) && isObject(item) ? shape : item));
  }
  return live;
}

/** JSON with object keys sorted and lists sorted by their canonical text. */
export function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort(cmp).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort(cmp).map((k) => `${JSON.stringify(k)}:${canonical(value[k]!)}`).join(',')}}`;
  return JSON.stringify(value);
}

export function sameValue(a: JsonValue, b: JsonValue): boolean {
  return canonical(a) === canonical(b);
}

/** Changes from `live` to `wanted`, recursing into objects; null and absent count as the same. */
export function fieldChanges(wanted: JsonObject, live: JsonObject, base = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys(wanted)) {
    const after = wanted[key]!;
    const before = project(live[key], after);
    if (sameValue(before, after)) continue;
    const path = joinPointer(base, key);
    if (isObject(after) && isObject(before)) out.push(...fieldChanges(after, before, path));
    else out.push({ path, before, after });
  }
  return out;
}
