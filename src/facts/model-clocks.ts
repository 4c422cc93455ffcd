/** Compiled clocks for the model: an SLA policy's business hours, a team's shifts, or calendar time. */
import type { Entity, Model } from '../model/model.js';
import { CALENDAR_CLOCK, compileSchedule, InvalidScheduleError, type CompiledSchedule } from '../time/index.js';

/** Compiled schedules by revision (null: it does not compile), shared by the versions of one run. */
export type CompiledSchedules = Map<Entity<'Schedule'>, CompiledSchedule | null>;

export class Clocks {
  /** `compiled` may be shared with the clocks of other versions of the same policies: a revision is compiled once. */
  constructor(
    private readonly model: Model,
    private readonly compiled: CompiledSchedules = new Map(),
  ) {}

  /** A schedule by name; undefined when it is not defined (a reference rule reports that). */
  schedule(name: string | undefined): CompiledSchedule | undefined {
    const entity = name === undefined ? undefined : this.model.find('Schedule', name);
    if (!entity) return undefined;
    let clock = this.compiled.get(entity);
    if (clock === undefined) {
      try {
        clock = compileSchedule(entity.spec);
      } catch (error) {
        // An unknown zone or impossible date: its own rule reports it; coverage skips the schedule.
        if (!(error instanceof InvalidScheduleError)) throw error;
        clock = null;
      }
      this.compiled.set(entity, clock);
    }
    return clock ?? undefined;
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
