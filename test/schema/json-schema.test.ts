import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/config.js';
import { artifactJsonSchemas } from '../../src/generate/generate-artifacts.js';
import { joinPointer } from '../../src/load/source-map.js';
import { allJsonSchemas } from '../../src/schema/json-schema.js';
import { standaloneValidators } from '../../scripts/standalone-validators.js';
import { REPO } from '../helpers/policies.js';

const generated = { ...allJsonSchemas(), 'config.schema.json': configJsonSchema() };

const SCHEMA_DIR = join(REPO, 'schemas');
/** Every schema file is walked below: policy kinds, config, the diff report and the build's artifacts alike. */
const schemaFiles = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
type Schema = Record<string, unknown>;
/** Each schema file read and parsed once, for every test below. */
const SCHEMAS: Record<string, Schema> = Object.fromEntries(schemaFiles.map((f) => [f, JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Schema]));
/** One ajv holding every schema file, so each is compiled once however many files refer to it. */
const ALL = new Ajv2020({ strict: true, allowUnionTypes: true });
for (const schema of Object.values(SCHEMAS)) ALL.addSchema(schema);
const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Every subschema an editor uses for completion and hover, with its JSON pointer. `if`, `not`
 * and `contains` are conditions on what is written, not places to write, so they are not walked.
 */
function subschemas(root: Schema): { pointer: string; schema: Schema }[] {
  const out: { pointer: string; schema: Schema }[] = [];
  const walk = (schema: unknown, pointer: string): void => {
    if (!isSchema(schema)) return;
    out.push({ pointer, schema });
    for (const key of ['properties', '$defs', 'patternProperties']) {
      if (isSchema(schema[key])) for (const [name, sub] of Object.entries(schema[key])) walk(sub, joinPointer(pointer, key, name));
    }
    for (const key of ['items', 'additionalProperties', 'propertyNames']) walk(schema[key], joinPointer(pointer, key));
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) (schema[key] as unknown[] | undefined)?.forEach((sub, i) => walk(sub, joinPointer(pointer, key, i)));
    for (const key of ['then', 'else']) walk(schema[key], joinPointer(pointer, key));
  };
  walk(root, '');
  return out;
}

describe('generated JSON Schemas', () => {
  it('match the committed files in schemas/ (run `npm run schemas` after changing src/schema)', () => {
    expect(schemaFiles).toEqual(expect.arrayContaining(Object.keys(generated).sort()));
    for (const [file, schema] of Object.entries(generated)) {
      expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(JSON.stringify(schema, null, 2) + '\n');
    }
  });

  it('match the committed precompiled validators (run `npm run schemas` after changing src/schema)', () => {
    expect(readFileSync(join(REPO, 'src', 'schema', 'validators.generated.ts'), 'utf8')).toBe(standaloneValidators());
  });

  it('walk every file in schemas/, the artifact schemas included', () => {
    expect(schemaFiles.length).toBeGreaterThanOrEqual(20);
    expect(schemaFiles).toEqual(expect.arrayContaining([...Object.keys(generated), ...Object.keys(artifactJsonSchemas())].sort()));
  });

  it.each(schemaFiles)('%s gives every property a title, a description and an example, for editor hover and completion', (file) => {
    const missing: string[] = [];
    for (const { pointer, schema } of subschemas(SCHEMAS[file]!)) {
      if (!isSchema(schema.properties)) continue;
      for (const [name, property] of Object.entries(schema.properties as Record<string, Schema>)) {
        for (const key of ['title', 'description', 'examples']) if (!(key in property)) missing.push(`${pointer}/properties/${name} lacks ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(schemaFiles)('%s: every example is valid against its own (sub)schema', (file) => {
    const root = SCHEMAS[file]!;
    const failures: string[] = [];
    let checked = 0;
    for (const { pointer, schema } of subschemas(root)) {
      if (!Array.isArray(schema.examples)) continue;
      const validate = ALL.getSchema(`${String(root.$id)}#${pointer}`);
      if (!validate) throw new Error(`ajv cannot resolve ${file}#${pointer}`);
      schema.examples.forEach((example, i) => {
        checked++;
        if (!validate(example)) failures.push(`${pointer}/examples/${i} ${JSON.stringify(example)}: ${ALL.errorsText(validate.errors)}`);
      });
    }
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('are draft 2020-12, compile in ajv, and accept every example policy through policy.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    for (const [file, schema] of Object.entries(generated)) {
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      ajv.addSchema(schema);
    }
    const validate = ajv.getSchema('https://supportops.dev/schemas/v1/policy.schema.json')!;
    const dir = join(REPO, 'policies');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
        expect(validate(doc.toJS()), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(validate({ apiVersion: 'supportops/v1', kind: 'Tag', metadata: { name: 'x' }, spec: { meaning: 'm', color: 'red' } })).toBe(false);
  });
});
