/**
 * The one place the helpdesk targets read the policy model. Everything the Zendesk, Freshdesk
 * and Zammad mappings need is copied here into plain values (durations in seconds, hours in
 * minutes, each with the policy location it came from), so a change to how the model holds its
 * values touches this file and nothing under the product folders.
 */
import type { PausableMetric } from '../schema/kinds/channels.js';
import { child, type Entity, type Model, type Origin } from '../model/model.js';
import type { Tier } from '../model/typed-specs.js';
import { WEEKDAYS } from '../time/spec.js';
import { acknowledgementViews } from '../generate/acknowledgements/acknowledgement-artifacts.js';
import type { GenerateProblem, TemplateSource } from '../generate/artifact.js';
import type { Duration } from '../values/durations.js';
import { cmp } from '../values/order.js';
import type { Target } from '../values/targets.js';
import type { Interval } from '../values/wall-clock.js';
import type { WaitingStatus } from '../values/waiting-statuses.js';

export type Weekday = (typeof WEEKDAYS)[number];

/** Open hours on one weekday, in minutes after local midnight; `end` passes 1440 for an overnight shift. */
export interface DayInterval {
  day: Weekday;
  start: number;
  end: number;
  text: string;
  at: Origin;
}

export interface ScheduleView {
  name: string;
  timeZone: string;
  intervals: DayInterval[];
  holidays: { date: string; name: string; at: Origin }[];
  overrides: { date: string; name: string | null; intervals: { start: number; end: number }[]; at: Origin }[];
  at: Origin;
}

export interface TargetView {
  /** 0–1. */
  share: number;
  seconds: number;
  text: string;
  at: Origin;
}

export interface TierView {
  name: string;
  priority: number;
  description: string;
  acknowledge: TargetView | null;
  firstResponse: TargetView;
  nextResponse: TargetView | null;
  resolution: { median: TargetView; p90: TargetView } | null;
  at: Origin;
}

export type { WaitingStatus };
export type PausedMetric = PausableMetric;

export interface SlaView {
  name: string;
  /** The statuses each clock stops in (the policy's pausedWhile); a metric left out never stops. */
  pausedWhile: Partial<Record<PausedMetric, readonly WaitingStatus[]>>;
  clock: 'business' | 'calendar';
  schedule: string | null;
  /** Most urgent first (priority, then name). */
  tiers: TierView[];
  /** The channels that publish this policy, by name. */
  channels: string[];
  at: Origin;
}

export interface ChannelView {
  name: string;
  displayName: string;
  medium: string;
  mode: 'sync' | 'async';
  slaPolicy: string | null;
  at: Origin;
}

export interface TeamView {
  name: string;
  role: string;
  schedule: string;
  channels: string[];
  at: Origin;
}

export interface TagView {
  name: string;
  defaultTier: string | null;
  at: Origin;
}

export interface TemplateView {
  name: string;
  purpose: string;
  sections: { heading: string; prompt: string | null; required: boolean }[];
  at: Origin;
}

/** One rendered auto-acknowledgement (the `build` generator's text, placeholders left as written). */
export interface AcknowledgementView {
  channel: string;
  tier: string;
  body: string;
  at: Origin;
}

/** An EscalationTrigger: which tickets it raises, to which tier, and which teams take them. */
export interface EscalationView {
  name: string;
  /** The condition in words, as written. */
  condition: string;
  match: 'any' | 'all';
  tags: string[];
  /** Field comparisons in words ("affected_customers >= 10"): ticket fields no exported object holds. */
  fieldConditions: string[];
  tier: string;
  routeTo: string;
  /** The teams whose role is `routeTo`, by name. */
  teams: string[];
  within: string;
  /** What else the policy asks for that a trigger does not do: the sync channel, who is notified. */
  extras: string[];
  at: Origin;
}

export interface PolicyView {
  schedules: ScheduleView[];
  slaPolicies: SlaView[];
  channels: ChannelView[];
  teams: TeamView[];
  tags: TagView[];
  templates: TemplateView[];
  acknowledgements: AcknowledgementView[];
  escalations: EscalationView[];
}

export interface ViewInput {
  model: Model;
  /** The default acknowledgement template (templates/acknowledgement.hbs), for channels without a policy template. */
  acknowledgementTemplate: TemplateSource;
}

/** Each open interval of one weekday; a zero-length one (which the schedule checks report) is never open, so it is left out. */
function intervals(at: Origin, day: Weekday, hours: readonly Interval[] | undefined): DayInterval[] {
  return (hours ?? []).flatMap((h, index) => (h.end === h.start ? [] : [{ day, start: h.start, end: h.end, text: h.text, at: child(at, 'weekly', day, index) }]));
}

function scheduleView(entity: Entity<'Schedule'>): ScheduleView {
  const { spec, at } = entity;
  return {
    name: entity.name,
    timeZone: spec.timeZone,
    intervals: WEEKDAYS.flatMap((day) => intervals(at, day, spec.weekly[day])),
    // A calendar's days are located at the calendar that gives them.
    holidays: (spec.holidays ?? []).map((h) => ({ date: h.date, name: h.name, at: child(at, ...h.entry) })),
    overrides: (spec.overrides ?? []).map((o, i) => ({
      date: o.date,
      name: o.name ?? null,
      intervals: o.hours.filter((h) => h.end !== h.start).map((h) => ({ start: h.start, end: h.end })),
      at: child(at, 'overrides', i),
    })),
    at,
  };
}

