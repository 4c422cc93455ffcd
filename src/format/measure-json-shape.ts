/**
 * The measure report's published shape (schemas/measure.schema.json), field by field: the one
 * source of its TypeScript type and JSON Schema, as the diff report's is. docs/measure.md reads
 * it in prose.
 */
import { z } from 'zod';
import { field } from '../schema/field.js';

export const MEASURE_SCHEMA_FILE = 'measure.schema.json';
export const MEASURE_SCHEMA_URL = `https://supportops.dev/schemas/v1/${MEASURE_SCHEMA_FILE}`;
/** Bumped when the output changes incompatibly; new optional fields do not bump it. */
export const MEASURE_FORMAT_VERSION = 1;

const MAX_COUNT = 1e12;
const MAX_SECONDS = 1e11;
const count = (title: string, description: string, example: number) => field(z.number().int().min(0).max(MAX_COUNT), title, description, example);
const share = (title: string, description: string, example: number) => field(z.number().min(0).max(1), title, description, example);
const seconds = (title: string, description: string, example: number) => field(z.number().min(0).max(MAX_SECONDS), title, description, example);
const text = (title: string, description: string, example: string) => field(z.string().max(10_000), title, description, example);
const day = (title: string, description: string, example: string) => field(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), title, description, example);
const nullable = <T extends z.ZodType>(schema: T, title: string, description: string, example: unknown) => field(schema.nullable(), title, description, example);
const METRIC = z.enum(['acknowledge', 'firstResponse', 'nextResponse', 'resolution']);

const Problem = z.strictObject({
  kind: text('Kind', 'What is wrong: malformed-row, missing-value, bad-timestamp, timestamp-without-zone, response-before-creation, duplicate-id, pages-out-of-order, truncated-json, record-too-large or unreadable-file.', 'duplicate-id'),
  file: text('File', 'The export file, as given.', 'tickets.csv'),
  line: nullable(z.number().int().min(1).max(MAX_COUNT), 'Line', 'The line the record is on (CSV); null in JSON pages.', 17),
  pointer: nullable(z.string().max(1000), 'Pointer', 'JSON pointer to the record (JSON pages); null in CSV.', null),
  message: text('Message', 'The problem in plain words, with what to do.', 'ticket 12 at line 17 was already read; only its first row is used.'),
});

const MappingCount = z.strictObject({
  channel: text('Channel', 'The channel the tickets were placed in.', 'email'),
  tier: text('Tier', 'The tier (tier placements only).', 'high').optional(),
  rule: text('Rule', 'Which mapping rule placed them (docs/measure.md, "Mapping"): alias, name, display-name, medium, only-channel; export-tier, priority-name, priority-rank, priority-below-tiers, tag, only-tier.', 'medium'),
  value: text('Value', 'The export\'s value the rule read: the channel or source value, the priority, the tier or the tag.', 'web'),
  tickets: count('Tickets', 'How many tickets this rule placed from this value.', 1204),
});

const TargetResult = z.strictObject({
  text: text('Target', 'As the policy writes it; resolution reads "median 1d" and "p90 3d".', '90% within 4h'),
  share: share('Share', 'The share of tickets that must be within the time (0.5 for a median, 0.9 for a p90).', 0.9),
  seconds: seconds('Seconds', 'The target time, in seconds of the policy\'s clock.', 14400),
  met: count('Met', 'Milestones reached within the target.', 1180),
  breached: count('Breached', 'Milestones reached late, and open ones already past the target.', 24),
  censored: count('Censored', 'Open and still inside the target when the export was taken: neither met nor breached.', 3),
  attained: nullable(z.number().min(0).max(1), 'Attained', 'met ÷ (met + breached); null when nothing is decided yet.', 0.98),
  meets: nullable(z.boolean(), 'Meets', 'Whether the attained share reaches the target\'s share; null when undecided.', true),
});

const Breach = z.strictObject({
  ticket: text('Ticket', 'The ticket id as exported.', '48213'),
  instance: field(z.number().int().min(1).max(10_000), 'Instance', '1, or for next responses 2, 3 … as Zendesk counts them.', 1),
  lateSeconds: seconds('Late by', 'How far past the loosest target, in seconds of the clock (for an open ticket: so far).', 5400),
  date: day('Date', 'The local date (the clock\'s zone) on which the target was passed.', '2026-03-09'),
  open: field(z.boolean(), 'Open', 'True when the milestone is still not reached.', false),
});

