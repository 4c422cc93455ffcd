/**
 * ajv errors in plain words, each placed at the exact key or value it is about. Shared by the
 * policy documents and supportops.yaml, so both speak the same way.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { closest, didYouMean } from '../diagnostics/suggest.js';
import { type Target, joinPointer, parsePointer } from '../load/source-map.js';
import { PRIMITIVES } from './primitives.js';
import { valueHint } from './value-hints.js';

export type Report = (pointer: string, target: Target, message: string, suggestion?: string) => void;
/** Whether the mapping or list at a pointer is written in flow style ({ } or [ ]). */
export type IsFlow = (pointer: string) => boolean;

export function describeErrors(errors: readonly ErrorObject[], report: Report, isFlow: IsFlow): void {
  for (const error of mergeTypos(simplify(chooseBranches(errors)))) describe(error, report, isFlow);
}

/**
 * A mapping or list that matches none of a union's shapes is described by the shape it comes
 * closest to: among the branches of its own type (a list for a list, a mapping for a mapping),
 * the one with the fewest errors, the first on a tie. `{ calender: GB }` in a holiday list is
 * then a misspelt `calendar`, not three unrelated complaints. Outer unions are decided first.
 */
function chooseBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  const unions = errors.filter((e) => e.keyword === 'anyOf' && typeof e.data === 'object' && e.data !== null).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (!kept.includes(union)) continue;
    const branches = new Map<number, ErrorObject[]>();
    for (const e of kept) {
      const match = e.schemaPath.startsWith(`${union.schemaPath}/`) ? /^(\d+)\//.exec(e.schemaPath.slice(union.schemaPath.length + 1)) : null;
      if (match) branches.set(Number(match[1]), [...(branches.get(Number(match[1])) ?? []), e]);
    }
    const fits = [...branches].filter(([i, list]) => !list.some((e) => e.keyword === 'type' && e.instancePath === union.instancePath && e.schemaPath === `${union.schemaPath}/${i}/type`));
    if (fits.length === 0) continue;
    const [best] = fits.sort(([i, a], [j, b]) => a.length - b.length || i - j)[0]!;
    const others = [...branches].filter(([i]) => i !== best).flatMap(([, list]) => list);
    kept = kept.filter((e) => e !== union && !others.includes(e));
  }
  return kept;
}

/** Drops the per-branch noise of anyOf and keeps one error per place and keyword. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword !== 'anyOf' && anyOfPaths.has(e.instancePath) && /\/anyOf\/\d+\//.test(e.schemaPath)) return false;
    if (e.keyword === 'propertyNames') return false; // the inner pattern error says it better
    if (/\/contains\//.test(e.schemaPath)) return false; // items failing `contains` one by one: the contains error says it
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `metdata` for `metadata` is one mistake, not two: when an unknown key is the closest match to
 * a missing required one, keep only the unknown key (with its suggestion).
 */
function mergeTypos(errors: ErrorObject[]): ErrorObject[] {
  const missing = new Map<string, ErrorObject>();
  for (const e of errors) if (e.keyword === 'required') missing.set(`${e.instancePath}\0${String((e.params as { missingProperty: unknown }).missingProperty)}`, e);
  if (missing.size === 0) return errors;
  const covered = new Set<ErrorObject>();
  for (const unknown of errors.filter((e) => e.keyword === 'additionalProperties')) {
    const known = Object.keys((unknown.parentSchema as { properties?: object }).properties ?? {});
    const meant = closest(String((unknown.params as { additionalProperty: unknown }).additionalProperty), known);
    const error = meant === undefined ? undefined : missing.get(`${unknown.instancePath}\0${meant}`);
    if (error) covered.add(error);
  }
  return errors.filter((e) => !covered.has(e));
}

function label(pointer: string): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return 'The document';
  if (/^\d+$/.test(last)) {
    const parent = segments[segments.length - 2];
    return parent === undefined ? `Item ${Number(last) + 1}` : `Item ${Number(last) + 1} of \`${parent}\``;
  }
  return `\`${last}\``;
}

function expectedOf(schema: unknown): string | undefined {
  const s = schema as { pattern?: string; anyOf?: unknown[] } | undefined;
  if (s?.pattern) return PRIMITIVES.find((p) => p.pattern.source === s.pattern)?.expected;
  if (s?.anyOf) {
    const parts = s.anyOf.map(expectedOf).filter((x): x is string => Boolean(x));
    return parts.length ? parts.join(', or ') : undefined;
  }
  return undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping of keys to values', null: 'empty',
};

const COMPARISON_WORDS: Record<string, string> = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' };

/** A value as the user wrote it; YAML's .inf and .nan have no JSON form. */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  // A bidirectional control would reorder the message itself: shown as its escape instead.
  const text = (JSON.stringify(value) ?? String(value)).replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const number = (n: unknown): string => (typeof n === 'number' && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n));

