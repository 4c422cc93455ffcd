/**
 * Validates one policy document against its kind's JSON Schema (ajv) and turns each ajv error
 * into a plain-language diagnostic at the exact key or value.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceMap, Target } from '../load/source-map.js';
import { joinPointer, parsePointer } from '../load/source-map.js';
import { API_VERSION, KINDS, type Kind } from './kinds/index.js';
import { PRIMITIVES } from './primitives.js';
import * as generated from './validators.generated.js';

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Precompiled at build time (see standalone.ts); a test fails when they drift from the kinds. */
function validatorFor(kind: Kind): Validator {
  return (generated as unknown as Record<Kind, Validator>)[kind];
}

export interface DocumentRef {
  file: string;
  index: number;
  data: unknown;
}

type Report = (pointer: string, target: Target, message: string, suggestion?: string) => void;
type IsFlow = (pointer: string) => boolean;

/** Checks the envelope (apiVersion, kind) and then the kind's schema. Returns the kind when the document is valid. */
export function validateDocument(doc: DocumentRef, sources: SourceMap, diagnostics: Diagnostic[]): Kind | undefined {
  const report: Report = (pointer, target, message, suggestion) => {
    diagnostics.push({
      ruleId: 'schema',
      severity: 'error',
      message,
      location: sources.locate(doc.file, doc.index, pointer, target),
      ...(suggestion ? { suggestion } : {}),
    });
  };
  const data = doc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report('', 'value', 'A policy document must be a mapping with apiVersion, kind, metadata and spec. See `supportops init` for an example.');
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (record.apiVersion !== API_VERSION) {
    const has = 'apiVersion' in record;
    report(has ? '/apiVersion' : '', has ? 'value' : 'key', has
      ? `Unknown apiVersion ${JSON.stringify(record.apiVersion)}. This version of supportops reads "${API_VERSION}".`
      : `Missing apiVersion. Add "apiVersion: ${API_VERSION}" at the top of the document.`);
    return undefined;
  }
  const kind = record.kind;
  if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) {
    const has = 'kind' in record;
    report(has ? '/kind' : '', has ? 'value' : 'key',
      has ? `Unknown kind ${JSON.stringify(kind)}. The kinds are: ${KINDS.join(', ')}.` : `Missing kind. Add one of: ${KINDS.join(', ')}.`,
      typeof kind === 'string' ? didYouMean(kind, KINDS) : undefined);
    return undefined;
  }
  const validate = validatorFor(kind as Kind);
  if (validate(data)) return kind as Kind;
  for (const error of simplify(validate.errors ?? [])) describe(error, report, (pointer) => sources.isFlow(doc.file, doc.index, pointer));
  return undefined;
}

/** Drops the per-branch noise of anyOf and keeps one error per place and keyword. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword !== 'anyOf' && anyOfPaths.has(e.instancePath) && /\/anyOf\/\d+\//.test(e.schemaPath)) return false;
    if (e.keyword === 'propertyNames') return false; // the inner pattern error says it better
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(error: ErrorObject, report: Report, isFlow: IsFlow): void {
  const at = error.instancePath;
  const what = label(at);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      // Inside { … } a comma ends the value, so "a: x, y" turns " y" into a key: say so.
      const comma = isFlow(at) ? ' If this is part of a text value, put that value in quotes: inside { } a comma ends the value.' : '';
      report(joinPointer(at, key), 'key', `Unknown property \`${key}\`${at ? ` in ${what}` : ''}. Allowed here: ${known.join(', ')}.${comma}`, didYouMean(key, known));
      return;
    }
    case 'required': {
      const key = String(params.missingProperty);
      const property = (error.parentSchema as { properties?: Record<string, { description?: string }> }).properties?.[key];
      const hint = property?.description ? ` (${property.description})` : '';
      report(at, 'key', `${what} is missing the required property \`${key}\`${hint}.`);
      return;
    }
    case 'pattern':
    case 'anyOf':
    case 'type': {
      const expected = expectedOf(error.parentSchema);
      if (expected) {
        report(at, 'value', `${what} is ${show(error.data)}, which is not valid. Expected ${expected}.`);
      } else {
        const types = ([] as string[]).concat((params.type as string | string[]) ?? []);
        const words = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'a different value';
        report(at, 'value', `${what} must be ${words}, not ${show(error.data)}.`);
      }
      return;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      report(at, 'value', `${what} is ${show(error.data)}; it must be one of: ${allowed.join(', ')}.`, typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined);
      return;
    }
    case 'const':
      report(at, 'value', `${what} must be ${show(params.allowedValue)}.`);
      return;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      report(at, 'value', `${what} is ${show(error.data)}; it must be ${String(params.comparison)} ${String(params.limit)}.`);
      return;
    case 'minItems':
      report(at, 'value', `${what} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`);
      return;
    case 'maxItems':
      report(at, 'value', `${what} may have at most ${String(params.limit)} items.`);
      return;
    case 'minLength':
      report(at, 'value', `${what} must not be empty.`);
      return;
    default:
      report(at, 'value', `${what} ${error.message ?? 'is not valid'}.`);
  }
}
