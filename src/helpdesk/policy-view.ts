/**
 * The one place the helpdesk targets read the policy model. Everything the Zendesk, Freshdesk
 * and Zammad mappings need is copied here into plain values (durations in seconds, hours in
 * minutes, each with the policy location it came from), so a change to how the model holds its
 * values touches this file and nothing under the product folders.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { child, type Entity, type Model, type Origin } from '../model/model.js';
import { durationSeconds, parseTarget } from '../model/values.js';
import { parseInterval } from '../time/clock.js';
import { WEEKDAYS } from '../time/spec.js';
import { generateArtifacts, type GenerateProblem, type TemplateSource } from '../generate/index.js';
import type { AcknowledgementEntry } from '../generate/acknowledgements/shape.js';

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

export interface SlaView {
  name: string;
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

export interface PolicyView {
  schedules: ScheduleView[];
  slaPolicies: SlaView[];
  channels: ChannelView[];
  teams: TeamView[];
  tags: TagView[];
  templates: TemplateView[];
  acknowledgements: AcknowledgementView[];
}

export interface ViewInput {
  model: Model;
  /** The default acknowledgement template (templates/acknowledgement.hbs), for channels without a policy template. */
  acknowledgementTemplate: TemplateSource;
  /** YYYY-MM-DD, passed to the generator (acknowledgements do not depend on it). */
  asOf: string;
}

function intervals(at: Origin, day: Weekday, texts: readonly string[] | undefined): DayInterval[] {
  return (texts ?? []).flatMap((text, index) => {
    const parsed = parseInterval(text);
    return parsed.ok ? [{ day, start: parsed.value.start, end: parsed.value.end, text, at: child(at, 'weekly', day, index) }] : [];
  });
}

function scheduleView(entity: Entity<'Schedule'>): ScheduleView {
  const { spec, at } = entity;
  return {
    name: entity.name,
    timeZone: spec.timeZone,
    intervals: WEEKDAYS.flatMap((day) => intervals(at, day, spec.weekly[day])),
    holidays: (spec.holidays ?? []).map((h, i) => ({ date: h.date, name: h.name, at: child(at, 'holidays', i) })),
    overrides: (spec.overrides ?? []).map((o, i) => ({
      date: o.date,
      name: o.name ?? null,
      intervals: o.hours.flatMap((text) => {
        const parsed = parseInterval(text);
        return parsed.ok ? [{ start: parsed.value.start, end: parsed.value.end }] : [];
      }),
      at: child(at, 'overrides', i),
    })),
    at,
  };
}

function target(text: string, at: Origin): TargetView {
  const parsed = parseTarget(text);
  return { share: parsed.share, seconds: parsed.seconds, text, at };
}

function tierView(tier: Entity<'SlaPolicy'>['spec']['tiers'][number], at: Origin): TierView {
  const duration = (text: string, field: string): TargetView => ({ share: 1, seconds: durationSeconds(text), text, at: child(at, 'resolution', field) });
  return {
    name: tier.name,
    priority: tier.priority,
    description: tier.description,
    acknowledge: tier.acknowledge ? target(tier.acknowledge, child(at, 'acknowledge')) : null,
    firstResponse: target(tier.firstResponse, child(at, 'firstResponse')),
    nextResponse: tier.nextResponse ? target(tier.nextResponse, child(at, 'nextResponse')) : null,
    resolution: tier.resolution ? { median: duration(tier.resolution.median, 'median'), p90: duration(tier.resolution.p90, 'p90') } : null,
    at,
  };
}

function slaView(entity: Entity<'SlaPolicy'>, channels: Entity<'Channel'>[]): SlaView {
  const tiers = entity.spec.tiers
    .map((tier, index) => tierView(tier, child(entity.at, 'tiers', index)))
    .sort((a, b) => a.priority - b.priority || cmp(a.name, b.name));
  return {
    name: entity.name,
    clock: entity.spec.clock,
    schedule: entity.spec.clock === 'business' ? (entity.spec.schedule ?? null) : null,
    tiers,
    channels: channels.filter((c) => c.spec.slaPolicy === entity.name).map((c) => c.name),
    at: entity.at,
  };
}

/** Rendered acknowledgements from the `build` generator, or the problems that stopped it. */
function acknowledgements(input: ViewInput): { views: AcknowledgementView[]; problems: GenerateProblem[] } {
  const result = generateArtifacts({ model: input.model, policyHash: 'helpdesk-export', asOf: input.asOf, templates: { acknowledgement: input.acknowledgementTemplate }, parts: ['acknowledgements'] });
  const index = result.artifacts.find((a) => a.path === 'acknowledgements/index.json');
  const entries = index ? (JSON.parse(index.contents) as { acknowledgements: AcknowledgementEntry[] }).acknowledgements : [];
  const views = entries.map((entry) => {
    const channel = input.model.find('Channel', entry.channel);
    return { channel: entry.channel, tier: entry.tier, body: entry.body, at: channel ? channel.origin : { file: '', document: 0, pointer: '' } };
  });
  return { views, problems: result.problems };
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
  };
  return { view, problems: acks.problems };
}
