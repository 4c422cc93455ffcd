/**
 * The one place measure reads the policy model: channels with their tiers and targets (the
 * model's parsed values), the SLA clock of each, the tags' default tiers, and the declared
 * demand. The synthetic-history generator and the backtest get their simulation inputs here too.
 */
import { versionInputs } from '../facts/channel-inputs.js';
import { weeklyShape } from '../facts/demand.js';
import { FactsCache } from '../facts/facts-cache.js';
import { horizonFrom } from '../facts/horizon.js';
import { channelSimulation, type ChannelSimulation } from '../facts/simulation.js';
import type { ChannelInputs } from '../facts/channel-inputs.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { typedDemand, type Tier } from '../model/typed-specs.js';
import type { ChannelCalibration } from './calibration.js';
import { measuredDemand } from './demand-block.js';
import type { CompiledSchedule, ScheduleSpec } from '../time/index.js';
import type { Medium, MeasuredMetric, WaitingStatus } from '../history/ticket-record.js';

export interface TargetView {
  /** Share of tickets that must be within `seconds`, 0–1. */
  share: number;
  seconds: number;
  /** As the policy writes it: "90% within 4h"; a resolution percentile reads "p90 3d". */
  text: string;
}

export interface TierView {
  name: string;
  /** 1 is the most urgent. */
  priority: number;
  /** Each metric's targets; resolution has its median (50%) and p90 (90%). */
  targets: Partial<Record<MeasuredMetric, TargetView[]>>;
}

export interface ClockView {
  /** The SLA schedule's spec, or 'calendar' for 24/7. */
  schedule: ScheduleSpec | 'calendar';
  /** The schedule's name, null for calendar time. */
  name: string | null;
  /** Zone for local dates and hours: the schedule's, else the channel's demand profile's, else UTC. */
  timeZone: string;
}

export interface DeclaredDemand {
  ticketsPerDay: number;
  /** Tier name → share 0–1. */
  tierMix: Record<string, number>;
  /** Yearly growth 0–1, when declared. */
  growth?: number;
  /** Expected tickets per local hour of the week (168, Monday 00:00 first) in `timeZone`. */
  weekly?: Float64Array;
  profileZone?: string;
}

export interface ChannelView {
  name: string;
  displayName?: string;
  medium: Medium;
  mode: 'sync' | 'async';
  policy: string;
  clock: ClockView;
  tiers: TierView[];
  demand?: DeclaredDemand;
  /** The statuses each metric's clock stops in (the policy's `pausedWhile`); empty when every clock runs. */
  pausedWhile: Partial<Record<MeasuredMetric, readonly WaitingStatus[]>>;
}

export interface MeasureView {
  channels: ChannelView[];
  /** Tag name → its default tier. */
  tagTiers: Map<string, string>;
}

function targetsOf(tier: Tier): TierView['targets'] {
  // A bare "15m" holds for every ticket: say so where it is shown beside shares.
  const one = (t: { share: number; seconds: number; text: string }): TargetView[] => [{ share: t.share, seconds: t.seconds, text: t.text.includes('%') ? t.text : `all within ${t.text}` }];
  const out: TierView['targets'] = { firstResponse: one(tier.firstResponse) };
  if (tier.acknowledge) out.acknowledge = one(tier.acknowledge);
  if (tier.nextResponse) out.nextResponse = one(tier.nextResponse);
  if (tier.resolution) {
    const { median, p90 } = tier.resolution;
    out.resolution = [
      { share: 0.5, seconds: median.seconds, text: `median ${median.text}` },
      { share: 0.9, seconds: p90.seconds, text: `p90 ${p90.text}` },
    ];
  }
  return out;
}

function clockOf(model: Model, policy: Entity<'SlaPolicy'>, profileZone: string | undefined): ClockView | undefined {
  if (policy.spec.clock === 'calendar') return { schedule: 'calendar', name: null, timeZone: profileZone ?? 'UTC' };
  const schedule = policy.spec.schedule ? model.find('Schedule', policy.spec.schedule) : undefined;
  if (!schedule) return undefined;
  return { schedule: schedule.spec, name: schedule.name, timeZone: schedule.spec.timeZone };
}

