// Async backlog over time as a fluid queue (docs/domain.md, Capacity formulas):
// work piles up while nobody is on shift and is drained first in, first out at
// opening. Within a step arrivals and capacity flow at constant rates, so every quantity is
// piecewise linear and the worst wait can be found exactly at breakpoints.

import { type ElapsedMinutes, waitClock, type WaitClock } from './wait-clock.js';
import { isNonNegative, requireFinite, requireNonNegative, requirePositive, requireShare, requireShrinkage } from './input-guards.js';

export interface EffectiveCapacityInput {
  /** Agents on shift in each step. */
  agents: ArrayLike<number>;
  stepSeconds: number;
  ahtSeconds: number;
  occupancy: number;
  shrinkage: number;
}

/** Tickets each step can clear: agents × occupancy × (1 − shrinkage) × step ÷ AHT. */
export function effectiveCapacity(input: EffectiveCapacityInput): Float64Array {
  requirePositive('stepSeconds', input.stepSeconds);
  requirePositive('ahtSeconds', input.ahtSeconds);
  requireShare('occupancy', input.occupancy);
  requireShrinkage(input.shrinkage);
  const perAgent = (input.occupancy * (1 - input.shrinkage) * input.stepSeconds) / input.ahtSeconds;
  const out = new Float64Array(input.agents.length);
  for (let i = 0; i < out.length; i++) {
    const n = input.agents[i] ?? 0;
    if (!isNonNegative(n)) requireNonNegative(`agents[${i}]`, n);
    out[i] = n * perAgent;
  }
  return out;
}

export interface BacklogInput {
  startMs: number;
  stepMs: number;
  /** Tickets arriving in each step (spread evenly over the step). */
  arrivals: Float64Array;
  /** Tickets the staff can clear in each step, e.g. from effectiveCapacity. */
  capacity: Float64Array;
  /** Tickets already waiting at startMs. */
  initialBacklog?: number;
  /** The SLA's clock for waitMinutes; calendar minutes when omitted. */
  elapsed?: ElapsedMinutes | WaitClock;
}

export interface WaitCase {
  arrivalMs: number;
  /** Infinity when the horizon ends before the ticket is answered. */
  answeredMs: number;
  waitMs: number;
  /** The same wait in the SLA's clock. */
  waitMinutes: number;
}

export interface BacklogResult {
  /** Tickets waiting at the end of each step, carried into the next. */
  backlogAtStepEnd: Float64Array;
  peakBacklog: number;
  peakBacklogAtMs: number;
  /** Steps that ended with tickets still waiting. */
  carriedOverSteps: number;
  /** Longest calendar wait of a ticket arriving in each step; 0 if none arrive, Infinity if unanswered. */
  worstWaitMsByStep: Float64Array;
  /** Longest wait per step in the SLA's clock. */
  worstWaitMinutesByStep: Float64Array;
  /** The ticket with the longest calendar wait, null when nothing arrives. */
  worstByCalendar: WaitCase | null;
  /** The ticket with the longest wait in the SLA's clock. */
  worstByClock: WaitCase | null;
  /** False when some ticket is still waiting at the end of the horizon. */
  answeredWithinHorizon: boolean;
}

// Fractions of a ticket below this are rounding dust, not backlog.
const DUST = 1e-9;

/**
 * Cumulative capacity at step edges, and for each edge the first edge of the zero-capacity
 * plateau it sits on (to find "first τ with S(τ) ≥ L").
 */
function cumulativeCapacity(arrivals: Float64Array, capacity: Float64Array): { cum: Float64Array; plateauStart: Int32Array } {
  const n = arrivals.length;
  const cum = new Float64Array(n + 1);
  const plateauStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const a = arrivals[i]!;
    const c = capacity[i]!;
    if (!isNonNegative(a)) requireNonNegative(`arrivals[${i}]`, a);
    if (!isNonNegative(c)) requireNonNegative(`capacity[${i}]`, c);
    cum[i + 1] = cum[i]! + c;
    // Compare sums, not c > 0: a tiny c can vanish in the sum, and cum is what the search sees.
    plateauStart[i + 1] = cum[i + 1]! > cum[i]! ? i + 1 : plateauStart[i]!;
  }
  return { cum, plateauStart };
}

/** When tickets are answered: the first instant cumulative capacity passes a level. Levels only rise, so the search only moves on. */
class CapacityCurve {
  /** The smallest edge with cum[k] above the current level. */
  private k = 1;
  private readonly n: number;

  constructor(
    private readonly cum: Float64Array,
    private readonly plateauStart: Int32Array,
    private readonly startMs: number,
    private readonly stepMs: number,
  ) {
    this.n = cum.length - 1;
  }

  edgeMs(k: number): number {
    return this.startMs + k * this.stepMs;
  }

  /** First τ with S(τ) > L: when a ticket at level L is answered (it needs capacity after the work ahead). */
  answerStrict(level: number): number {
    const { cum, n } = this;
    while (this.k > 1 && cum[this.k - 1]! > level) this.k--; // rounding may nudge a level down a hair
    while (this.k <= n && cum[this.k]! <= level) this.k++;
    const k = this.k;
    // τ from edge k − 1 with cum[k−1] ≤ L < cum[k].
    return k > n ? Infinity : this.edgeMs(k - 1) + ((level - cum[k - 1]!) / (cum[k]! - cum[k - 1]!)) * this.stepMs;
  }

  /** First τ with S(τ) ≥ L: the limit for tickets arriving just before a step's end. */
  answerReaching(level: number): number {
    const strict = this.answerStrict(level);
    return this.cum[this.k - 1] === level ? this.edgeMs(this.plateauStart[this.k - 1]!) : strict;
  }

