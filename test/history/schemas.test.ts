// Every history fixture validates against the vendor-derived schema of its export shape.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/policies.js';
import { FIXTURES } from './helpers.js';

const dir = join(REPO, 'schemas', 'history');
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const schema = (name: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8'))));
  return compiled.get(name)!;
};

const SHAPES: [RegExp, string][] = [
  [/^zendesk-tickets-\d+\.json$/, 'zendesk-incremental-tickets'],
  [/^zendesk-events\.json$/, 'zendesk-ticket-metric-events'],
  [/^zendesk-ticket-metrics\.json$/, 'zendesk-ticket-metrics'],
  [/^zammad-tickets\.json$/, 'zammad-tickets'],
];

describe('history fixtures match the vendors\' published shapes', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.includes('truncated'))) {
    it(file, () => {
      const shape = SHAPES.find(([re]) => re.test(file));
      expect(shape, `no schema for ${file}`).toBeDefined();
      const validate = schema(shape![1]);
      const ok = validate(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('freshdesk-tickets.csv', () => {
    const validate = schema('freshdesk-tickets-csv-row');
    const rows = parse(readFileSync(join(FIXTURES, 'freshdesk-tickets.csv')), { columns: true }) as object[];
    for (const row of rows) expect([validate(row), validate.errors ?? []]).toEqual([true, []]);
  });

  // The shipped example history is written by our own writers: it must fit the vendors' shapes too.
  it.each([
    ['examples/history/zendesk/web-tickets-0001.json', 'zendesk-incremental-tickets'],
    ['examples/history/zendesk/web-events.json', 'zendesk-ticket-metric-events'],
    ['examples/history/zammad-tickets.json', 'zammad-tickets'],
  ])('%s', (path, name) => {
    const validate = schema(name);
    expect([validate(JSON.parse(readFileSync(join(REPO, path), 'utf8'))), validate.errors?.slice(0, 3) ?? []]).toEqual([true, []]);
  });

  it('examples/history/freshdesk-tickets.csv', () => {
    const validate = schema('freshdesk-tickets-csv-row');
    const rows = parse(readFileSync(join(REPO, 'examples', 'history', 'freshdesk-tickets.csv')), { columns: true }) as object[];
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect([validate(row), validate.errors ?? []]).toEqual([true, []]);
  });

  it('rejects what the vendor would not write', () => {
    expect(schema('zendesk-ticket-metric-events')({ ticket_metric_events: [{ id: 1, ticket_id: 2, metric: 'reply_time', instance_id: 1, type: 'resume', time: '2026-03-02T09:00:00Z' }] })).toBe(false);
    expect(schema('freshdesk-tickets-csv-row')({ 'Ticket ID': '1', 'Created time': '2026-03-02T09:00:00Z', Status: 'Open', Priority: 'Low', Source: 'Email' })).toBe(false);
  });
});
