/** Compiled clocks for the model: an SLA policy's business hours, a team's shifts, or calendar time. */
import type { Entity, Model } from '../model/model.js';
import { CALENDAR_CLOCK, compileSchedule, InvalidScheduleError, type CompiledSchedule } from '../time/index.js';

export class Clocks {
  private readonly compiled = new Map<string, CompiledSchedule>();

  constructor(private readonly model: Model) {}

  /** A schedule by name; undefined when it is not defined (a reference rule reports that). */
  schedule(name: string | undefined): CompiledSchedule | undefined {
    if (name === undefined) return undefined;
    let clock = this.compiled.get(name);
    if (!clock) {
      const entity = this.model.find('Schedule', name);
      if (!entity) return undefined;
      try {
        clock = compileSchedule(entity.spec);
      } catch (error) {
        // An unknown zone or impossible date: its own rule reports it; coverage skips the schedule.
        if (error instanceof InvalidScheduleError) return undefined;
        throw error;
      }
      this.compiled.set(name, clock);
    }
    return clock;
  }

  /** The clock an SLA policy's targets count: calendar time, or its schedule's open hours. */
  sla(policy: Entity<'SlaPolicy'>): CompiledSchedule | undefined {
    return policy.spec.clock === 'calendar' ? CALENDAR_CLOCK : this.schedule(policy.spec.schedule);
  }

  /** Calendar time, or the open hours of a named schedule. */
  calendarOr(schedule: string | undefined): CompiledSchedule | undefined {
    return schedule === undefined ? CALENDAR_CLOCK : this.schedule(schedule);
  }
}

/** How a clock reads in messages. */
export function clockWords(schedule: string | undefined): string {
  return schedule === undefined ? 'calendar time (24/7)' : `business hours of '${schedule}'`;
}