/** An ajv error with what every description needs: where, in words, and how to report it. */
interface Found {
  error: ErrorObject;
  at: string;
  what: string;
  params: Record<string, unknown>;
  parent: { examples?: unknown[]; properties?: Record<string, { description?: string }> } | undefined;
  report: Report;
  isFlow: IsFlow;
}

function unknownProperty({ error, at, what, params, parent, report, isFlow }: Found): void {
  const key = String(params.additionalProperty);
  const known = Object.keys(parent?.properties ?? {});
  // Inside { … } a comma ends the value, so "a: x, y" turns " y" into a key with no value: say so.
  const value = (error.data as Record<string, unknown> | undefined)?.[key];
  const comma = value === null && isFlow(at) ? ' If this is part of a text value, put that value in quotes: inside { } a comma ends the value.' : '';
  report(joinPointer(at, key), 'key', `Unknown property \`${key}\`${at ? ` in ${what}` : ''}. Allowed here: ${known.join(', ')}.${comma}`, didYouMean(key, known));
}

function missingProperty({ at, what, params, parent, report }: Found): void {
  const key = String(params.missingProperty);
  const description = parent?.properties?.[key]?.description;
  report(at, 'key', `${what} is missing the required property \`${key}\`${description ? ` (${description})` : ''}.`);
}

/** A value of the wrong type or form: a hint that says the fix, else what is expected. */
function wrongValue({ error, at, what, params, parent, report }: Found): void {
  if (typeof error.data === 'number' && !Number.isFinite(error.data)) {
    report(at, 'value', `${what} is ${show(error.data)}; it must be a finite number${parent?.examples ? `, such as ${show(parent.examples[0])}` : ''}.`);
    return;
  }
  const hint = typeof error.data === 'string' ? valueHint(error.parentSchema, error.data) : undefined;
  const expected = expectedOf(error.parentSchema);
  if (hint) report(at, 'value', `${what} is ${show(error.data)}: ${hint}`);
  else if (expected) report(at, 'value', `${what} is ${show(error.data)}, which is not valid. Expected ${expected}.`);
  else {
    const branchTypes = ((error.parentSchema as { anyOf?: { type?: string }[] } | undefined)?.anyOf ?? []).map((b) => b.type).filter((t): t is string => Boolean(t));
    const types = [...new Set(([] as string[]).concat((params.type as string | string[]) ?? [], error.keyword === 'anyOf' ? branchTypes : []))];
    const words = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'a different value';
    report(at, 'value', `${what} must be ${words}, not ${show(error.data)}.`);
  }
}

function notListed({ error, at, what, params, report }: Found): void {
  const allowed = (params.allowedValues as unknown[]).map(String);
  report(at, 'value', `${what} is ${show(error.data)}; it must be one of: ${allowed.join(', ')}.`, typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined);
}

function outOfRange({ error, at, what, params, report }: Found): void {
  report(at, 'value', `${what} is ${show(error.data)}; it must be ${COMPARISON_WORDS[String(params.comparison)] ?? String(params.comparison)} ${number(params.limit)}.`);
}

/** A constraint written next to its schema in src/schema/kinds (see jsonSchemaOnly), with its own words. */
function constraint({ error, at, what, report }: Found): void {
  const description = (error.schema as { description?: string } | undefined)?.description;
  report(at, 'value', description ? `${what}: ${description}` : `${what} ${error.message ?? 'is not valid'}.`);
}

const DESCRIBERS = new Map<string, (found: Found) => void>([
  ['additionalProperties', unknownProperty],
  ['required', missingProperty],
  ['pattern', wrongValue],
  ['anyOf', wrongValue],
  ['type', wrongValue],
  ['enum', notListed],
  ['const', ({ at, what, params, report }) => report(at, 'value', `${what} must be ${show(params.allowedValue)}.`)],
  ['minimum', outOfRange],
  ['maximum', outOfRange],
  ['exclusiveMinimum', outOfRange],
  ['exclusiveMaximum', outOfRange],
  ['minItems', ({ at, what, params, report }) => report(at, 'value', `${what} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`)],
  ['maxItems', ({ at, what, params, report }) => report(at, 'value', `${what} may have at most ${String(params.limit)} items.`)],
  ['minLength', ({ at, what, report }) => report(at, 'value', `${what} must not be empty.`)],
  ['maxLength', ({ error, at, what, params, report }) => report(at, 'value', `${what} is ${[...String(error.data)].length.toLocaleString('en-US')} characters long; it may be at most ${number(params.limit)}. Shorten it.`)],
  ['maxProperties', ({ at, what, params, report }) => report(at, 'value', `${what} may have at most ${String(params.limit)} entries.`)],
  ['not', constraint],
  ['contains', constraint],
]);

function describe(error: ErrorObject, report: Report, isFlow: IsFlow): void {
  const at = error.instancePath;
  const found: Found = { error, at, what: label(at), params: error.params as Record<string, unknown>, parent: error.parentSchema as Found['parent'], report, isFlow };
  const describer = DESCRIBERS.get(error.keyword);
  if (describer) describer(found);
  else report(at, 'value', `${found.what} ${error.message ?? 'is not valid'}.`);
}
