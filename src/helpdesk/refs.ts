/**
 * A field that holds another object's id is named in `DesiredObject.refs` by a field name
 * (`calendar_id`) or, when it sits deeper in the payload, by a JSON pointer
 * (`/actions/1/value`). Plan compares it by the key of the object it points at; apply fills in
 * the id. Both read and write it here.
 */
import { parsePointer } from '../load/source-map.js';
import type { JsonObject, JsonValue } from './target.js';

function path(field: string): string[] {
  return field.startsWith('/') ? parsePointer(field) : [field];
}

const step = (value: JsonValue | undefined, segment: string): JsonValue | undefined => {
  if (Array.isArray(value)) return value[Number(segment)];
  return typeof value === 'object' && value !== null ? value[segment] : undefined;
};

export function readRef(body: JsonObject, field: string): JsonValue | undefined {
  return path(field).reduce<JsonValue | undefined>(step, body);
}

function set(value: JsonValue | undefined, segments: readonly string[], leaf: JsonValue): JsonValue {
  if (segments.length === 0) return leaf;
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, i) => (i === Number(head) ? set(item, rest, leaf) : item));
  const object = typeof value === 'object' && value !== null ? value : {};
  return { ...object, [head]: set(object[head], rest, leaf) };
}

/** A copy of `body` with the field set; what it shares with `body` is left untouched. */
export function withRef(body: JsonObject, field: string, value: JsonValue): JsonObject {
  return set(body, path(field), value) as JsonObject;
}
