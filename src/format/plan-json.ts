/**
 * `plan --format json`: the shape (schemas/helpdesk-plan.schema.json, generated from the zod
 * definition below by `npm run schemas`; a test fails on drift) and its serialisation.
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { field } from '../schema/field.js';
import { SCHEMA_BASE, type JsonSchema } from '../schema/json-schema.js';
import { TARGETS } from '../helpdesk/target.js';
import { summarizePlan, type Plan } from '../helpdesk/plan/plan.js';

export const PLAN_SCHEMA_FILE = 'helpdesk-plan.schema.json';
const PLAN_SCHEMA_URL = `${SCHEMA_BASE}${PLAN_SCHEMA_FILE}`;
/** Bumped when the output changes incompatibly; new optional fields do not bump it. */
const PLAN_FORMAT_VERSION = 1;

const count = (title: string, description: string, example: number) => field(z.number().int().min(0), title, description, example);

const FieldChangeShape = z.strictObject({
  path: field(z.string(), 'Path', 'JSON pointer into the API payload of the field that changes.', '/policy_metrics'),
  before: field(z.unknown(), 'Before', 'What the helpdesk holds there now (null when nothing); a reference field shows the key of the object it points at.', 240),
  after: field(z.unknown(), 'After', 'What the policies want there.', 480),
});

const ChangeShape = z.strictObject({
  action: field(z.enum(['create', 'update', 'delete', 'unmanaged']), 'Action', 'create: the policies describe it and the helpdesk lacks it. update: both have it and fields differ. delete: supportops created it and the policies no longer describe it (or --prune for an unmanaged one). unmanaged: the policies do not describe it; left alone.', 'update'),
  type: field(z.string(), 'Type', "The product's resource type, such as sla_policy, schedule, trigger, canned_response or calendar.", 'sla_policy'),
  key: field(z.string().nullable(), 'Key', 'The stable key, <type>/<name>, by which the object is matched: carried in its description or note, or its name for types that have neither. null for an unmanaged object without one.', 'sla_policy/async-sla'),
  name: field(z.string(), 'Name', 'The name people see in the helpdesk.', 'async-sla'),
  id: field(z.union([z.number(), z.string()]).nullable(), 'Id', "The helpdesk's id of the live object; null for a create.", 360001234567),
  fields: field(z.array(FieldChangeShape), 'Fields', 'For an update, every field that changes; empty otherwise.', [{ path: '/policy_metrics', before: 240, after: 480 }]),
  manual: field(z.string().nullable(), 'Manual', "Set when the product's API cannot make this change: what to do by hand instead. null otherwise.", null),
});

const Position = z.strictObject({
  line: field(z.number().int().min(1), 'Line', '1-based line.', 12),
  column: field(z.number().int().min(1), 'Column', '1-based column, in UTF-16 code units as editors count them.', 7),
});

const FindingShape = z.strictObject({
  ruleId: field(z.string(), 'Rule id', 'helpdesk-lossy, helpdesk-unsupported, live-json, or any id `check` reports (docs/rules/<id>.md).', 'helpdesk-lossy'),
  severity: field(z.enum(['error', 'warn', 'info']), 'Severity', 'error, warn or info; --fail-level decides which fail the command.', 'info'),
  message: field(z.string(), 'Message', 'What is wrong or lost, in plain words, and what to do.', 'Zendesk targets have no percentile: …'),
  location: field(
    z.strictObject({
      file: field(z.string(), 'File', 'The policy file (or live file), POSIX separators.', 'policies/sla/async-sla.yaml'),
      document: field(z.number().int().min(0), 'Document', 'The YAML document within the file, from 0.', 0).optional(),
      pointer: field(z.string(), 'Pointer', 'JSON pointer into the document.', '/spec/tiers/1/firstResponse'),
      start: field(Position, 'Start', 'Where the finding starts.', { line: 12, column: 22 }),
      end: field(Position, 'End', 'Where it ends (exclusive).', { line: 12, column: 35 }),
    }),
    'Location', 'Where the finding is.', { file: 'policies/sla/async-sla.yaml', document: 0, pointer: '/spec/tiers/1/firstResponse', start: { line: 12, column: 7 }, end: { line: 12, column: 29 } },
  ),
});

const PlanReportShape = z
  .strictObject({
    $schema: field(z.literal(PLAN_SCHEMA_URL), 'Schema', 'This schema.', PLAN_SCHEMA_URL),
    formatVersion: field(z.literal(PLAN_FORMAT_VERSION), 'Format version', 'Bumped when the output changes incompatibly; new fields may be added within a version.', PLAN_FORMAT_VERSION),
    tool: field(z.literal('supportops'), 'Tool', 'The program that wrote the report.', 'supportops'),
    target: field(z.enum(TARGETS), 'Target', 'The helpdesk product the plan is for.', 'zendesk'),
    prune: field(z.boolean(), 'Prune', 'Whether unmanaged objects are planned for deletion (--prune).', false),
    summary: field(
      z.strictObject({
        create: count('Create', 'Objects to create.', 2),
        update: count('Update', 'Objects to update.', 1),
        delete: count('Delete', 'Objects to delete.', 0),
        unmanaged: count('Unmanaged', 'Live objects the policies do not describe, left alone.', 4),
        manual: count('Manual', 'Changes above that the API cannot make: do them by hand.', 0),
      }),
      'Summary', 'How many objects fall in each action.', { create: 2, update: 1, delete: 0, unmanaged: 4, manual: 0 },
    ),
    planned: field(z.boolean(), 'Planned', 'false when the live configuration could not be read (the findings say where): changes is then empty and the summary all zeros.', true),
    changes: field(z.array(ChangeShape), 'Changes', 'Every object, sorted by resource type (in apply order) and key.', [
      { action: 'update', type: 'sla_policy', key: 'sla_policy/async-sla', name: 'async-sla', id: 360001234567, fields: [{ path: '/policy_metrics', before: 240, after: 480 }], manual: null },
    ]),
    findings: field(z.array(FindingShape), 'Findings', 'The check of the policies, every lossy or unsupported mapping, and problems reading the live configuration, sorted by file and line.', []),
  })
  .meta({ title: 'supportops helpdesk plan', description: 'What applying the policies would change in a helpdesk: the output of `supportops plan --format json`.' });

export type PlanReport = z.infer<typeof PlanReportShape>;

export function planJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(PlanReportShape, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema: schema.$schema, $id: PLAN_SCHEMA_URL, ...schema };
}

const NO_PLAN: PlanReport['summary'] = { create: 0, update: 0, delete: 0, unmanaged: 0, manual: 0 };

export interface PlanOutput {
  target: Plan['target'];
  /** null when the live configuration could not be read. */
  plan: Plan | null;
  findings?: readonly Diagnostic[];
}

export function planJson({ target, plan: p, findings = [] }: PlanOutput): string {
  const report: PlanReport = {
    $schema: PLAN_SCHEMA_URL, formatVersion: PLAN_FORMAT_VERSION, tool: 'supportops', target, prune: p?.prune ?? false,
    summary: p ? summarizePlan(p) : NO_PLAN,
    planned: p !== null,
    changes: (p?.changes ?? []).map((c) => ({ ...c, fields: c.fields.map((f) => ({ path: f.path, before: f.before, after: f.after })) })),
    findings: findings.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, location: d.location })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
