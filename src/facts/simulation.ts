/**
 * Predicted attainment: a seeded queue simulation of each channel over the horizon, with
 * arrivals from its demand profile, tiers served by priority, and agents on their real shifts
 * (whole people, slowed by the availability staffing.ts gives them). Every published target
 * is measured: acknowledge, first response, and resolution (median as 50%, p90 as 90%).
 * The seed comes from the channel's name, so results are identical on every machine.
 */
import type { SimulationInput, SimulationTier, TierResult, WaitSummary } from '../capacity/index.js';
import type { Tier } from '../model/typed-specs.js';
import { DAY_MS, HOUR_MS } from '../time/civil.js';
import type { ChannelInputs } from './channel-inputs.js';
import type { FactsCache } from './facts-cache.js';
import { simulateOnce } from './simulation-memo.js';
import type { FactWindow } from './fact-windows.js';

/**
 * How much to simulate (src/capacity/README.md, "Precision"): whole replications of the horizon,
 * two and more for small channels, until a channel has seen SIMULATION_TICKETS tickets; the
 * intervals compare replications batch by batch of BATCH_DAYS days, so the seasons every
 * replication shares do not count as noise. A channel that meets every target beyond doubt stops
 * early (stopWhenMet), down to one replication, whose interval compares the weeks of each batch.
 */
const SIMULATION_TICKETS = 20_000;
const MIN_REPLICATIONS = 2;
const MAX_REPLICATIONS = 5;
const BATCH_DAYS = 28;
const WEEKS_PER_BATCH = 4;
/**
 * At most this many tickets per replication. A busier channel is simulated scaled down: its
 * arrivals and its agents (availability kept) divided by one factor, so each agent's load is the
 * same and the work stays bounded whatever the volume. A smaller pool waits longer than a big
 * one at the same load, so the scaled prediction errs on the side of caution.
 */
const MAX_TICKETS_PER_REPLICATION = 250_000;
/** At most this many agent slots at once (agents × concurrency), by the same scaling: the queue's memory stays bounded too. */
const MAX_SLOTS = 100_000;

/**
 * One service model (docs/domain.md): a first reply costs the whole handle time, as in the
 * backlog and Erlang C, so no follow-up touch is simulated and a ticket is resolved with its
 * first reply (a lower bound on the real resolution time).
 */
const FOLLOW_UP_SHARE = 0;

export type TargetKind = 'acknowledge' | 'firstResponse' | 'resolutionMedian' | 'resolutionP90';

export interface Interval {
  mean: number | null;
  low: number | null;
  high: number | null;
}

export interface TargetPrediction {
  kind: TargetKind;
  minutes: number;
  /** The share that must be within `minutes`: the published share, 0.5 for a median, 0.9 for a p90. */
  share: number;
  /** Share of tickets within `minutes`, mean and 95% interval over replications. */
  attainment: Interval;
}

export interface Percentiles {
  p50Minutes: number;
  p90Minutes: number;
  p95Minutes: number;
}

export interface TierPrediction {
  tier: string;
  tickets: number;
  /** Tickets nobody picked up before the simulation stopped, and tickets answered but not resolved by then. */
  unanswered: number;
  unresolved: number;
  /** The first-response target and its attainment (also in `targets`). */
  target: { minutes: number; share: number };
  attainment: Interval;
  /** First-response percentiles (also in `firstResponse`). */
  p50Minutes: number;
  p90Minutes: number;
  p95Minutes: number;
  /** Every published target of the tier, in the order acknowledge, first response, resolution median, p90. */
  targets: TargetPrediction[];
  acknowledge: Percentiles;
  firstResponse: Percentiles;
  resolution: Percentiles;
  oldestWaitMinutes: number;
  peakBacklog: number;
}

export interface SimulationFact {
  channel: string;
  seed: number;
  replications: number;
  /** Batches per replication: the intervals rest on replications × batches samples. */
  batches: number;
  /** Share of an async ticket's handling done in a follow-up touch after the first reply (0 on sync channels). */
  followUpShare: number;
  /** 1, or the factor a channel busier than the simulation's ticket budget was scaled down by (arrivals and agents alike). */
  scale: number;
  /** True when nobody who answers the channel is ever on shift over the horizon (and its tail). */
  neverStaffed: boolean;
  tiers: TierPrediction[];
  /** Present when the entry covers only part of the horizon, around a dated change: from `from` up to the day before `until` (docs/effective-dates.md). */
  window?: FactWindow;
}