  /** The next edge of cumulative capacity below `level`, where the wait's slope changes; undefined past it. */
  edgeBelow(level: number): number | undefined {
    return this.k <= this.n && this.cum[this.k]! < level ? this.cum[this.k]! : undefined;
  }
}

/** The longest waits: per step, and the tickets with the longest calendar and clock waits. */
class WorstWaits {
  readonly msByStep: Float64Array;
  readonly minutesByStep: Float64Array;
  byCalendar: WaitCase | null = null;
  byClock: WaitCase | null = null;

  constructor(
    steps: number,
    private readonly clock: WaitClock,
  ) {
    this.msByStep = new Float64Array(steps);
    this.minutesByStep = new Float64Array(steps);
  }

  consider(i: number, arrivalMs: number, answeredMs: number): void {
    const waitMs = answeredMs - arrivalMs;
    if (waitMs === 0 && this.byCalendar !== null) return; // answered on arrival: nothing to update
    const waitMinutes = waitMs === 0 ? 0 : Number.isFinite(answeredMs) ? this.clock.minutes(arrivalMs, answeredMs) : Infinity;
    if (waitMs > this.msByStep[i]!) this.msByStep[i] = waitMs;
    if (waitMinutes > this.minutesByStep[i]!) this.minutesByStep[i] = waitMinutes;
    // Allocate only for a new worst: this runs at every breakpoint of the horizon.
    const calendarWorse = this.byCalendar === null || waitMs > this.byCalendar.waitMs;
    const clockWorse = this.byClock === null || waitMinutes > this.byClock.waitMinutes;
    if (!calendarWorse && !clockWorse) return;
    const candidate = { arrivalMs, answeredMs, waitMs, waitMinutes };
    if (calendarWorse) this.byCalendar = candidate;
    if (clockWorse) this.byClock = candidate;
  }
}

/**
 * The waits of tickets arriving in step i with q waiting at its start. While Q > 0 the level
 * L(x) = cum[i] + q + a·x rises through the step; once Q reaches 0 (capacity outruns arrivals)
 * tickets are answered on arrival. The wait is linear between the points where L crosses an
 * edge of cumulative capacity, so those points and the step's ends are all there is to check.
 */
function stepWaits(i: number, a: number, c: number, q: number, cumAtStart: number, curve: CapacityCurve, worst: WorstWaits, stepMs: number): void {
  if (!(a > 0)) return;
  const x0 = c > a ? Math.min(1, q / (c - a)) : 1;
  const start = curve.edgeMs(i);
  if (x0 === 0) {
    worst.consider(i, start, start);
    return;
  }
  const base = cumAtStart + q;
  const levelEnd = base + a * x0;
  worst.consider(i, start, curve.answerStrict(base));
  for (let level = curve.edgeBelow(levelEnd); level !== undefined; level = curve.edgeBelow(levelEnd)) {
    worst.consider(i, start + ((level - base) / a) * stepMs, curve.answerStrict(level));
  }
  if (x0 === 1) worst.consider(i, curve.edgeMs(i + 1), Math.max(curve.edgeMs(i + 1), curve.answerReaching(levelEnd)));
}

/**
 * Backlog and first-response waits of a FIFO fluid queue. A ticket arriving at
 * s with Q(s) tickets ahead is answered when the capacity flowing after s adds
 * up to Q(s): equivalently the first τ where cumulative capacity exceeds
 * queue(0) + cumulative arrivals up to s (plus capacity that idled before s,
 * which cannot be banked). A ticket needs capacity strictly after its arrival,
 * so one arriving at closing time waits for the next opening. The last ticket
 * of a backlog B₀ at opening waits B₀ × AHT ÷ N_eff of business time.
 *
 * waitMinutes is exact when the SLA clock's own breakpoints (opening and
 * closing times) fall on step edges; otherwise it is exact at step edges and
 * may be off by less than one step in between.
 */
export function backlogOverTime(input: BacklogInput): BacklogResult {
  const { startMs, stepMs, arrivals, capacity } = input;
  const n = arrivals.length;
  requireFinite('startMs', startMs);
  requirePositive('stepMs', stepMs);
  if (capacity.length !== n) throw new RangeError(`capacity has ${capacity.length} steps but arrivals has ${n}`);
  const q0 = input.initialBacklog ?? 0;
  requireNonNegative('initialBacklog', q0);
  const worst = new WorstWaits(n, waitClock(input.elapsed));
  const { cum, plateauStart } = cumulativeCapacity(arrivals, capacity);
  const curve = new CapacityCurve(cum, plateauStart, startMs, stepMs);
  const backlogAtStepEnd = new Float64Array(n);
  let peakBacklog = q0;
  let peakBacklogAtMs = startMs;
  let carriedOverSteps = 0;
  let q = q0;
  for (let i = 0; i < n; i++) {
    const a = arrivals[i]!;
    const c = capacity[i]!;
    stepWaits(i, a, c, q, cum[i]!, curve, worst, stepMs);
    q = q + a - c;
    if (q < DUST) q = 0;
    backlogAtStepEnd[i] = q;
    if (q > 0) carriedOverSteps++;
    if (q > peakBacklog) {
      peakBacklog = q;
      peakBacklogAtMs = curve.edgeMs(i + 1);
    }
  }
  return {
    backlogAtStepEnd, peakBacklog, peakBacklogAtMs, carriedOverSteps,
    worstWaitMsByStep: worst.msByStep, worstWaitMinutesByStep: worst.minutesByStep, worstByCalendar: worst.byCalendar, worstByClock: worst.byClock,
    answeredWithinHorizon: q === 0,
  };
}
