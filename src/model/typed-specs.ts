/**
 * The model holds each spec with its values parsed once: targets, durations, percentages and
 * wall-clock intervals become typed values (src/values) that keep the text as written. Later
 * stages read `seconds`, `share` or `start`; they never parse the text again. Everything else
 * is the spec as validated by its schema. A schedule's `holidays` become every date it is closed
 * in the years the run looks at, calendars and .ics files expanded (holidays/resolve-holidays.ts).
 */
import type { ChannelSpec as WrittenChannel, SlaPolicySpec as WrittenSlaPolicy } from '../schema/kinds/channels.js';
import type { AiGuardrailsSpec as WrittenAiGuardrails, MetricTargetsSpec as WrittenMetricTargets } from '../schema/kinds/governance.js';
import type { Kind } from '../schema/kinds/kind-registry.js';
import type { TeamSpec as WrittenTeam } from '../schema/kinds/people.js';
import type { EscalationTriggerSpec as WrittenTrigger } from '../schema/kinds/routing.js';
import type { ScheduleSpec as WrittenSchedule } from '../schema/kinds/schedule.js';
import type { WrittenSpecs } from '../schema/kinds/written-specs.js';
import type { Weekday } from '../schema/primitives.js';
import { parseDuration, type Duration } from '../values/durations.js';
import { parseShare, type Share } from '../values/shares.js';
import { parseTarget, type ClockKind, type Target } from '../values/targets.js';
import { intervalValue, type Interval } from '../values/wall-clock.js';
import type { Holiday, HolidayExpander, HolidaySource } from './holidays/holiday.js';
import type { Origin } from './origin.js';

/** `T` with the fields of `R` retyped. */
type With<T, R> = Omit<T, keyof R> & R;

type WrittenOverride = NonNullable<WrittenSchedule['overrides']>[number];
export type ScheduleSpec = With<WrittenSchedule, {
  weekly: Partial<Record<Weekday, Interval[]>>;
  overrides?: With<WrittenOverride, { hours: Interval[] }>[];
  /** Every date the schedule is closed in the years expanded, by date: written ones, and those of its calendars and files. */
  holidays?: Holiday[];
  /** The calendars and .ics files it names, as written and as expanded. */
  holidaySources?: HolidaySource[];
}>;

export type TeamSpec = With<WrittenTeam, { shrinkage: Share; occupancy: Share; handleTime?: Duration }>;

type WrittenDemand = NonNullable<WrittenChannel['demand']>;
export type Demand = With<WrittenDemand, { tierMix: Record<string, Share>; growth?: Share; customerReplies?: { share: Share; meanWait: Duration } }>;
export type ChannelSpec = With<WrittenChannel, { demand?: Demand; notice?: Duration }>;

type WrittenTier = WrittenSlaPolicy['tiers'][number];
/** A tier's targets carry the policy's clock; resolution percentiles count on it too. */
export type Tier = With<WrittenTier, { acknowledge?: Target; firstResponse: Target; nextResponse?: Target; resolution?: { median: Duration; p90: Duration } }>;
export type SlaPolicySpec = With<WrittenSlaPolicy, { tiers: Tier[] }>;

export type EscalationTriggerSpec = With<WrittenTrigger, { within: Duration }>;

type WrittenCriterion = WrittenAiGuardrails['qaRubric'][number];
export type AiGuardrailsSpec = With<WrittenAiGuardrails, { qaRubric: With<WrittenCriterion, { weight: Share }>[] }>;

type WrittenMetricTarget = WrittenMetricTargets['targets'][number];
/** A rate target ("90%") is a share; a time target ("90% within 1h", "1d") a target on no clock of its own. */
export type MetricTarget = With<WrittenMetricTarget, { target: Target | Share }>;
export type MetricTargetsSpec = With<WrittenMetricTargets, { targets: MetricTarget[] }>;

/** Each kind's spec as the model holds it: as written, with the kinds that hold values retyped. */
export type ModelSpecs = With<WrittenSpecs, {
  Schedule: ScheduleSpec;
  Team: TeamSpec;
  Channel: ChannelSpec;
  SlaPolicy: SlaPolicySpec;
  EscalationTrigger: EscalationTriggerSpec;
  AiGuardrails: AiGuardrailsSpec;
  MetricTargets: MetricTargetsSpec;
}>;

export type ModelSpecOf<K extends Kind> = ModelSpecs[K];

