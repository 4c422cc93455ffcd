/**
 * Written values found by their path in a spec, in valid documents (the model) and in documents
 * that failed their schema alike: for rules that judge one value at a time, such as a time zone
 * or a date, which a schema error elsewhere in the document must not hide.
 */
import type { RawDocument } from '../load/parse-yaml.js';
import { child, type Model, type Origin } from './model.js';
import type { Kind } from '../schema/kinds/kind-registry.js';

/** A path into a spec; `*` stands for every item of a list. */
export type SpecPath = readonly (string | '*')[];

export interface WrittenValue {
  value: string;
  at: Origin;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function collect(value: unknown, path: SpecPath, at: Origin, out: WrittenValue[]): void {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (typeof value === 'string') out.push({ value, at });
    return;
  }
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, rest, child(at, i), out));
    return;
  }
  if (isRecord(value) && Object.hasOwn(value, head)) collect(value[head], rest, child(at, head), out);
}

/** Every unvalidated document's spec of a kind, with where it starts. */
function rawSpecsOf(unvalidated: readonly RawDocument[], kind: Kind): { spec: unknown; at: Origin }[] {
  return unvalidated
    .filter((d) => isRecord(d.data) && d.data.kind === kind)
    .map((d) => ({ spec: (d.data as Record<string, unknown>).spec, at: { file: d.file, document: d.index, pointer: '/spec' } }));
}

/** Every spec of a kind with where it starts: the model's entities, then the unvalidated documents. */
function specsOf(model: Model, unvalidated: readonly RawDocument[], kind: Kind): { spec: unknown; at: Origin }[] {
  const valid = model.entities.filter((e) => e.kind === kind).map((e) => ({ spec: e.spec as unknown, at: e.at }));
  return [...valid, ...rawSpecsOf(unvalidated, kind)];
}

/** Every string written at one of `paths` in the unvalidated documents of `kind` only: for a value the model holds in another shape (a schedule's expanded holidays). */
export function unvalidatedValues(unvalidated: readonly RawDocument[], kind: Kind, paths: readonly SpecPath[]): WrittenValue[] {
  const out: WrittenValue[] = [];
  for (const { spec, at } of rawSpecsOf(unvalidated, kind)) for (const path of paths) collect(spec, path, at, out);
  return out;
}

/** Every string written at one of `paths` in a spec of `kind`. */
export function writtenValues(model: Model, unvalidated: readonly RawDocument[], kind: Kind, paths: readonly SpecPath[]): WrittenValue[] {
  const out: WrittenValue[] = [];
  for (const { spec, at } of specsOf(model, unvalidated, kind)) for (const path of paths) collect(spec, path, at, out);
  return out;
}
