/** Sanity problems of a schedule over the year from --as-of, computed once per schedule and date for every rule that asks. */
import { addDays } from '../values/calendar-dates.js';
import type { Entity } from '../model/model.js';
import { scheduleProblems, type ScheduleProblem } from '../time/index.js';

const cache = new WeakMap<Entity<'Schedule'>, { asOf: string; problems: ScheduleProblem[] }>();

export function problemsOf(schedule: Entity<'Schedule'>, asOf: string): ScheduleProblem[] {
  const hit = cache.get(schedule);
  if (hit?.asOf === asOf) return hit.problems;
  const problems = scheduleProblems(schedule.spec, asOf, addDays(asOf, 365));
  cache.set(schedule, { asOf, problems });
  return problems;
}
