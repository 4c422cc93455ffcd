/**
 * The measure report as JSON (schemas/measure.schema.json): the measurement, the demand drift
 * and the backtest as data, keys in a fixed order, collections sorted. Additive changes only
 * within a format version.
 */
import { z } from 'zod';
import type { HistoryProblems } from '../history/history-problems.js';
import type { Backtest } from '../measure/backtest-result.js';
import type { DemandDrift } from '../measure/demand-drift.js';
import type { Measurement } from '../measure/measurement.js';
import { field } from '../schema/field.js';
import { stringifyCompact } from './json-report.js';
import { BACKTEST_EXAMPLE, Calibration, Cell, count, Drift, MappingCount, MEASURE_FORMAT_VERSION, MEASURE_SCHEMA_URL, nullable, Problem, share, text } from './measure-json-shape.js';

const Interval = z.strictObject({
  mean: nullable(z.number().min(0).max(1), 'Mean', 'The mean over replications.', 0.96),
  low: nullable(z.number().min(0).max(1), 'Low', 'Lower end of the 95% interval.', 0.95),
  high: nullable(z.number().min(0).max(1), 'High', 'Upper end of the 95% interval.', 0.97),
});

const PauseNote = z.strictObject({
  channel: text('Channel', 'The channel.', 'email'),
  policy: text('Policy', 'Its SLA policy.', 'email-sla'),
  kind: field(z.enum(['no-status-history', 'helpdesk-paused']), 'Kind', 'no-status-history: the export records no spans in `status` for these tickets, so time in it counts although the policy stops the clock. helpdesk-paused: the helpdesk stopped its resolution clock while pending; the policy does not.', 'no-status-history'),
  status: field(z.enum(['pending', 'on-hold']), 'Status', 'The waiting status.', 'on-hold'),
  metrics: field(z.array(z.enum(['acknowledge', 'firstResponse', 'nextResponse', 'resolution'])).max(4), 'Metrics', 'The clocks the note is about.', ['resolution']),
  tickets: count('Tickets', 'Measured tickets it applies to.', 412),
  files: field(z.array(z.string().max(4096)).max(20), 'Files', 'The export files those tickets came from, sorted (at most 20).', ['tickets.csv']),
  message: text('Message', 'The note in plain words, with what to do.', 'email-sla stops the resolution clock while a ticket is on-hold, but tickets.csv records no on-hold spans for 412 tickets, …'),
});

const BacktestTarget = z.strictObject({
  tier: text('Tier', 'The tier.', 'high'),
  metric: field(z.enum(['acknowledge', 'firstResponse', 'resolution']), 'Metric', 'What the target measures (the simulation predicts no next responses).', 'firstResponse'),
  target: text('Target', 'As the policy writes it.', '90% within 4h'),
  share: share('Share', 'The share the target asks for.', 0.9),
  seconds: field(z.number().min(0).max(1e11), 'Seconds', 'The target time in seconds of the clock.', 14400),
  predicted: field(Interval, 'Predicted', 'Share within the target the simulation predicts on the measured arrivals: its mean, and the 95% interval one history as long as the window may fall in.', { mean: 0.96, low: 0.95, high: 0.97 }),
  measured: nullable(z.number().min(0).max(1), 'Measured', 'Share within the target measured; null when undecided.', 0.81),
  tickets: count('Tickets', 'Milestones decided (met or breached) in the history.', 1204),
  error: nullable(z.number().min(-1).max(1), 'Error', 'measured − predicted mean: below 0 the model was optimistic.', -0.15),
  verdict: field(z.enum(['agrees', 'optimistic', 'pessimistic', 'undecided']), 'Verdict', 'agrees when the measurement lies in the predicted interval (never narrower than two binomial standard errors of the measurement); optimistic below it, pessimistic above.', 'optimistic'),
});

const BacktestChannel = z.strictObject({
  channel: text('Channel', 'The channel.', 'email'),
  window: text('Window', 'The days backtested, first and last.', '2026-09-01..2026-11-30'),
  ticketsPerDay: field(z.number().min(0).max(1e12), 'Tickets a day', 'Measured arrivals a day, fed to the models hour by hour.', 312),
  capacity: field(z.strictObject({
    demandPerDay: field(z.number().min(0).max(1e12), 'Demand a day', 'Arrivals a day the capacity model saw.', 312),
    capacityPerDay: field(z.number().min(0).max(1e12), 'Capacity a day', 'Tickets a day the teams clear on their shifts.', 360),
    utilization: nullable(z.number().min(0).max(1e12), 'Utilization', 'demand ÷ capacity; null when nobody is ever on shift.', 0.87),
    agentsRequired: nullable(z.number().min(0).max(1e12), 'Agents required', 'Agents the measured demand needs at the same productivity; null when nobody is on shift.', 9),
    agentsStaffed: field(z.number().min(0).max(1e12), 'Agents staffed', 'Agents there are, share-weighted.', 10.4),
  }), 'Capacity', 'The capacity model on the measured arrivals.', { demandPerDay: 312, capacityPerDay: 360, utilization: 0.87, agentsRequired: 9, agentsStaffed: 10.4 }),
  targets: field(z.array(BacktestTarget).max(10_000), 'Targets', 'Every predicted target beside its measurement.', [BACKTEST_EXAMPLE]),
  notes: field(z.array(z.string().max(10_000)).max(10_000), 'Notes', 'Where the model is off, in words, and what it assumed that the history contradicts.', ['Handle time: the model assumes 10m a ticket (the teams\' handleTime); the export records 14m on average over 28,000 tickets (+40%).']),
});

