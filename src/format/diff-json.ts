/**
 * `supportops diff --format json`: the shape (schemas/diff.schema.json, generated from the zod
 * definition below by `npm run schemas`; a test fails on drift) and its serialisation.
 */
import { z } from 'zod';
import { field } from '../schema/field.js';
import { documentHeader, SCHEMA_BASE, type JsonSchema } from '../schema/json-schema.js';
import { ChangeShape, SkippedShape } from '../diff/change.js';
import type { PolicyDiff } from '../diff/diff-policies.js';

export const DIFF_SCHEMA_FILE = 'diff.schema.json';
const DIFF_SCHEMA_URL = `${SCHEMA_BASE}${DIFF_SCHEMA_FILE}`;
/** Bumped when the output changes incompatibly; new optional fields do not bump it. */
const DIFF_FORMAT_VERSION = 1;

const count = (title: string, description: string, example: number) => field(z.number().int().min(0), title, description, example);

const DiffReportShape = z
  .strictObject({
    ...documentHeader(DIFF_SCHEMA_URL, DIFF_FORMAT_VERSION, 'report'),
    base: field(z.string(), 'Base', 'The version compared against: the folder as given, or "ref (abbreviated commit)".', 'main (1a2b3c4)'),
    head: field(z.string(), 'Head', 'The version compared: the folder as given, or "ref (abbreviated commit)".', 'policies'),
    headCheck: field(
      z.strictObject({
        errors: count('Errors', 'Errors check finds in the head.', 0),
        warnings: count('Warnings', 'Warnings check finds in the head.', 1),
        problem: field(z.string(), 'Problem', 'Why the head could not be checked (its supportops.yaml is broken, say).', 'supportops.yaml:2:3: Unknown rule `kb-reviw-due`.').optional(),
      }),
      'Head check', 'What `supportops check` finds in the head, with its own config: errors above 0 mean the new version does not pass.', { errors: 0, warnings: 1 },
    ).optional(),
    asOf: field(z.string().nullable(), 'As of', 'YYYY-MM-DD (--as-of): the date feasibility and the customer-facing text are measured from (see `skipped` for parts that could not be compared); null when no date was given.', '2026-11-23'),
    summary: field(
      z.strictObject({
        breaking: count('Breaking', 'Changes that make a customer-facing promise worse.', 2),
        notable: count('Notable', 'Changes that deserve a reviewer.', 4),
        info: count('Info', 'Everything else, including improvements.', 0),
      }),
      'Summary', 'How many changes of each severity; every change is counted, including those the Markdown output leaves out.', { breaking: 2, notable: 4, info: 0 },
    ),
    invalid: field(
      z.strictObject({ base: count('Base', 'Schema errors in the base version.', 0), head: count('Head', 'Schema errors in the head version.', 1) }),
      'Invalid documents', 'Schema errors on each side. Documents that do not validate are left out of the comparison; run `supportops check` on that version.', { base: 0, head: 1 },
    ),
    skipped: field(z.array(SkippedShape), 'Skipped', 'Parts of the comparison that could not be made (schema errors, templates that do not render), with the reason. Empty when everything was compared.', []),
    changes: field(z.array(ChangeShape), 'Changes', 'Every change, sorted by category (in the order of the category enum), severity (breaking first), subject and message.', [
      { category: 'sla', severity: 'breaking', subject: 'async-sla › high › first response', before: '90% within 4h', after: '90% within 8h', message: "Customers of 'email' wait longer for a first response on high tickets.", channels: ['email'], tiers: ['high'] },
    ]),
  })
  .meta({ title: 'supportops diff report', description: 'What a policy change means for customers and for the team: the output of `supportops diff --format json`.' });

export type DiffReport = z.infer<typeof DiffReportShape>;

export function diffJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(DiffReportShape, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema: schema.$schema, $id: DIFF_SCHEMA_URL, ...schema };
}

export interface DiffLabels {
  base: string;
  head: string;
  /** What `check` finds in the head (with its own config), when the front ran it. */
  headCheck?: { errors: number; warnings: number; problem?: string };
  /** The date feasibility and text were compared from, when they were. */
  asOf?: string;
}

export function diffJson(diff: PolicyDiff, labels: DiffLabels): string {
  const report: DiffReport = {
    $schema: DIFF_SCHEMA_URL, formatVersion: DIFF_FORMAT_VERSION, tool: 'supportops', base: labels.base, head: labels.head,
    ...(labels.headCheck ? { headCheck: labels.headCheck } : {}), asOf: labels.asOf ?? null,
    summary: diff.summary, invalid: diff.invalid, skipped: diff.skipped, changes: diff.changes,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
