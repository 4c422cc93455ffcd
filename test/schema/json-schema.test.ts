import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/config.js';
import { allJsonSchemas } from '../../src/schema/json-schema.js';
import { REPO } from '../helpers/policies.js';

const generated = { ...allJsonSchemas(), 'config.schema.json': configJsonSchema() };

describe('generated JSON Schemas', () => {
  it('match the committed files in schemas/ (run `npm run schemas` after changing src/schema)', () => {
    const committed = readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.json')).sort();
    expect(committed).toEqual(expect.arrayContaining(Object.keys(generated).sort()));
    for (const [file, schema] of Object.entries(generated)) {
      expect(readFileSync(join(REPO, 'schemas', file), 'utf8'), file).toBe(JSON.stringify(schema, null, 2) + '\n');
    }
  });

  it('give every property a title, a description and an example, for editor hover and completion', () => {
    const missing: string[] = [];
    const walk = (schema: unknown, path: string) => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as Record<string, unknown>;
      for (const [name, property] of Object.entries((s.properties as Record<string, Record<string, unknown>>) ?? {})) {
        for (const key of ['title', 'description', 'examples']) if (!(key in property)) missing.push(`${path}/${name} lacks ${key}`);
        walk(property, `${path}/${name}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(s[key], `${path}/${key}`);
      for (const key of ['anyOf', 'oneOf', 'allOf']) (s[key] as unknown[] | undefined)?.forEach((sub, i) => walk(sub, `${path}/${key}/${i}`));
    };
    for (const [file, schema] of Object.entries(generated)) if (file !== 'policy.schema.json') walk(schema, file);
    expect(missing).toEqual([]);
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
