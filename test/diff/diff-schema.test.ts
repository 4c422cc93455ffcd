/** schemas/diff.schema.json: generated from the zod shape, committed, and true of what `diff --format json` writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DIFF_SCHEMA_FILE, diffJson, diffJsonSchema } from '../../src/format/diff-json.js';
import { edit, REPO } from '../helpers/policies.js';
import { base, diffOf } from './helpers.js';

const schema = diffJsonSchema();
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

describe('the diff JSON Schema', () => {
  it('matches the committed file (run `npm run schemas` after changing src/diff/change.ts or src/format/diff-json.ts)', () => {
    expect(readFileSync(join(REPO, 'schemas', DIFF_SCHEMA_FILE), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('is draft 2020-12 with a stable $id, and lists every category in order', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://supportops.dev/schemas/v1/diff.schema.json');
    const change = (schema.properties as { changes: { items: { properties: { category: { enum: string[] } } } } }).changes.items;
    // The published order (Markdown tables, JSON sorting): pinned here, not read back from the code.
    expect(change.properties.category.enum).toEqual(['sla', 'hours', 'channels', 'definitions', 'ownership', 'escalation', 'staffing', 'demand', 'feasibility', 'customer-text']);
  });

  it('accepts what diff writes, and rejects a report that drifts from it', () => {
    const head = edit(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'), 'channels/email.yaml', 'mode: async', 'mode: carrier-pigeon');
    const report = JSON.parse(diffJson(diffOf(head, base, { asOf: '2026-11-23' }), { base: 'main (1a2b3c4)', head: 'policies (working tree)', asOf: '2026-11-23' })) as Record<string, unknown>;
    expect(report.$schema).toBe(schema.$id);
    expect(report.skipped).toEqual([{ part: 'feasibility', reason: 'schema errors (1 in the head): a half-read policy set would show false differences' }]);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, extra: 1 })).toBe(false);
    expect(validate({ ...report, changes: [{ category: 'weather', severity: 'info', subject: 's', message: 'm' }] })).toBe(false);
    expect(validate({ ...report, summary: { breaking: -1, notable: 0, info: 0 } })).toBe(false);
  });
});
