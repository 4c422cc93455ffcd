/**
 * The shape of `check --format json` (schemas/check-report.schema.json, generated from this by
 * `npm run schemas`; a test fails on drift and validates real output against it). Within format
 * version 1 fields are only added; the facts' entries allow fields beyond those listed, which
 * later versions of the engines may add.
 */
import { z } from 'zod';
import { field } from '../schema/field.js';
import { documentHeader, SCHEMA_BASE, type JsonSchema } from '../schema/json-schema.js';

export const CHECK_REPORT_SCHEMA_FILE = 'check-report.schema.json';
export const CHECK_REPORT_SCHEMA_URL = `${SCHEMA_BASE}${CHECK_REPORT_SCHEMA_FILE}`;
export const REPORT_FORMAT_VERSION = 1;

const count = (title: string, description: string) => field(z.number().int().min(0), title, description, 0);
const position = z.strictObject({
  line: field(z.number().int().min(1), 'Line', '1-based line.', 27),
  column: field(z.number().int().min(1), 'Column', '1-based column, in UTF-16 code units as editors count.', 10),
});
const counts = z.strictObject({ errors: count('Errors', 'Errors.'), warnings: count('Warnings', 'Warnings.'), infos: count('Infos', 'Info findings.') });

const Location = field(
  z.strictObject({
    file: field(z.string(), 'File', 'Relative to the policy root, with / separators; an absolute path for a file outside it (a default template).', 'routing/tags.yaml'),
    document: field(z.number().int().min(0), 'Document', '0-based index of the YAML document in the file; absent for whole-file problems.', 2).optional(),
    pointer: field(z.string(), 'Pointer', 'JSON pointer (RFC 6901) into the document.', '/spec/owner'),
    start: field(position, 'Start', '1-based line and column (UTF-16 code units).', { line: 27, column: 10 }),
    end: field(position, 'End', '1-based line and column where the span ends.', { line: 27, column: 28 }),
  }),
  'Location', 'Where the finding is.', { file: 'routing/tags.yaml', document: 2, pointer: '/spec/owner', start: { line: 27, column: 10 }, end: { line: 27, column: 28 } },
);

const Suppression = field(
  z.strictObject({
    kind: field(z.enum(['inSource', 'external']), 'Kind', '`inSource`: a `# supportops-disable-next-line` comment; `external`: an entry of .supportops-baseline.json.', 'inSource'),
    justification: field(z.string(), 'Justification', 'The reason written with the suppression.', 'owner on leave until March'),
    location: Location.optional(),
    status: field(z.enum(['accepted', 'underReview']), 'Status', '`underReview`: added by the change under review and not applied to its own check, so the finding still counts. Absent or `accepted`: applied.', 'underReview').optional(),
  }),
  'Suppression', 'Present when a suppression names this finding; the finding then does not count unless the status is `underReview`.', { kind: 'inSource', justification: 'owner on leave until March' },
);

const Diagnostic = z.strictObject({
  ruleId: field(z.string(), 'Rule', 'A rule id (docs/rules/), or file, schema, suppression, yaml-syntax, build, config.', 'no-unresolved-references'),
  severity: field(z.enum(['error', 'warn', 'info']), 'Severity', 'After supportops.yaml.', 'error'),
  message: field(z.string(), 'Message', 'Plain words: what is wrong and what to do.', "The owner 'billing-specialsts' is not defined: no Team or Role has that name."),
  location: Location,
  suggestion: field(z.string(), 'Suggestion', 'A fix to try.', "did you mean 'billing-specialists'?").optional(),
  related: field(z.array(z.strictObject({ location: Location, message: field(z.string(), 'Message', 'What this place has to do with the finding.', 'First defined here.') })), 'Related', 'Other places that explain the finding.', []).optional(),
  baseline: field(z.enum(['new', 'existing']), 'Baseline', 'With --baseline: whether the change introduces the finding.', 'new').optional(),
  fingerprint: field(z.string(), 'Fingerprint', 'The same finding across versions, whatever lines moved: rule, document kind and name, and pointer, hashed.', '3f2a9c0d1b7e4a5f8c6d2e1f0a9b8c7d').optional(),
  suppression: Suppression.optional(),
  docs: field(z.string(), 'Docs', "The rule's documentation page in the supportops package.", 'docs/rules/no-unresolved-references.md'),
});

const GateChange = z.strictObject({
  kind: field(z.enum(['config', 'suppression', 'baseline-file', 'workflow']), 'Kind', 'What the change touches.', 'config'),
  message: field(z.string(), 'Message', 'What it does, in plain words.', 'This change turns off capacity-meets-demand (error → off).'),
  weakens: field(z.boolean(), 'Weakens', 'Whether the gate is weaker after the merge.', true),
  location: Location.optional(),
});

const Gate = field(
  z.strictObject({
    configFrom: field(z.enum(['base', 'head']), 'Config from', 'Whose config, suppressions and baseline file applied: the base version\'s (the default with a baseline) or the change\'s own.', 'base'),
    config: field(z.string().nullable(), 'Config', 'The config file applied, or null for the defaults.', 'supportops.yaml at main (1a2b3c4)'),
    changes: field(z.array(GateChange), 'Changes', 'What the change does to its own gate once merged.', []),
  }),
  'Gate', 'With --baseline: where the gate\'s settings came from and what the change does to them.', { configFrom: 'base', config: 'supportops.yaml at main (1a2b3c4)', changes: [] },
);

