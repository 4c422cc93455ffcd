// How long a wait lasts in an SLA's clock. The time engine supplies business
// clocks; the capacity engine needs only this function shape, or a ClockIndex:
// a business clock read in constant time, cumulative open time at every step
// edge of a span, so "open minutes between a and b" is two table reads instead
// of a calendar search. The simulation asks this for every ticket milestone
// (hundreds of thousands of times per channel), the backlog at every breakpoint.

import { requireFinite, requirePositive } from './input-guards.js';

/** Minutes between two instants in the SLA's clock (business or calendar). */
export type ElapsedMinutes = (startMs: number, endMs: number) => number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;

/** The 24/7 clock: plain elapsed calendar minutes. */
export const calendarMinutes: ElapsedMinutes = (startMs, endMs) => (endMs - startMs) / MS_PER_MINUTE;

const CLOSED = 0;
const OPEN = 1;
const PARTIAL = 2;

/** Something that measures waits in an SLA clock; the simulation calls it per milestone. */
export interface WaitClock {
  minutes(startMs: number, endMs: number): number;
}

/**
 * A WaitClock that can also measure through a typed array: `measure(span)` puts the minutes
 * between span[0] and span[1] into span[2]. The simulation's hot loop calls this: a double
 * passed to or returned from a call the compiler does not inline is boxed, an allocation per
 * ticket, and whether a call is inlined is the compiler's choice.
 */
export interface SpanClock extends WaitClock {
  measure(span: Float64Array): void;
}

/** Plain elapsed calendar minutes. */
class CalendarClock implements SpanClock {
  minutes(startMs: number, endMs: number): number {
    return (endMs - startMs) / MS_PER_MINUTE;
  }

  measure(span: Float64Array): void {
    span[2] = (span[1]! - span[0]!) / MS_PER_MINUTE;
  }
}

/** Any ElapsedMinutes function, or a caller's own WaitClock, as a SpanClock. */
class FunctionClock implements SpanClock {
  constructor(private readonly fn: ElapsedMinutes) {}
  minutes(startMs: number, endMs: number): number {
    return this.fn(startMs, endMs);
  }

  measure(span: Float64Array): void {
    span[2] = this.fn(span[0]!, span[1]!);
  }
}

/** The clock callers gave, as a SpanClock: calendar minutes when none, a wrapper for a function or a foreign clock. */
export function waitClock(elapsed: ElapsedMinutes | WaitClock | undefined): SpanClock {
  if (elapsed === undefined) return new CalendarClock();
  if (typeof elapsed === 'function') return new FunctionClock(elapsed);
  return 'measure' in elapsed ? (elapsed as SpanClock) : new FunctionClock((a, b) => elapsed.minutes(a, b));
}

/**
 * Indexes merged, sorted, half-open open intervals `[s0, e0, s1, e1, …]` (as the
 * time engine's openIntervalsMs returns them) over [fromMs, toMs). Steps wholly
 * open or closed answer with one addition; a step an interval edge falls in
 * scans the few intervals it touches. Outside the span it asks `outside`.
 */
export class ClockIndex implements SpanClock {
  readonly steps: number;
  /** Open ms in [fromMs, fromMs + k·stepMs), for k = 0 … steps. */
  readonly openBeforeStep: Float64Array;
  // Step starts as floats: `fromMs + k * stepMs` would overflow V8's small integers and deoptimise.
  private readonly stepStart: Float64Array;
  private readonly kind: Uint8Array;
  /** First interval that may touch each partial step. */
  private readonly firstInterval: Int32Array;

  constructor(
    private readonly open: ArrayLike<number>,
    readonly fromMs: number,
    readonly toMs: number,
    private readonly outside: ElapsedMinutes,
    readonly stepMs = MS_PER_HOUR,
  ) {
    requireFinite('fromMs', fromMs);
    requireFinite('toMs', toMs);
    requirePositive('stepMs', stepMs);
    const steps = (this.steps = Math.max(0, Math.ceil((toMs - fromMs) / stepMs)));
    this.openBeforeStep = new Float64Array(steps + 1);
    this.stepStart = new Float64Array(steps + 1);
    this.kind = new Uint8Array(steps);
    this.firstInterval = new Int32Array(steps);
    let i = 0;
    const pairs = open.length;
    for (let k = 0; k <= steps; k++) this.stepStart[k] = fromMs + k * stepMs;
    for (let k = 0; k < steps; k++) {
      const lo = this.stepStart[k]!;
      const hi = Math.min(this.stepStart[k + 1]!, toMs);
      while (i < pairs && open[i + 1]! <= lo) i += 2;
      this.firstInterval[k] = i;
      let sum = 0;
      for (let j = i; j < pairs && open[j]! < hi; j += 2) sum += Math.min(open[j + 1]!, hi) - Math.max(open[j]!, lo);
      this.openBeforeStep[k + 1] = this.openBeforeStep[k]! + sum;
      this.kind[k] = sum === 0 ? CLOSED : sum === hi - lo ? OPEN : PARTIAL;
    }
  }

  /** Open ms in [fromMs, t): exact for t in [fromMs, toMs]; clamped outside. */
  openMsAt(t: number): number {
    if (!(t > this.fromMs)) return 0;
    if (t >= this.toMs) return this.openBeforeStep[this.steps]!;
    const k = Math.floor((t - this.fromMs) / this.stepMs);
    const base = this.openBeforeStep[k]!;
    const type = this.kind[k]!;
    if (type === CLOSED) return base;
    const lo = this.stepStart[k]!;
    if (type === OPEN) return base + (t - lo);
    const open = this.open;
    let sum = base;
    for (let j = this.firstInterval[k]!; j < open.length && open[j]! < t; j += 2) sum += Math.min(open[j + 1]!, t) - Math.max(open[j]!, lo);
    return sum;
  }

  /** Open minutes in [a, b). */
  minutes(a: number, b: number): number {
    if (!(b > a)) return 0;
    if (a < this.fromMs || b > this.toMs) return this.outside(a, b);
    return (this.openMsAt(b) - this.openMsAt(a)) / MS_PER_MINUTE;
  }

  /** Open minutes in [span[0], span[1]) into span[2]. */
  measure(span: Float64Array): void {
    const a = span[0]!;
    const b = span[1]!;
    if (!(b > a)) span[2] = 0;
    else if (a < this.fromMs || b > this.toMs) span[2] = this.outside(a, b);
    else span[2] = (this.openMsAt(b) - this.openMsAt(a)) / MS_PER_MINUTE;
  }
}

/** Indexes open intervals over [fromMs, toMs); see ClockIndex. */
export function indexClock(open: ArrayLike<number>, fromMs: number, toMs: number, outside: ElapsedMinutes, stepMs = MS_PER_HOUR): ClockIndex {
  return new ClockIndex(open, fromMs, toMs, outside, stepMs);
}
