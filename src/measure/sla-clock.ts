/**
 * A policy's SLA clock for measured tickets, on the project's time engine: elapsed time counts
 * only the clock's open time (business hours exact across DST and holidays, or calendar time),
 * less the spans the ticket waited in a status the policy stops that clock in; a deadline is the instant that time reaches a target.
 */
import { dayOfLocalMs, formatDay } from '../time/civil.js';
import { addBusinessMs, businessMsBetween, compileSchedule, type CompiledSchedule } from '../time/index.js';
import { getZone, type Zone } from '../time/zone.js';
import type { Pause, WaitingStatus } from '../history/ticket-record.js';
import type { ClockView } from './measure-view.js';

export class SlaClock {
  readonly compiled: CompiledSchedule;
  private readonly zone: Zone | undefined;

  constructor(view: ClockView) {
    this.compiled = compileSchedule(view.schedule);
    this.zone = view.timeZone === 'UTC' ? undefined : getZone(view.timeZone);
  }

  /** Open ms of the clock in [fromMs, toMs), less the open ms inside the pauses in a status of `stoppedIn` (a pause still running ends at toMs). */
  elapsedMs(fromMs: number, toMs: number, pauses: readonly Pause[] = [], stoppedIn: readonly WaitingStatus[] = []): number {
    let ms = businessMsBetween(this.compiled, fromMs, toMs);
    if (stoppedIn.length === 0) return ms;
    for (const p of pauses) {
      if (!stoppedIn.includes(p.status)) continue;
      const a = Math.max(p.fromMs, fromMs);
      const b = Math.min(p.toMs ?? toMs, toMs);
      if (b > a) ms -= businessMsBetween(this.compiled, a, b);
    }
    return ms;
  }

  /** The instant the clock, run from `fromMs` and stopped in the pauses in a status of `stoppedIn`, reaches `targetMs`. */
  deadline(fromMs: number, targetMs: number, pauses: readonly Pause[] = [], stoppedIn: readonly WaitingStatus[] = []): number {
    let start = fromMs;
    let left = targetMs;
    for (const p of pauses) {
      if (!stoppedIn.includes(p.status)) continue;
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