/** Facts' entries: the fields listed are always there; others may be added. */
const entry = (shape: z.ZodRawShape, title: string, description: string) => field(z.array(z.looseObject(shape)), title, description, []);
const text = (title: string, description: string, example: string) => field(z.string(), title, description, example);
const clock = field(z.string().nullable(), 'Clock', "The promise's clock: a schedule name, or null for calendar time.", 'support-hours');
const Window = z.strictObject({
  from: text('From', 'The first date of the window, YYYY-MM-DD.', '2027-01-04'),
  until: text('Until', 'The first date after the window, YYYY-MM-DD.', '2027-11-23'),
});
/** On an entry that covers only part of the horizon, around a dated change (docs/effective-dates.md). */
const window = field(Window, 'Window', 'Present when the entry covers only part of the horizon: from `from` up to the day before `until` (docs/effective-dates.md).', { from: '2027-01-04', until: '2027-11-23' }).optional();
const coverage = (subject: 'channel' | 'escalation') => ({
  subject: field(z.literal(subject), 'Subject', 'What is covered.', subject),
  name: text('Name', 'The channel or escalation trigger.', subject === 'channel' ? 'email' : 'major-outage'),
  clock,
  worstWaitMinutes: field(z.number(), 'Worst wait', 'The longest wait in the clock, in minutes.', 180),
  neverStaffed: field(z.boolean(), 'Never staffed', 'Nobody is on shift at all over the horizon.', false),
  window,
});
const Facts = field(
  z.looseObject({
    horizon: field(z.strictObject({ from: text('From', 'The first day, YYYY-MM-DD (--as-of).', '2026-11-23'), days: field(z.number().int().min(1), 'Days', 'How many days (--horizon).', 365) }), 'Horizon', 'The real dates the facts cover.', { from: '2026-11-23', days: 365 }),
    windows: field(z.array(Window), 'Windows', 'The windows of the horizon with one version of the policies in force, in date order: one when nothing dated starts or stops inside it.', [{ from: '2026-11-23', until: '2027-11-23' }]),
    coverage: field(
      z.looseObject({
        channels: entry(coverage('channel'), 'Channels', 'Coverage per channel (docs/json-report.md).'),
        escalations: entry(coverage('escalation'), 'Escalations', 'Coverage per escalation trigger.'),
      }),
      'Coverage', 'Who is on shift against each promise.', { channels: [], escalations: [] },
    ),
    capacity: entry({
      channel: text('Channel', 'The channel.', 'email'),
      mode: field(z.enum(['sync', 'async']), 'Mode', 'sync or async.', 'async'),
      demandPerDay: field(z.number(), 'Demand per day', 'Average tickets arriving per calendar day.', 240),
      capacityPerDay: field(z.number(), 'Capacity per day', 'Average tickets the staff on shift can clear per calendar day.', 60),
      utilization: field(z.number().nullable(), 'Utilization', 'Demand over capacity; null when nobody is ever on shift.', 4),
      window,
    }, 'Capacity', 'Capacity per channel with demand.'),
    simulation: entry({
      channel: text('Channel', 'The channel.', 'email'),
      seed: field(z.number().int(), 'Seed', 'Derived from the channel name: the same figures on every machine.', 12345),
      replications: field(z.number().int(), 'Replications', 'Whole runs of the horizon.', 2),
      tiers: field(z.array(z.looseObject({ tier: text('Tier', 'The tier.', 'urgent') })), 'Tiers', 'Predictions per tier.', []),
      window,
    }, 'Simulation', 'The seeded queue simulation per channel.'),
  }),
  'Facts', 'After check on a policy set whose documents all validate: coverage, capacity and simulation over the horizon (docs/json-report.md).',
  { horizon: { from: '2026-11-23', days: 365 }, windows: [{ from: '2026-11-23', until: '2027-11-23' }], coverage: { channels: [], escalations: [] }, capacity: [], simulation: [] },
);

export const CheckReportShape = z
  .strictObject({
    ...documentHeader(CHECK_REPORT_SCHEMA_URL, REPORT_FORMAT_VERSION, 'report'),
    root: field(z.string(), 'Root', 'The policy folder as given.', 'policies'),
    asOf: field(z.string(), 'As of', 'YYYY-MM-DD: the date date-dependent rules measured from.', '2026-11-23'),
    summary: field(
      z.strictObject({
        files: count('Files', 'Policy files read.'),
        documents: count('Documents', 'YAML documents read.'),
        errors: count('Errors', 'Errors that count (suppressed ones aside).'),
        warnings: count('Warnings', 'Warnings that count.'),
        infos: count('Infos', 'Info findings that count.'),
        suppressed: count('Suppressed', 'Findings a suppression takes out of the count; present when there are any.').optional(),
        new: field(counts, 'New', 'With --baseline: the findings the change introduces.', { errors: 1, warnings: 0, infos: 0 }).optional(),
      }),
      'Summary', 'Files and documents read; findings by severity.', { files: 22, documents: 58, errors: 1, warnings: 0, infos: 0 },
    ),
    diagnostics: field(z.array(Diagnostic), 'Diagnostics', 'Every finding (suppressed ones too, marked), sorted by file, line, column, rule id and message.', []),
    gate: Gate.optional(),
    facts: Facts.optional(),
  })
  .meta({ title: 'supportops check report', description: 'The output of `supportops check --format json` (and validate, build).' });

export type CheckReport = z.infer<typeof CheckReportShape>;

export function checkReportJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(CheckReportShape, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema: schema.$schema, $id: CHECK_REPORT_SCHEMA_URL, ...schema };
}
