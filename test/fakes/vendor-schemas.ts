/**
 * The vendor-derived schemas in schemas/helpdesk/, compiled once: the same files the exported
 * payloads are checked against, so the fakes reject exactly what the tests say the API rejects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

const ROOT = join(import.meta.dirname, '..', '..', 'schemas', 'helpdesk');
const ajv = new Ajv2020({ strict: true, allErrors: false });
const compiled = new Map<string, ValidateFunction>();

function load(product: string, name: string): ValidateFunction {
  const id = `${product}/${name}`;
  let validate = compiled.get(id);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(ROOT, product, `${name}.schema.json`), 'utf8')) as object;
    validate = ajv.compile(schema);
    compiled.set(id, validate);
  }
  return validate;
}

/** Every schema file name of a product, without `.schema.json`. */
export function schemaNames(product: string): string[] {
  return readdirSync(join(ROOT, product)).filter((f) => f.endsWith('.schema.json')).map((f) => f.slice(0, -'.schema.json'.length)).sort();
}

export interface SchemaProblem {
  /** The top-level field the first error is in, or null for the object itself. */
  field: string | null;
  message: string;
}

function describe(error: ErrorObject): SchemaProblem {
  const path = error.instancePath.split('/').filter(Boolean);
  const missing = error.keyword === 'required' ? String((error.params as { missingProperty?: string }).missingProperty) : null;
  const extra = error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty?: string }).additionalProperty) : null;
  const field = path[0] ?? missing ?? extra;
  const where = error.instancePath || '(the object)';
  return { field, message: extra ? `${extra} is not a known field` : `${where} ${error.message ?? 'is invalid'}` };
}

/** The first problem of `value` against schemas/helpdesk/<product>/<name>.schema.json, or null when it is valid. */
export function schemaProblem(product: string, name: string, value: unknown): SchemaProblem | null {
  const validate = load(product, name);
  return validate(value) ? null : describe(validate.errors![0]!);
}
