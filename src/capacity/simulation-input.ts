// Inputs of the queue simulation, and their checking into a ready-to-run plan.
// Inputs are generic numbers and arrays: turning policies into them is the
// caller's job, so the simulator never parses YAML or reads a calendar.

import { MS_PER_HOUR, type ElapsedMinutes, type SpanClock, waitClock, type WaitClock } from './wait-clock.js';
import { isNonNegative, isShare, isWholeNumber, requireFinite, requireNonNegative, requirePositive, requireShare, requireWholeNumber } from './input-guards.js';
import { targetPlan, type TargetPlan, type TierTargets } from './target-plan.js';

export interface SimulationTier extends TierTargets {
  name: string;
  /** Share of arrivals in this tier; shares are normalised to sum to 1. */
  share: number;
  /** Lower is more urgent and is served first; FIFO within a tier. */
  priority: number;
}

export interface StaffingSteps {
  /** Sorted change points: from atMs[i] on, agents[i] agents are on shift. None before the first. */
  atMs: ArrayLike<number>;
  agents: ArrayLike<number>;
  /**
   * Share of each agent's time this queue gets from each change point on, in (0, 1]; 1 unless
   * given. Shrinkage, other channels and part-hours go here, so agents stay whole people: an
   * item keeps its handling time for the customer, and the agent is then away for the rest.
   */
  availability?: ArrayLike<number>;
}

/**
 * Sees each measured ticket's milestones as the simulation sets them (synthetic ticket history
 * is written from these). A ticket is named by its arrival instant, unique within a replication.
 * Calls draw nothing from the generator, so an observed run gives the same results as any other.
 */
export interface TicketObserver {
  arrived(tier: number, arrivalMs: number): void;
  acknowledged(arrivalMs: number, atMs: number): void;
  /** The first response: answered (sync) or the first reply sent (async). */
  responded(arrivalMs: number, atMs: number): void;
  resolved(arrivalMs: number, atMs: number): void;
  /** The ticket was pending on the customer from `fromMs` (the reply asking) to `toMs` (their answer). */
  pending?(arrivalMs: number, fromMs: number, toMs: number): void;
}

/**
 * A first touch's milestones: sync answers (acknowledges and responds) as handling starts, async
 * replies as it ends; either resolves then unless a follow-up comes, and the ticket is pending
 * from the reply until `answerMs` when the customer was asked something.
 */
export function observeFirstTouch(o: TicketObserver, sync: boolean, resolves: boolean, arrivalMs: number, startMs: number, doneMs: number, answerMs = doneMs): void {
  if (sync) o.acknowledged(arrivalMs, startMs);
  o.responded(arrivalMs, sync ? startMs : doneMs);
  if (resolves) o.resolved(arrivalMs, doneMs);
  else if (answerMs > doneMs) o.pending?.(arrivalMs, doneMs, answerMs);
}

