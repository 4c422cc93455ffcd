/**
 * The shifts of each team on real dates, across dated revisions (docs/effective-dates.md): each
 * stretch of time takes the team and schedule in force then, so coverage and capacity see the
 * real hours on both sides of a change, and a gap or a backlog that spans it is measured whole.
 */
import type { Model } from '../model/model.js';
import { HOUR_MS } from '../time/civil.js';
import { businessMsBetween, openIntervalsMs, unionIntervals, type CompiledSchedule } from '../time/index.js';
import { hoursIn } from './demand.js';
import type { Horizon } from './horizon.js';
import type { Clocks } from './model-clocks.js';

/** One version of the policies and the instants it is in force, [fromMs, toMs). */
export interface ShiftPiece {
  fromMs: number;
  toMs: number;
  model: Model;
  clocks: Clocks;
}

export class TeamShifts {
  /** People on shift per hour, by team and span: several channels share a team. */
  private readonly hours = new Map<string, Float64Array>();

  /** `pieces` in time order; the first holds from the start of time and the last on for ever. */
  constructor(private readonly pieces: readonly ShiftPiece[]) {}

  /** Each piece's part of [from, to), with the team of that name in force then (none where it is not). */
  private *parts(team: string, from: number, to: number): Generator<{ from: number; to: number; headcount: number; open: Float64Array }> {
    const last = this.pieces.length - 1;
    for (const [i, piece] of this.pieces.entries()) {
      const a = Math.max(from, i === 0 ? -Infinity : piece.fromMs);
      const b = Math.min(to, i === last ? Infinity : piece.toMs);
      const entity = b > a ? piece.model.find('Team', team) : undefined;
      const clock = entity && piece.clocks.schedule(entity.spec.schedule);
      if (entity && clock) yield { from: a, to: b, headcount: entity.spec.headcount, open: openIntervalsMs(clock, a, b) };
    }
  }

  /** The team's open intervals over [from, to), merged across revisions. */
  open(team: string, from: number, to: number): Float64Array {
    return unionIntervals([...this.parts(team, from, to)].map((p) => p.open));
  }

  /**
   * Open time of schedule `name` over [from, to), each stretch counted on the revision in force
   * then (`fallback` where none is): a promise's clock across a dated change.
   */
  businessMs(name: string, from: number, to: number, fallback: CompiledSchedule): number {
    const last = this.pieces.length - 1;
    let total = 0;
    for (const [i, piece] of this.pieces.entries()) {
      const a = Math.max(from, i === 0 ? -Infinity : piece.fromMs);
      const b = Math.min(to, i === last ? Infinity : piece.toMs);
      if (b > a) total += businessMsBetween(piece.clocks.schedule(name) ?? fallback, a, b);
    }
    return total;
  }

  /** People on shift in each hour of the span (fractions where a shift starts mid-hour), each hour with the headcount in force then. */
  onShift(team: string, span: Horizon): Float64Array {
    const key = `${team}\u0000${span.fromMs}\u0000${span.toMs}`;
    let hours = this.hours.get(key);
    if (!hours) {
      hours = this.computeOnShift(team, span);
      this.hours.set(key, hours);
    }
    return hours;
  }

  private computeOnShift(team: string, span: Horizon): Float64Array {
    const hours = new Float64Array(hoursIn(span));
    for (const part of this.parts(team, span.fromMs, span.toMs)) {
      const open = part.open;
      for (let i = 0; i < open.length; i += 2) {
        const start = open[i]!;
        const end = open[i + 1]!;
        for (let h = Math.floor((start - span.fromMs) / HOUR_MS); h * HOUR_MS + span.fromMs < end && h < hours.length; h++) {
          const from = Math.max(start, span.fromMs + h * HOUR_MS);
          const to = Math.min(end, span.fromMs + (h + 1) * HOUR_MS);
          hours[h]! += ((to - from) / HOUR_MS) * part.headcount;
        }
      }
    }
    return hours;
  }
}