/** FNV-1a: a stable 32-bit seed from the channel name. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export type Target = Omit<TargetPrediction, 'attainment'>;

/** The tier's targets, as the simulation measures them. */
function targetsOf(tier: Tier): Target[] {
  const out: Target[] = [];
  const timed = (kind: TargetKind, t: { seconds: number; share: number }) => out.push({ kind, minutes: t.seconds / 60, share: t.share });
  if (tier.acknowledge) timed('acknowledge', tier.acknowledge);
  timed('firstResponse', tier.firstResponse);
  if (tier.resolution) {
    timed('resolutionMedian', { seconds: tier.resolution.median.seconds, share: 0.5 });
    timed('resolutionP90', { seconds: tier.resolution.p90.seconds, share: 0.9 });
  }
  return out;
}

/** Arrivals and whole agents by hour from `startMs`: the span, after the window before's last hours when a dated change hands them on. */
interface Series {
  startMs: number;
  arrivals: Float64Array;
  agents: Float64Array;
  availability: Float64Array;
}

function seriesOf(inputs: ChannelInputs): Series {
  const { horizon, span, queue, carried } = inputs;
  const arrivals = inputs.arrivals.subarray(0, horizon.days * 24);
  if (!carried) return { startMs: span.fromMs, arrivals, agents: queue.agents, availability: queue.availability };
  const join = (lead: Float64Array, rest: Float64Array) => {
    const out = new Float64Array(lead.length + rest.length);
    out.set(lead);
    out.set(rest, lead.length);
    return out;
  };
  const { lead } = carried;
  return { startMs: lead.fromMs, arrivals: join(lead.arrivals, arrivals), agents: join(lead.agents, queue.agents), availability: join(lead.availability, queue.availability) };
}

/** Staffing change points over the series: whole agents and their availability, where either changes; divided by `scale`, availability kept. */
function staffingSteps(series: Series, scale: number): { atMs: number[]; agents: number[]; availability: number[] } {
  const { agents, availability } = series;
  const steps = { atMs: [] as number[], agents: [] as number[], availability: [] as number[] };
  for (let h = 0; h < agents.length; h++) {
    // Whole people stay whole: a scaled pool rounds up and slows each agent to keep the capacity.
    const n = scale === 1 ? agents[h]! : Math.ceil(agents[h]! / scale - 1e-9);
    const a = scale === 1 || n === 0 ? availability[h]! : (agents[h]! * availability[h]!) / scale / n;
    const last = steps.agents.length - 1;
    if (last >= 0 && steps.agents[last] === n && (n === 0 || steps.availability[last] === a)) continue;
    steps.atMs.push(series.startMs + h * HOUR_MS);
    steps.agents.push(n);
    steps.availability.push(a);
  }
  return steps;
}

const percentiles = (w: WaitSummary): Percentiles => ({ p50Minutes: w.p50Minutes, p90Minutes: w.p90Minutes, p95Minutes: w.p95Minutes });

function interval(w: WaitSummary, j: number): Interval {
  const a = w.attainment[j]?.attainment;
  return { mean: a?.mean ?? null, low: a?.ci95?.low ?? null, high: a?.ci95?.high ?? null };
}

function prediction(result: TierResult, targets: Target[]): TierPrediction {
  const summary = { acknowledge: result.acknowledge, firstResponse: result.firstResponse, resolutionMedian: result.resolution, resolutionP90: result.resolution };
  const index = { acknowledge: 0, firstResponse: 0, resolutionMedian: 0, resolutionP90: 1 };
  const predicted = targets.map((t) => ({ ...t, attainment: interval(summary[t.kind], index[t.kind]) }));
  const fr = predicted.find((t) => t.kind === 'firstResponse')!;
  return {
    tier: result.name,
    tickets: result.tickets,
    unanswered: result.unanswered,
    unresolved: result.unresolved,
    target: { minutes: fr.minutes, share: fr.share },
    attainment: fr.attainment,
    ...percentiles(result.firstResponse),
    targets: predicted,
    acknowledge: percentiles(result.acknowledge),
    firstResponse: percentiles(result.firstResponse),
    resolution: percentiles(result.resolution),
    oldestWaitMinutes: result.oldestWaitMinutes,
    peakBacklog: result.peakBacklog,
  };
}

/** What the simulation of a channel runs on; undefined when nothing arrives. Synthetic history and the backtest drive it too. */
export interface ChannelSimulation {
  input: SimulationInput;
  targetsByTier: Target[][];
  seed: number;
  followUpShare: number;
  /** Arrivals and staff divided by this for a channel too large to simulate ticket by ticket. */
  scale: number;
}

/** Customers answering a reply that asked them something: pending meanwhile, the resolution clock stopped if the policy says so. */
function customerReplies(inputs: ChannelInputs): Pick<SimulationInput, 'customerReplyShare' | 'customerWaitMs' | 'pauseResolutionWhilePending'> {
  const replies = inputs.demand.customerReplies;
  if (!replies) return {};
  return {
    customerReplyShare: replies.share.share,
    customerWaitMs: replies.meanWait.seconds * 1000,
    pauseResolutionWhilePending: inputs.policy.spec.pausedWhile?.resolution?.includes('pending') === true,
  };
}

