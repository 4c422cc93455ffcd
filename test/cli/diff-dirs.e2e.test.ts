/** `supportops diff` over a directory pair (no git) whose head touches every category at once. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_TITLES } from '../../src/diff/change.js';
import { diffJsonSchema } from '../../src/format/diff-json.js';
import { cli } from '../helpers/cli.js';
import { edit, type FileSet } from '../helpers/policies.js';
import { base, writeSet } from '../diff/helpers.js';

const steps: [string, string | RegExp, string][] = [
  ['sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'], // sla, customer-text
  ['schedules/on-call.yaml', /(name: on-call-london\n(?:.*\n)*?) {4}sat: \["08:00-18:00"\]\n/, '$1'], // hours, feasibility
  ['channels/email.yaml', 'displayName: Email support', 'displayName: Email help'], // channels
  ['routing/tags.yaml', 'meaning: The customer asks for something the product does not do.', 'meaning: A request for a feature.'], // definitions
  ['routing/tags.yaml', /(name: bug\n(?:.*\n)*? {2}owner:) product-specialists/, '$1 tier1-agent'], // ownership
  ['routing/escalations.yaml', 'routeTo: billing-specialist', 'routeTo: support-lead'], // escalation
  ['teams/specialists.yaml', 'headcount: 3\n  shrinkage: 25%\n  occupancy: 80%\n  handleTime: 20m', 'headcount: 2\n  shrinkage: 25%\n  occupancy: 80%\n  handleTime: 20m'], // staffing
  ['channels/email.yaml', 'ticketsPerDay: 200', 'ticketsPerDay: 260'], // demand
];
const head = steps.reduce<FileSet>((set, [file, from, to]) => edit(set, file, from, to), base);

describe('supportops diff over two folders', () => {
  const root = writeSet(base);
  const changed = writeSet(head);

  it('reports every category, in a JSON report that its schema accepts', () => {
    const { code, stdout } = cli(['diff', '--base', root, '--head', changed, '--format', 'json', '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { base: string; head: string; skipped: unknown[]; changes: { category: string }[] };
    expect(report).toMatchObject({ base: root, head: changed, skipped: [] });
    expect([...new Set(report.changes.map((c) => c.category))]).toEqual([...CATEGORIES]);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(diffJsonSchema());
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes one Markdown table per category, in order, and fails on breaking changes when asked', () => {
    const { code, stdout } = cli(['diff', '--base', root, '--head', changed, '--fail-on', 'breaking', '--as-of', '2026-11-23']);
    expect(code).toBe(1);
    const positions = CATEGORIES.map((c) => stdout.indexOf(`### ${CATEGORY_TITLES[c]}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is deterministic: the same pair gives the same bytes', () => {
    const args = ['diff', '--base', root, '--head', changed, '--format', 'json', '--as-of', '2026-11-23'];
    expect(cli(args).stdout).toBe(cli(args).stdout);
  });
});