const target = (value: Target, at: Origin): TargetView => ({ share: value.share, seconds: value.seconds, text: value.text, at });
const duration = (value: Duration, at: Origin): TargetView => ({ share: 1, seconds: value.seconds, text: value.text, at });

function tierView(tier: Tier, at: Origin): TierView {
  return {
    name: tier.name,
    priority: tier.priority,
    description: tier.description,
    acknowledge: tier.acknowledge ? target(tier.acknowledge, child(at, 'acknowledge')) : null,
    firstResponse: target(tier.firstResponse, child(at, 'firstResponse')),
    nextResponse: tier.nextResponse ? target(tier.nextResponse, child(at, 'nextResponse')) : null,
    resolution: tier.resolution
      ? { median: duration(tier.resolution.median, child(at, 'resolution', 'median')), p90: duration(tier.resolution.p90, child(at, 'resolution', 'p90')) }
      : null,
    at,
  };
}

function slaView(entity: Entity<'SlaPolicy'>, channels: Entity<'Channel'>[]): SlaView {
  const tiers = entity.spec.tiers
    .map((tier, index) => tierView(tier, child(entity.at, 'tiers', index)))
    .sort((a, b) => a.priority - b.priority || cmp(a.name, b.name));
  return {
    name: entity.name,
    pausedWhile: entity.spec.pausedWhile ?? {},
    clock: entity.spec.clock,
    schedule: entity.spec.clock === 'business' ? (entity.spec.schedule ?? null) : null,
    tiers,
    channels: channels.filter((c) => c.spec.slaPolicy === entity.name).map((c) => c.name),
    at: entity.at,
  };
}

function escalationView(entity: Entity<'EscalationTrigger'>, teams: readonly Entity<'Team'>[]): EscalationView {
  const { spec } = entity;
  const value = (v: unknown) => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
  return {
    name: entity.name,
    condition: spec.condition,
    match: spec.when.match,
    tags: [...(spec.when.tags ?? [])].sort(cmp),
    fieldConditions: (spec.when.conditions ?? []).map((c) => `${c.field} ${c.op} ${value(c.value)}`),
    tier: spec.tier,
    routeTo: spec.routeTo,
    teams: teams.filter((t) => t.spec.role === spec.routeTo).map((t) => t.name).sort(cmp),
    within: spec.within.text,
    extras: [...(spec.syncChannel ? [`moving urgent cases to ${spec.syncChannel}`] : []), ...(spec.notify?.length ? [`telling ${spec.notify.join(' and ')}`] : [])],
    at: entity.at,
  };
}

/** The acknowledgements `build` renders (its view, not its files), or the problems that stopped them. */
function acknowledgements(input: ViewInput): { views: AcknowledgementView[]; problems: GenerateProblem[] } {
  const problems: GenerateProblem[] = [];
  const index = acknowledgementViews(input.model, 'helpdesk-export', { acknowledgement: input.acknowledgementTemplate }, problems);
  if (problems.length > 0) return { views: [], problems };
  // The helpdesk gets one auto-reply per channel and tier: the English one (other languages are files of `build`).
  const views = index.acknowledgements.filter((entry) => !entry.locale || entry.locale === 'en').map((entry) => {
    const channel = input.model.find('Channel', entry.channel);
    return { channel: entry.channel, tier: entry.tier, body: entry.body, at: channel ? channel.origin : { file: '', document: 0, pointer: '' } };
  });
  return { views, problems };
}

/**
 * The policy model as the helpdesk mappings read it, plus any problem rendering the
 * acknowledgements (located as `build` locates them; the acknowledgements are then left out).
 */
export function policyView(input: ViewInput): { view: PolicyView; problems: GenerateProblem[] } {
  const { model } = input;
  const acks = acknowledgements(input);
  const view: PolicyView = {
    schedules: model.schedules.map(scheduleView),
    slaPolicies: model.slaPolicies.map((p) => slaView(p, model.channels)),
    channels: model.channels.map((c) => ({
      name: c.name, displayName: c.spec.displayName ?? c.name, medium: c.spec.medium, mode: c.spec.mode, slaPolicy: c.spec.slaPolicy ?? null, at: c.at,
    })),
    teams: model.teams.map((t) => ({ name: t.name, role: t.spec.role, schedule: t.spec.schedule, channels: [...t.spec.channels], at: t.at })),
    tags: model.tags.map((t) => ({ name: t.name, defaultTier: t.spec.defaultTier ?? null, at: t.at })),
    templates: model.templates.map((t) => ({
      name: t.name,
      purpose: t.spec.purpose,
      sections: (t.spec.sections ?? []).map((s) => ({ heading: s.heading, prompt: s.prompt ?? null, required: s.required ?? false })),
      at: t.at,
    })),
    acknowledgements: acks.views,
    escalations: model.triggers.map((t) => escalationView(t, model.teams)),
  };
  return { view, problems: acks.problems };
}