const Cell = z.strictObject({
  channel: text('Channel', 'The channel.', 'email'),
  policy: text('SLA policy', 'The SLA policy whose targets and clock apply.', 'async-sla'),
  clock: text('Clock', 'The SLA schedule\'s name, or "calendar".', 'support-hours'),
  tier: text('Tier', 'The tier.', 'high'),
  metric: field(METRIC, 'Metric', 'acknowledge, firstResponse, nextResponse or resolution.', 'firstResponse'),
  measured: count('Measured', 'Milestones measured: reached, or open past a target.', 1204),
  noData: count('No data', 'Finished tickets whose export does not record this milestone.', 0),
  targets: field(z.array(TargetResult).max(4), 'Targets', 'Each published target of the metric, measured.', [{ text: '90% within 4h', share: 0.9, seconds: 14400, met: 1180, breached: 24, censored: 3, attained: 0.98, meets: true }]),
  p50Seconds: nullable(z.number().min(0).max(MAX_SECONDS), 'p50', 'Median time in seconds of the clock, nearest rank; null when nothing was measured.', 3600),
  p90Seconds: nullable(z.number().min(0).max(MAX_SECONDS), 'p90', 'The 90th percentile, nearest rank; null when nothing was measured.', 12000),
  percentiles: field(z.enum(['exact', 'histogram']), 'Percentiles', 'exact up to 16,384 measurements in the cell; beyond, from a log-linear histogram (within ±0.8%).', 'exact'),
  breaches: field(z.strictObject({
    count: count('Count', 'Every breach of the cell.', 24),
    listed: field(z.array(Breach).max(10_000), 'Listed', 'The worst breaches (latest first), at most 1,000 per cell.', []),
  }), 'Breaches', 'Tickets past the loosest target of the metric.', { count: 0, listed: [] }),
});

const Calibration = z.strictObject({
  channel: text('Channel', 'The channel.', 'email'),
  timeZone: text('Time zone', 'The zone the hours of the week are read in: the demand profile\'s, else the SLA schedule\'s.', 'Europe/London'),
  from: day('From', 'The first day measured.', '2026-09-01'),
  to: day('To', 'The day after the last day measured.', '2026-12-01'),
  days: count('Days', 'Days in the window.', 91),
  tickets: count('Tickets', 'Tickets placed in the channel.', 28392),
  ticketsPerDay: field(z.number().min(0).max(MAX_COUNT), 'Tickets a day', 'tickets ÷ days.', 312),
  tierMix: field(z.record(z.string(), z.number().min(0).max(1)), 'Tier mix', 'Tier → share of the channel\'s tickets placed in a tier.', { high: 0.22, standard: 0.78 }),
  arrivalsPerHourOfWeek: field(z.array(z.number().min(0).max(MAX_COUNT)).length(168), 'Arrivals per hour of the week', 'Average tickets in each local hour of the week, Monday 00:00 first, over the times each hour occurs in the window.', Array<number>(168).fill(1.5)),
  hourOccurrences: field(z.array(z.number().int().min(0).max(MAX_COUNT)).length(168), 'Hour occurrences', 'How many times each local hour of the week occurs in the window (days with a clock change have 23 or 25 hours).', Array<number>(168).fill(13)),
  growth: nullable(z.number().min(-1).max(1000), 'Growth', 'Yearly growth fitted to the weekly volumes; null below 8 full weeks.', 0.12),
  fullWeeks: count('Full weeks', 'Full weeks in the window.', 13),
  handleSeconds: nullable(z.strictObject({
    mean: seconds('Mean', 'Mean handling time in seconds.', 840),
    tickets: count('Tickets', 'Tickets with a handling time.', 28000),
  }), 'Handle time', 'Where the export records it; null otherwise.', null),
});

const Drift = z.strictObject({
  channel: text('Channel', 'The channel.', 'email'),
  aspect: field(z.enum(['volume', 'tier-mix', 'profile', 'growth']), 'Aspect', 'What drifted.', 'volume'),
  tier: text('Tier', 'The tier, for a tier-mix drift.', 'urgent').optional(),
  declared: nullable(z.number().min(0).max(MAX_COUNT), 'Declared', 'The declared value (tickets a day, a share); null when none is declared or for the profile.', 240),
  measured: field(z.number().min(-1).max(MAX_COUNT), 'Measured', 'The measured value; for the profile, the share of the week in other hours.', 312),
  change: field(z.number().min(-1e6).max(1e6), 'Change', 'Relative change for volume; points of share for tier mix and growth; the distance for the profile.', 0.3),
  message: text('Message', 'The drift in words, as the demand-matches-history rule reports it.', 'declared 240 a day; measured 312 a day over 2026-09-01..2026-11-30 (+30%)'),
});

export const BACKTEST_EXAMPLE = { tier: 'high', metric: 'firstResponse', target: '90% within 4h', share: 0.9, seconds: 14400, predicted: { mean: 0.96, low: 0.95, high: 0.97 }, measured: 0.81, tickets: 1204, error: -0.15, verdict: 'optimistic' };

export { Cell, Calibration, Drift, MappingCount, Problem, count, day, nullable, share, text };