/** A tier as the simulation reads it: `share` of the arrivals, and its targets by milestone. */
function simulationTier(tier: Tier, share: number): SimulationTier {
  const targets = targetsOf(tier);
  const of = (...kinds: TargetKind[]) => targets.filter((t) => kinds.includes(t.kind));
  const [acknowledge, firstResponse, resolution] = [of('acknowledge'), of('firstResponse'), of('resolutionMedian', 'resolutionP90')];
  return {
    name: tier.name,
    share,
    priority: tier.priority,
    acknowledgeTargetsMinutes: acknowledge.map((t) => t.minutes),
    firstResponseTargetsMinutes: firstResponse.map((t) => t.minutes),
    resolutionTargetsMinutes: resolution.map((t) => t.minutes),
    acknowledgeShares: acknowledge.map((t) => t.share),
    firstResponseShares: firstResponse.map((t) => t.share),
    resolutionShares: resolution.map((t) => t.share),
  };
}

export function channelSimulation(inputs: ChannelInputs): ChannelSimulation | undefined {
  const { channel, policy, demand, horizon, span, queue } = inputs;
  if (demand.ticketsPerDay === 0) return undefined;
  const targetsByTier = policy.spec.tiers.map(targetsOf);
  const tiers: SimulationTier[] = policy.spec.tiers.map((tier) => simulationTier(tier, demand.tierMix[tier.name]?.share ?? 0));
  if (tiers.every((t) => t.share === 0)) return undefined;
  const seed = seedOf(channel.name);
  const replications = Math.min(MAX_REPLICATIONS, Math.max(MIN_REPLICATIONS, Math.ceil(SIMULATION_TICKETS / (demand.ticketsPerDay * horizon.days))));
  const series = seriesOf(inputs);
  const peakSlots = series.agents.reduce((m, n) => Math.max(m, n), 0) * queue.concurrency;
  const scale = Math.max(1, Math.ceil((demand.ticketsPerDay * horizon.days) / MAX_TICKETS_PER_REPLICATION), Math.ceil(peakSlots / MAX_SLOTS));
  const followUpShare = channel.spec.mode === 'async' ? FOLLOW_UP_SHARE : 0;
  const input: SimulationInput = {
    startMs: series.startMs,
    endMs: horizon.toMs,
    arrivalsPerHour: scale === 1 ? series.arrivals : series.arrivals.map((a) => a / scale),
    tiers,
    staffing: staffingSteps(series, scale),
    ahtSeconds: queue.ahtSeconds,
    concurrency: queue.concurrency,
    mode: channel.spec.mode,
    followUpShare,
    ...customerReplies(inputs),
    elapsed: inputs.clockIndex,
    // Staff keep working through the tail, as in capacity, so the last tickets are answered.
    drainUntilMs: span.toMs,
    // Tickets of the window before a dated change only fill the queue; they were measured there.
    measureFromMs: horizon.fromMs,
    seed,
    replications,
    // A channel that meets every target by a clear margin stops after its first replication.
    stopWhenMet: true,
    batchMs: BATCH_DAYS * DAY_MS, subBatches: WEEKS_PER_BATCH,
  };
  return { input, targetsByTier, seed, followUpShare, scale };
}

/**
 * The channel's input with each other version's tiers of its SLA policy (FactsCache.tiersElsewhere):
 * what another version of the run asks for when only the policy's targets changed. A version whose
 * tiers differ in names or priorities is left out: it is a different queue.
 */
function otherVersions(input: SimulationInput, versions: readonly (readonly Tier[])[]): SimulationInput[] {
  return versions.flatMap((tiers) => {
    const same = tiers.length === input.tiers.length && tiers.every((t, i) => t.name === input.tiers[i]!.name && t.priority === input.tiers[i]!.priority);
    return same ? [{ ...input, tiers: tiers.map((t, i) => simulationTier(t, input.tiers[i]!.share)) }] : [];
  });
}

export function simulateChannel(inputs: ChannelInputs, cache: FactsCache): SimulationFact | undefined {
  const plan = channelSimulation(inputs);
  if (!plan) return undefined;
  const { channel, queue, policy } = inputs;
  const result = simulateOnce(plan.input, inputs.clock, cache, otherVersions(plan.input, cache.tiersElsewhere(policy.name, policy.spec.tiers)));
  return {
    channel: channel.name,
    seed: plan.seed,
    replications: result.replications,
    batches: result.batches,
    followUpShare: plan.followUpShare,
    scale: plan.scale,
    neverStaffed: queue.agents.every((n) => n === 0),
    tiers: result.tiers.flatMap((t, i) => (t.tickets > 0 ? [prediction(t, plan.targetsByTier[i]!)] : [])),
  };
}