export interface SimulationInput {
  /** Arrivals happen in [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** Arrival rate (tickets per hour) for each arrival step of the horizon: Poisson within a step. */
  arrivalsPerHour: Float64Array;
  /** Length of one arrival step; one hour unless given. */
  arrivalStepMs?: number;
  tiers: readonly SimulationTier[];
  staffing: StaffingSteps;
  /** Mean handling time; handling times are exponential. */
  ahtSeconds: number;
  /** Items one agent handles at once (chat); 1 unless given. */
  concurrency?: number;
  /** 'sync': first response when handling starts (answered); 'async': when it ends (reply sent). */
  mode: 'async' | 'sync';
  /**
   * Async only: the share of each ticket's handling done in a follow-up touch after the first
   * reply, in [0, 1). The follow-up joins its tier's queue when the reply is sent, and the ticket
   * is resolved when it ends. 0 (the default) resolves every ticket with its first reply.
   */
  followUpShare?: number;
  /**
   * Async only: the share of tickets whose first reply asks the customer for something, in
   * [0, 1], and their mean answer time (exponential, calendar ms). The ticket is pending in
   * between, then its follow-up joins the queue; with no follow-up share it takes no handling
   * (the handle time stays on the first reply, as in Erlang C). None unless both are above 0.
   */
  customerReplyShare?: number;
  customerWaitMs?: number;
  /** Whether the resolution clock stops while a ticket is pending on the customer; false unless given. */
  pauseResolutionWhilePending?: boolean;
  /** The SLA's clock: a function, or a ClockIndex (constant-time reads); calendar minutes when omitted. */
  elapsed?: ElapsedMinutes | WaitClock;
  /** Only tickets arriving from here on are measured (warm-up); startMs unless given. */
  measureFromMs?: number;
  /** After endMs, keep serving (no new arrivals) until the queues empty or this instant; endMs + 7 days unless given. */
  drainUntilMs?: number;
  /** 32-bit seed: the same seed gives the same numbers on any machine and host time zone. */
  seed: number;
  /** Independent runs with derived seeds, for the confidence intervals; 10 unless given. */
  replications?: number;
  /**
   * Sequential stopping: after each replication but the last, stop once every tier has tickets
   * and every target is met beyond doubt (sequential-stop.ts). Every target then needs its share.
   */
  stopWhenMet?: boolean;
  /**
   * Batch means: cut each replication's measured arrivals into equal batches of about this
   * length, and let every batch be one sample of the confidence intervals. Whole replications
   * when omitted. Batches much longer than a ticket's wait are close to independent.
   */
  batchMs?: number;
  /**
   * With batchMs: cut each batch into this many equal cells (1 unless given). A single
   * replication's intervals then compare the cells within each batch, stratified as replications
   * are, so the differences between batches (the seasons) are not counted as noise. With two
   * replications or more nothing changes: the cells of a batch are added up again.
   */
  subBatches?: number;
  /** Per-ticket milestones of measured tickets, for synthetic history; none unless given. */
  observer?: TicketObserver;
}

/** The checked, normalised form the event loop runs on. */
export interface SimulationPlan extends TargetPlan {
  startMs: number;
  endMs: number;
  stepMs: number;
  /** Mean gap between arrivals in each step, ms (Infinity when the rate is 0). */
  meanGapMs: Float64Array;
  /** Cumulative tier shares, in tier order, last one exactly 1. */
  cumulativeShare: Float64Array;
  /** Tier indexes, most urgent first (stable for equal priorities). */
  serveOrder: Int32Array;
  priorities: Float64Array;
  staffAtMs: Float64Array;
  /** Concurrent slots (agents × concurrency) from each change point on. */
  staffSlots: Int32Array;
  /** An item holds its slot for handling ÷ availability. */
  staffAvailability: Float64Array;
  /** For each change point, the first one from it on with anyone on shift; −1 if none. */
  nextStaffed: Int32Array;
  maxSlots: number;
  meanServiceMs: number;
  followUpShare: number;
  /** Share of tickets pending on the customer after the first reply, and their mean wait (0 when none). */
  replyShare: number;
  replyWaitMs: number;
  pauseWhilePending: boolean;
  /** Whether any ticket has a follow-up after its first reply (a follow-up share, or customers answering). */
  followUps: boolean;
  sync: boolean;
  clock: SpanClock;
  measureFromMs: number;
  drainUntilMs: number;
  seed: number;
  replications: number;
  /** Samples per replication for the intervals, and the arrival time each one spans. */
  batches: number;
  batchMs: number;
  /** Cells per batch, and the arrival time each spans: counts are kept per cell (run-stats.ts). */
  subBatches: number;
  cellMs: number;
  observer: TicketObserver | undefined;
}

const WEEK_MS = 7 * 24 * MS_PER_HOUR;

