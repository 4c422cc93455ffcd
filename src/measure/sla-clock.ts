/**
 * A policy's SLA clock for measured tickets, on the project's time engine: elapsed time counts
 * only the clock's open time (business hours exact across DST and holidays, or calendar time),
 * less the spans the ticket was paused; a deadline is the instant that time reaches a target.
 */
import { dayOfLocalMs, formatDay } from '../time/civil.js';
import { addBusinessMs, businessMsBetween, compileSchedule, type CompiledSchedule } from '../time/index.js';
import { getZone, type Zone } from '../time/zone.js';
import type { Pause } from '../history/ticket-record.js';
import type { ClockView } from './measure-view.js';

export class SlaClock {
  readonly compiled: CompiledSchedule;
  private readonly zone: Zone | undefined;

  constructor(view: ClockView) {
    this.compiled = compileSchedule(view.schedule);
    this.zone = view.timeZone === 'UTC' ? undefined : getZone(view.timeZone);
  }

  /** Open ms of the clock in [fromMs, toMs), less the open ms inside pauses (a pause still running ends at toMs). */
  elapsedMs(fromMs: number, toMs: number, pauses: readonly Pause[] = []): number {
    let ms = businessMsBetween(this.compiled, fromMs, toMs);
    for (const p of pauses) {
      const a = Math.max(p.fromMs, fromMs);
      const b = Math.min(p.toMs ?? toMs, toMs);
      if (b > a) ms -= businessMsBetween(this.compiled, a, b);
    }
    return ms;
  }

  /** The instant the clock, run from `fromMs` and stopped in pauses, reaches `targetMs`. */
  deadline(fromMs: number, targetMs: number, pauses: readonly Pause[] = []): number {
    let start = fromMs;
    let left = targetMs;
    for (const p of pauses) {
      const end = p.toMs ?? Infinity;
      if (end <= start) continue;
      const before = businessMsBetween(this.compiled, start, Math.max(start, p.fromMs));
      if (before >= left) break;
      left -= before;
      if (end === Infinity) return Infinity;
      start = end;
    }
    try {
      return addBusinessMs(this.compiled, start, left);
    } catch {
      return Infinity; // a schedule with no open time left: the deadline never comes
    }
  }

  private local(ms: number): number {
    return this.zone ? this.zone.toLocalMs(ms) : ms;
  }

  /** YYYY-MM-DD in the clock's zone. */
  localDate(ms: number): string {
    return formatDay(dayOfLocalMs(this.local(ms)));
  }

}
