import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { artifactJsonSchemas } from '../../src/generate/generate-artifacts.js';
import { REPO } from '../helpers/policies.js';
import { exampleWithDefaultAck, generate } from './helpers.js';

const schemas = artifactJsonSchemas();

function validator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return ajv;
}

describe('artifact JSON Schemas', () => {
  it('match the committed files in schemas/ (run `npx tsx scripts/update-golden.ts` after changing a shape)', () => {
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['routing-guide.schema.json', 'disclosures.schema.json']));
    for (const [file, schema] of Object.entries(schemas)) {
      expect(readFileSync(join(REPO, 'schemas', file), 'utf8'), file).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are draft 2020-12 with a stable $id', () => {
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://supportops.dev/schemas/v1/${file}`);
    }
  });

  it.each([
    ['the example organisation', () => generate()],
    ['the example with the default acknowledgement and no facts', () => generate(exampleWithDefaultAck(), { facts: false })],
  ])('validate every JSON artifact of %s, each naming its schema in $schema', (_, make) => {
    const ajv = validator();
    const json = [...make().files].filter(([path]) => path.endsWith('.json'));
    expect(json.length).toBeGreaterThanOrEqual(9);
    for (const [path, text] of json) {
      const data = JSON.parse(text) as { $schema: string; policyHash: string };
      const validate = ajv.getSchema(data.$schema);
      expect(validate, `${path}: unknown $schema ${data.$schema}`).toBeDefined();
      expect(validate!(data), `${path}: ${JSON.stringify(validate!.errors)}`).toBe(true);
      expect(data.policyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('reject an artifact that drifts from its shape', () => {
    const ajv = validator();
    const disclosure = JSON.parse(generate().files.get('disclosures/email.json')!) as Record<string, unknown>;
    const validate = ajv.getSchema(disclosure.$schema as string)!;
    expect(validate({ ...disclosure, extra: 1 })).toBe(false);
    expect(validate({ ...disclosure, notice: 3 })).toBe(false);
  });
});