/** The arrival steps over [startMs, endMs): their length and the mean gap between arrivals in each. */
function arrivalPlan(input: SimulationInput): Pick<SimulationPlan, 'startMs' | 'endMs' | 'stepMs' | 'meanGapMs'> {
  const { startMs, endMs } = input;
  requireFinite('startMs', startMs);
  requireFinite('endMs', endMs);
  if (!(endMs > startMs)) throw new RangeError('endMs must be after startMs');
  const stepMs = input.arrivalStepMs ?? MS_PER_HOUR;
  requirePositive('arrivalStepMs', stepMs);
  const steps = Math.ceil((endMs - startMs) / stepMs);
  if (input.arrivalsPerHour.length < steps) {
    throw new RangeError(`arrivalsPerHour needs ${steps} steps to cover the horizon, got ${input.arrivalsPerHour.length}`);
  }
  const meanGapMs = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const rate = input.arrivalsPerHour[i]!;
    if (!isNonNegative(rate)) requireNonNegative(`arrivalsPerHour[${i}]`, rate);
    meanGapMs[i] = rate > 0 ? MS_PER_HOUR / rate : Infinity;
  }
  return { startMs, endMs, stepMs, meanGapMs };
}

/** The tiers: cumulative shares for drawing one, the order they are served in, and their priorities. */
function tierPlan(tiers: readonly SimulationTier[]): Pick<SimulationPlan, 'cumulativeShare' | 'serveOrder' | 'priorities'> {
  if (tiers.length === 0) throw new RangeError('at least one tier is needed');
  let shareSum = 0;
  tiers.forEach((t, i) => {
    requireNonNegative(`tiers[${i}].share`, t.share);
    requireFinite(`tiers[${i}].priority`, t.priority);
    shareSum += t.share;
  });
  if (!(shareSum > 0)) throw new RangeError('tier shares must not all be 0');
  const cumulativeShare = new Float64Array(tiers.length);
  let acc = 0;
  tiers.forEach((t, i) => (cumulativeShare[i] = acc += t.share / shareSum));
  cumulativeShare[tiers.length - 1] = 1; // no rounding gap at the top
  const serveOrder = Int32Array.from(tiers.keys()).sort((a, b) => tiers[a]!.priority - tiers[b]!.priority || a - b);
  return { cumulativeShare, serveOrder, priorities: Float64Array.from(tiers, (t) => t.priority) };
}

type StaffPlan = Pick<SimulationPlan, 'staffAtMs' | 'staffSlots' | 'staffAvailability' | 'nextStaffed' | 'maxSlots'>;