const MeasureReport = z.strictObject({
  $schema: field(z.literal(MEASURE_SCHEMA_URL), 'Schema', 'This schema.', MEASURE_SCHEMA_URL),
  formatVersion: field(z.literal(MEASURE_FORMAT_VERSION), 'Format version', 'Bumped when the output changes incompatibly; new fields may be added within a version.', MEASURE_FORMAT_VERSION),
  tool: field(z.literal('supportops'), 'Tool', 'The program that wrote the report.', 'supportops'),
  asOf: text('As of', 'When the export was taken (--as-of, start of that day UTC): milestones not reached by then are open.', '2026-12-01T00:00:00.000Z'),
  export: field(z.strictObject({
    format: field(z.enum(['csv', 'freshdesk', 'zammad', 'zendesk']), 'Format', 'The export format, detected or given with --source.', 'csv'),
    files: field(z.array(z.string().max(10_000)).max(100_000), 'Files', 'The files read, as given.', ['tickets.csv']),
  }), 'Export', 'What was read.', { format: 'csv', files: ['tickets.csv'] }),
  window: field(z.strictObject({
    from: nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), 'From', '--from: the first creation day measured; null for the start of the export.', '2026-09-01'),
    to: nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), 'To', '--to: the day after the last creation day measured; null for the end.', '2026-12-01'),
  }), 'Window', 'The creation dates measured.', { from: '2026-09-01', to: '2026-12-01' }),
  records: field(z.strictObject({
    read: count('Read', 'Records read from the export.', 28500),
    measured: count('Measured', 'Tickets placed in a channel and tier, and measured.', 28392),
    outsideWindow: count('Outside the window', 'Tickets created outside --from..--to or after --as-of.', 0),
    unmapped: count('Unmapped', 'Tickets no channel or tier could be found for (listed in `unmapped`).', 108),
    skipped: count('Skipped', 'Records left out for a problem (listed in `problems`).', 2),
  }), 'Records', 'Where every record went: none is dropped silently.', { read: 28500, measured: 28392, outsideWindow: 0, unmapped: 108, skipped: 2 }),
  problems: field(z.strictObject({
    counts: field(z.array(z.strictObject({ kind: text('Kind', 'The problem kind.', 'duplicate-id'), count: count('Count', 'How many.', 2) })).max(100), 'Counts', 'Problems by kind, sorted by kind; counts are whole.', [{ kind: 'duplicate-id', count: 2 }]),
    listed: field(z.array(Problem).max(1_000_000), 'Listed', 'The problems, located (at most 1,000 per kind), in file and line order.', []),
    stoppedBy: nullable(Problem, 'Stopped by', 'With --strict, the problem that stopped the read; null otherwise.', null),
  }), 'Problems', 'Bad records found in the export.', { counts: [], listed: [], stoppedBy: null }),
  mapping: field(z.strictObject({
    channels: field(z.array(MappingCount).max(1_000_000), 'Channels', 'Tickets by channel rule and value.', []),
    tiers: field(z.array(MappingCount).max(1_000_000), 'Tiers', 'Tickets by tier rule and value.', []),
  }), 'Mapping', 'How the policies placed the tickets, counted by rule.', { channels: [], tiers: [] }),
  unmapped: field(z.array(z.strictObject({
    reason: text('Reason', 'Why no channel or tier was found, and what to do.', 'no channel is named "fax"; map it to a channel in measure.channels'),
    tickets: count('Tickets', 'How many.', 108),
    examples: field(z.array(z.strictObject({
      id: text('Id', 'The ticket id.', '48213'),
      file: text('File', 'The file.', 'tickets.csv'),
      line: field(z.number().int().min(1).max(1e12), 'Line', 'The line (CSV).', 17).optional(),
      pointer: field(z.string().max(1000), 'Pointer', 'The JSON pointer (JSON pages).', '/tickets/3').optional(),
    })).max(10_000), 'Examples', 'Up to 1,000 of them.', []),
  })).max(100_000), 'Unmapped', 'Tickets left out of the attainment, by reason.', []),
  attainment: field(z.array(Cell).max(1_000_000), 'Attainment', 'Every channel × tier × metric measured on the policy\'s clock, in policy order.', []),
  crossCheck: field(z.strictObject({
    firstResponseMinutes: field(z.strictObject({ compared: count('Compared', 'Tickets compared.', 3), agreed: count('Agreed', 'Within a minute of ours.', 3) }), 'First-response minutes', 'The helpdesk\'s reply minutes (Zendesk, Zammad) against ours.', { compared: 3, agreed: 3 }),
    breachVerdicts: field(z.strictObject({ compared: count('Compared', 'Verdicts compared.', 3), agreed: count('Agreed', 'Verdicts that agree.', 3) }), 'Breach verdicts', 'Zendesk breach events against ours, where its target equals the policy\'s.', { compared: 3, agreed: 3 }),
    helpdeskVerdicts: field(z.strictObject({ compared: count('Compared', 'Verdicts compared.', 2), agreed: count('Agreed', 'Verdicts that agree.', 2) }), 'Helpdesk verdicts', 'Freshdesk\'s "Within SLA" / "SLA Violated" columns against ours on the policy\'s loosest target.', { compared: 2, agreed: 2 }),
    examples: field(z.array(z.strictObject({
      ticket: text('Ticket', 'The ticket id.', '103'),
      what: text('What', 'What was compared.', 'first-response minutes'),
      helpdesk: field(z.union([z.number().min(-1e12).max(1e12), z.string().max(1000)]), 'Helpdesk', 'What the helpdesk recorded.', 960),
      measured: field(z.union([z.number().min(-1e12).max(1e12), z.string().max(1000)]), 'Measured', 'What we measured.', 900),
    })).max(20), 'Examples', 'The first disagreements, up to 20.', []),
  }), 'Cross-check', 'What the helpdesk itself measured, against our measurement.', { firstResponseMinutes: { compared: 0, agreed: 0 }, breachVerdicts: { compared: 0, agreed: 0 }, helpdeskVerdicts: { compared: 0, agreed: 0 }, examples: [] }),
  pauses: field(z.array(PauseNote).max(100_000), 'Pauses', 'Where the export cannot show the waiting spans a policy stops a clock in (that time then counts), or the helpdesk stopped its resolution clock while pending where the policy does not; sorted by channel, kind and status (docs/paused-clocks.md).', []),
  calibration: field(z.array(Calibration).max(100_000), 'Calibration', 'Measured demand per channel, sorted by channel.', []),
  drift: field(z.array(Drift).max(1_000_000), 'Drift', 'Measured against declared demand, beyond tolerance (the demand-matches-history findings).', []),
  backtest: nullable(z.strictObject({
    channels: field(z.array(BacktestChannel).max(100_000), 'Channels', 'Each measured channel the models can simulate.', []),
    meanAbsoluteError: nullable(z.number().min(0).max(1), 'Mean absolute error', 'Mean of |measured − predicted| over every target with both.', 0.04),
    skipped: field(z.array(z.strictObject({ channel: text('Channel', 'The channel.', 'fax'), reason: text('Reason', 'Why it is not simulated.', 'no team answers it') })).max(100_000), 'Skipped', 'Measured channels the models cannot simulate.', []),
  }), 'Backtest', 'The capacity and simulation models fed the measured arrivals, against the attainment measured; null with --no-backtest or when nothing was measured.', null),
});

export type MeasureReport = z.infer<typeof MeasureReport>;

export function measureJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MeasureReport, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: MEASURE_SCHEMA_URL, ...schema };
}

/** Everything a measure report is made of. */
export interface MeasureResult {
  measurement: Measurement;
  export: { format: 'csv' | 'freshdesk' | 'zammad' | 'zendesk'; files: string[] };
  drift: DemandDrift[];
  backtest: Backtest | null;
}

export function measureReport(r: MeasureResult): MeasureReport {
  const { crossCheck, ...m } = r.measurement;
  return {
    $schema: MEASURE_SCHEMA_URL, formatVersion: MEASURE_FORMAT_VERSION, tool: 'supportops', asOf: m.asOf, export: r.export, window: m.window, records: m.records,
    problems: m.problems, mapping: m.mapping, unmapped: m.unmapped, attainment: m.attainment, crossCheck, pauses: m.pauses, calibration: m.calibration, drift: r.drift, backtest: r.backtest,
  };
}

export function measureJson(r: MeasureResult): string {
  return `${stringifyCompact(measureReport(r))}\n`;
}

export type { HistoryProblems };