function demandOf(channel: Entity<'Channel'>): DeclaredDemand | undefined {
  const d = channel.spec.demand;
  if (!d) return undefined;
  const tierMix = Object.fromEntries(Object.entries(d.tierMix).map(([tier, share]) => [tier, share.share]));
  return { ticketsPerDay: d.ticketsPerDay, tierMix, growth: d.growth?.share, weekly: d.profile ? weeklyShape(d.profile, d.ticketsPerDay) : undefined, profileZone: d.profile?.timeZone };
}

/** Channels with an SLA policy whose clock is defined; the others cannot be measured. */
export function measureView(model: Model): MeasureView {
  const channels: ChannelView[] = [];
  for (const channel of model.channels) {
    const policy = slaPolicyOf(model, channel);
    if (!policy) continue;
    const demand = demandOf(channel);
    const clock = clockOf(model, policy, demand?.profileZone);
    if (!clock) continue;
    channels.push({
      name: channel.name,
      displayName: channel.spec.displayName,
      medium: channel.spec.medium,
      mode: channel.spec.mode,
      policy: policy.name,
      clock,
      tiers: policy.spec.tiers.map((t) => ({ name: t.name, priority: t.priority, targets: targetsOf(t) })),
      demand,
      pausedWhile: policy.spec.pausedWhile ?? {},
    });
  }
  channels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tagTiers = new Map<string, string>();
  for (const tag of model.tags) if (tag.spec.defaultTier && !tagTiers.has(tag.name)) tagTiers.set(tag.name, tag.spec.defaultTier);
  return { channels, tagTiers };
}

export interface SimulatedChannel {
  channel: string;
  simulation: ChannelSimulation;
  clock: CompiledSchedule;
  /** Tier names in the simulation's tier order. */
  tiers: string[];
}

/** The feasibility simulation's inputs per channel over `days` from `asOf` (what synthetic history replays). */
export function simulatedChannels(model: Model, asOf: string, days: number): SimulatedChannel[] {
  return versionInputs(model, horizonFrom(asOf, days), new FactsCache()).flatMap((inputs) => {
    const simulation = channelSimulation(inputs);
    return simulation ? [{ channel: inputs.channel.name, simulation, clock: inputs.clock, tiers: inputs.policy.spec.tiers.map((t) => t.name) }] : [];
  });
}

/**
 * The model with each measured channel's demand replaced by the demand measured (demand-block.ts),
 * as `check --history` and the backtest check it. Entities keep their origins, so findings still
 * point into the policy files. A channel whose tickets mapped to no tier keeps its declared demand.
 */
export function withMeasuredDemand(model: Model, calibration: readonly ChannelCalibration[]): { model: Model; measured: string[] } {
  const byName = new Map(calibration.filter((c) => Object.keys(c.tierMix).length > 0).map((c) => [c.channel, c]));
  const replaced = new Map<string, Entity<'Channel'>>();
  for (const channel of model.channels) {
    const m = byName.get(channel.name);
    // An export does not say how often customers are asked something: the declared answers stay.
    const replies = channel.spec.demand?.customerReplies;
    if (m) replaced.set(channel.name, { ...channel, spec: { ...channel.spec, demand: { ...typedDemand(measuredDemand(m)), ...(replies ? { customerReplies: replies } : {}) } } });
  }
  const swap = <E extends Entity>(e: E): E => (e.kind === 'Channel' ? ((replaced.get(e.name) as E | undefined) ?? e) : e);
  const find: Model['find'] = (kind, name) => {
    const found = model.find(kind, name);
    return found ? swap(found) : found;
  };
  return { model: { ...model, entities: model.entities.map(swap), channels: model.channels.map(swap), find }, measured: [...replaced.keys()].sort() };
}

/** Each simulated channel's inputs over `days` from `asOf`, as the feasibility facts build them (what the backtest feeds). */
export function channelInputsOver(model: Model, asOf: string, days: number): ChannelInputs[] {
  return versionInputs(model, horizonFrom(asOf, days), new FactsCache());
}