/** The staffing step function in slots (agents × concurrency), with each step's availability. */
function staffPlan(staffing: StaffingSteps, concurrency: number): StaffPlan {
  if (!(Number.isSafeInteger(concurrency) && concurrency >= 1)) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${concurrency}`);
  if (staffing.atMs.length !== staffing.agents.length) throw new RangeError('staffing.atMs and staffing.agents differ in length');
  const staffAtMs = Float64Array.from(staffing.atMs);
  const staffSlots = new Int32Array(staffAtMs.length);
  const staffAvailability = new Float64Array(staffAtMs.length).fill(1);
  if (staffing.availability && staffing.availability.length !== staffAtMs.length) throw new RangeError('staffing.availability and staffing.atMs differ in length');
  let maxSlots = 0;
  for (let i = 0; i < staffAtMs.length; i++) {
    if (!Number.isFinite(staffAtMs[i]!)) requireFinite(`staffing.atMs[${i}]`, staffAtMs[i]!);
    if (i > 0 && staffAtMs[i]! < staffAtMs[i - 1]!) throw new RangeError('staffing.atMs must be sorted');
    const agents = staffing.agents[i]!;
    if (!isWholeNumber(agents)) requireWholeNumber(`staffing.agents[${i}]`, agents);
    staffSlots[i] = agents * concurrency;
    maxSlots = Math.max(maxSlots, agents * concurrency);
    if (staffing.availability) {
      const share = staffing.availability[i]!;
      if (!isShare(share)) requireShare(`staffing.availability[${i}]`, share);
      staffAvailability[i] = share;
    }
  }
  const nextStaffed = new Int32Array(staffAtMs.length);
  for (let i = staffAtMs.length - 1, next = -1; i >= 0; i--) nextStaffed[i] = next = staffSlots[i]! > 0 ? i : next;
  return { staffAtMs, staffSlots, staffAvailability, nextStaffed, maxSlots };
}

type RunPlan = Pick<SimulationPlan, 'meanServiceMs' | 'followUpShare' | 'replyShare' | 'replyWaitMs' | 'pauseWhilePending' | 'followUps' | 'sync' | 'measureFromMs' | 'drainUntilMs' | 'seed' | 'replications' | 'batches' | 'batchMs' | 'subBatches' | 'cellMs'>;

/** How each replication runs: service times, what is measured, when it stops, how often, and in what batches. */
function runPlan(input: SimulationInput): RunPlan {
  const { startMs, endMs } = input;
  requirePositive('ahtSeconds', input.ahtSeconds);
  if (input.mode !== 'sync' && input.mode !== 'async') throw new RangeError(`mode must be 'sync' or 'async', got ${String(input.mode)}`);
  requireFinite('seed', input.seed);
  const measureFromMs = input.measureFromMs ?? startMs;
  const drainUntilMs = input.drainUntilMs ?? endMs + WEEK_MS;
  requireFinite('measureFromMs', measureFromMs);
  if (!(drainUntilMs >= endMs)) throw new RangeError('drainUntilMs must not be before endMs');
  const replications = input.replications ?? 10;
  if (!(Number.isSafeInteger(replications) && replications >= 1)) throw new RangeError(`replications must be a whole number ≥ 1, got ${replications}`);
  const followUpShare = input.mode === 'async' ? (input.followUpShare ?? 0) : 0;
  if (!(followUpShare >= 0 && followUpShare < 1)) throw new RangeError(`followUpShare must be in [0, 1), got ${followUpShare}`);
  const replies = customerReplies(input);
  return {
    meanServiceMs: input.ahtSeconds * 1000, followUpShare, ...replies, followUps: followUpShare > 0 || replies.replyShare > 0, sync: input.mode === 'sync', measureFromMs, drainUntilMs, seed: input.seed,
    replications, ...batchPlan(input, endMs - Math.max(measureFromMs, startMs)),
  };
}

/** The batches and their cells over the `measured` milliseconds: one batch, one cell, without batchMs. */
function batchPlan(input: SimulationInput, measured: number): Pick<SimulationPlan, 'batches' | 'batchMs' | 'subBatches' | 'cellMs'> {
  if (input.batchMs !== undefined) requirePositive('batchMs', input.batchMs);
  const subBatches = input.subBatches ?? 1;
  if (!(Number.isSafeInteger(subBatches) && subBatches >= 1 && subBatches <= 64)) throw new RangeError(`subBatches must be a whole number from 1 to 64, got ${subBatches}`);
  const batches = input.batchMs === undefined || !(measured > 0) ? 1 : Math.max(1, Math.round(measured / input.batchMs));
  if (batches === 1) return { batches, batchMs: Infinity, subBatches: 1, cellMs: Infinity };
  return { batches, batchMs: measured / batches, subBatches, cellMs: measured / batches / subBatches };
}

/** The customers' answers on an async channel: none unless both the share and the wait are above 0. */
function customerReplies(input: SimulationInput): Pick<SimulationPlan, 'replyShare' | 'replyWaitMs' | 'pauseWhilePending'> {
  const share = input.customerReplyShare ?? 0;
  const waitMs = input.customerWaitMs ?? 0;
  if (share !== 0 && !isShare(share)) requireShare('customerReplyShare', share);
  requireNonNegative('customerWaitMs', waitMs);
  const on = input.mode === 'async' && share > 0 && waitMs > 0;
  return { replyShare: on ? share : 0, replyWaitMs: on ? waitMs : 0, pauseWhilePending: on && input.pauseResolutionWhilePending === true };
}

/**
 * Checks every input (a RangeError names the field) and turns it into the plan the event loop runs
 * on. `targets`: what to count when not the input's own (simulate.ts counts several versions').
 */
export function planSimulation(input: SimulationInput, targets: TargetPlan = targetPlan(input)): SimulationPlan {
  const arrivals = arrivalPlan(input);
  const tiers = tierPlan(input.tiers);
  const staff = staffPlan(input.staffing, input.concurrency ?? 1);
  const run = runPlan(input);
  return {
    ...arrivals,
    ...tiers,
    ...targets,
    ...staff,
    // A method on one of a few classes: a call V8 can inline, unlike a different closure per channel.
    clock: waitClock(input.elapsed),
    ...run,
    observer: input.observer,
  };
}