/**
 * `{ key: f(value) }` when the key is there, else nothing: spread over a copy of the written spec,
 * it replaces the text in place (keys keep their order). The casts below say what TypeScript
 * cannot see: where the written key is absent, the typed one is too.
 */
const mapped = <K extends string, T, U>(key: K, value: T | undefined, f: (v: T) => U): Partial<Record<K, U>> =>
  (value === undefined ? {} : { [key]: f(value) }) as Partial<Record<K, U>>;
const eachValue = <T, U>(record: Record<string, T>, f: (v: T) => U): Record<string, U> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** What converting a spec may need besides the spec: where it is, and the run's holiday calendars. */
export interface SpecContext {
  at: Origin;
  holidays: HolidayExpander;
}

function schedule(spec: WrittenSchedule, context?: SpecContext): ScheduleSpec {
  // Only building the model converts schedules; a caller that swaps other specs needs no calendars.
  if (!context) throw new Error('A Schedule spec is converted with the run\'s holiday calendars (buildModel).');
  const weekly: ScheduleSpec['weekly'] = eachValue(spec.weekly as Record<string, string[]>, (hours) => hours.map(intervalValue));
  const { holidays, holidaySources } = context.holidays.resolve(spec.holidays, context.at);
  return {
    ...spec,
    weekly,
    ...(holidays ? { holidays } : {}),
    ...mapped('overrides', spec.overrides, (list) => list.map((o) => ({ ...o, hours: o.hours.map(intervalValue) }))),
    ...(holidaySources ? { holidaySources } : {}),
  } as ScheduleSpec;
}

function team(spec: WrittenTeam): TeamSpec {
  return { ...spec, shrinkage: parseShare(spec.shrinkage), occupancy: parseShare(spec.occupancy), ...mapped('handleTime', spec.handleTime, parseDuration) } as TeamSpec;
}

/** A channel's demand block as written, with its shares parsed. */
export function typedDemand(d: WrittenDemand): Demand {
  return {
    ...d,
    tierMix: eachValue(d.tierMix, parseShare),
    ...mapped('growth', d.growth, parseShare),
    ...mapped('customerReplies', d.customerReplies, (c) => ({ share: parseShare(c.share), meanWait: parseDuration(c.meanWait) })),
  } as Demand;
}

function channel(spec: WrittenChannel): ChannelSpec {
  return { ...spec, ...mapped('demand', spec.demand, typedDemand), ...mapped('notice', spec.notice, parseDuration) } as ChannelSpec;
}

function tier(written: WrittenTier, clock: ClockKind): Tier {
  const target = (text: string) => parseTarget(text, clock);
  return {
    ...written,
    ...mapped('acknowledge', written.acknowledge, target),
    firstResponse: target(written.firstResponse),
    ...mapped('nextResponse', written.nextResponse, target),
    ...mapped('resolution', written.resolution, (r) => ({ median: parseDuration(r.median), p90: parseDuration(r.p90) })),
  } as Tier;
}

function metricTarget(text: string): Target | Share {
  return text.endsWith('%') ? parseShare(text) : parseTarget(text);
}

const TYPED: { [K in Kind]?: (spec: never, context?: SpecContext) => ModelSpecs[K] } = {
  Schedule: schedule,
  Team: team,
  Channel: channel,
  SlaPolicy: (spec: WrittenSlaPolicy) => ({ ...spec, tiers: spec.tiers.map((t) => tier(t, spec.clock)) }),
  EscalationTrigger: (spec: WrittenTrigger) => ({ ...spec, within: parseDuration(spec.within) }),
  AiGuardrails: (spec: WrittenAiGuardrails) => ({ ...spec, qaRubric: spec.qaRubric.map((c) => ({ ...c, weight: parseShare(c.weight) })) }),
  MetricTargets: (spec: WrittenMetricTargets) => ({ ...spec, targets: spec.targets.map((t) => ({ ...t, target: metricTarget(t.target) })) }),
};

/** A schema-valid spec with its values parsed; `context` is needed for a Schedule (its holiday calendars). */
export function typedSpec<K extends Kind>(kind: K, written: unknown, context?: SpecContext): ModelSpecOf<K> {
  const convert = TYPED[kind] as ((spec: unknown, context?: SpecContext) => ModelSpecOf<K>) | undefined;
  return convert ? convert(written, context) : (written as ModelSpecOf<K>);
}
