// The measure report in its three forms: JSON that the published schema accepts (and that
// schema is the generated one), stylish text, and Markdown that markdownlint passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { measureJson, measureJsonSchema, type MeasureResult } from '../../src/format/measure-json.js';
import { MEASURE_SCHEMA_FILE } from '../../src/format/measure-json-shape.js';
import { measureMarkdown, measureStylish } from '../../src/format/measure-report.js';
import { HistoryProblems } from '../../src/history/read-history.js';
import { textFile } from '../../src/history/history-file.js';
import { readPolicyFiles } from '../../src/load/files.js';
import { measureExport } from '../../src/measure/measure-export.js';
import { genericCsv } from '../../src/measure/synthetic/export-writers.js';
import { synthesizeHistory } from '../../src/measure/synthetic/synthetic-history.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { markdownProblems } from '../generate/helpers.js';
import { REPO, toFiles } from '../helpers/policies.js';
import { fixture, MEASURE_POLICIES } from '../history/helpers.js';

const schema = measureJsonSchema();
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

function result(source: Parameters<typeof measureExport>[0]['source'], model: Parameters<typeof measureExport>[0]['model'], asOfMs: number, backtest: boolean): MeasureResult {
  const problems = new HistoryProblems();
  const r = measureExport({ source, model, options: { asOfMs }, problems, label: 'export', backtest });
  return { measurement: r.measurement, export: { format: source.format, files: ['export'] }, drift: r.history.drift, backtest: r.backtest };
}

const zendesk = result(
  { format: 'zendesk', files: { tickets: [fixture('zendesk-tickets-1.json'), fixture('zendesk-tickets-2.json')], events: [fixture('zendesk-events.json')], metrics: [fixture('zendesk-ticket-metrics.json')] } },
  validatePolicies(toFiles(MEASURE_POLICIES)).model, Date.parse('2026-03-09T12:00:00Z'), false,
);
const { model } = validatePolicies(readPolicyFiles(join(REPO, 'policies')));
const [email] = synthesizeHistory(model, { asOf: '2026-03-09', days: 14, channels: ['email'] });
const simulated = result({ format: 'csv', files: [textFile('email.csv', genericCsv(email!.tickets, 'email').contents)] }, model, email!.asOfMs, true);

describe('measure report', () => {
  it('publishes the schema generated from its shape (run `npm run schemas` after changing it)', () => {
    expect(readFileSync(join(REPO, 'schemas', MEASURE_SCHEMA_FILE), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it.each([['Zendesk fixtures', zendesk], ['a simulated history with its backtest', simulated]])('writes JSON the schema accepts: %s', (_, r) => {
    const data: unknown = JSON.parse(measureJson(r));
    expect([validate(data), validate.errors ?? []]).toEqual([true, []]);
  });

  it('rejects a report that drifts from its shape', () => {
    const data = JSON.parse(measureJson(zendesk)) as Record<string, unknown>;
    expect(validate({ ...data, extra: 1 })).toBe(false);
    expect(validate({ ...data, records: { ...(data.records as object), read: -1 } })).toBe(false);
  });

  it('shows every cell in the stylish table and the Markdown table', () => {
    expect(measureStylish(zendesk)).toMatch(/^email +standard +first response +90% within 24h +100% +16h +16h +1 +0 +0$/m);
    expect(measureMarkdown(zendesk)).toContain('| web-form | high | first response | 90% within 4h | 100% | 3h | 3h | 1 | 0 | 0 |');
  });

  it('shows the backtest beside the measurement', () => {
    expect(measureStylish(simulated)).toMatch(/^ {2}email +urgent +first response +90% within 1h +100\.0% +100\.0% +0 +agrees$/m);
    expect(measureMarkdown(simulated)).toContain('## Backtest');
  });

  it.each([['Zendesk fixtures', zendesk], ['a simulated history with its backtest', simulated]])('writes Markdown that markdownlint passes: %s', (_, r) => {
    expect(markdownProblems(new Map([['measure.md', measureMarkdown(r)]]))).toEqual([]);
  });
});

describe('measure docs', () => {
  it.each(['docs/measure.md', 'docs/rules/demand-matches-history.md', 'examples/history/README.md'])('%s passes markdownlint', (path) => {
    expect(markdownProblems(new Map([[path, readFileSync(join(REPO, path), 'utf8')]]))).toEqual([]);
  });
});
