/**
 * Staffed headcount per team and hour of the week, on real dates: each team's weekly hours are
 * expanded by the time engine for a representative week, and each hour counts the headcount
 * times the share of that hour the schedule is open, in the team's own zone (`hours`) and on
 * the report's one reference clock, UTC (`hoursUtc`, what the heatmap draws).
 */
import type { Model } from '../../model/model.js';
import { DAY_MS, HOUR_MS, weekdayOf } from '../../time/civil.js';
import { businessMsBetween, compileSchedule, InvalidScheduleError, type CompiledSchedule } from '../../time/index.js';
import { getZone, isValidTimeZone } from '../../time/zone.js';
import { dateWords, dayNumber, formatDay } from '../words/dates.js';
import { teamHoursUtc, weekStartMs } from './channel-hours.js';
import type { FeasibilityReport, TeamHours } from './shape.js';

const round = (n: number) => Math.round(n * 1000) / 1000;
/** How many weeks ahead to look for one without holidays, overrides or clock changes. */
const SEARCH_WEEKS = 53;

function compiled(model: Model, name: string): { schedule: CompiledSchedule; timeZone: string } | undefined {
  const entity = model.find('Schedule', name);
  if (!entity) return undefined;
  try {
    return { schedule: compileSchedule(entity.spec), timeZone: entity.spec.timeZone };
  } catch (error) {
    if (error instanceof InvalidScheduleError) return undefined; // its own rule reports it
    throw error;
  }
}

/** Whether nothing unusual happens to any team's schedule in the week starting on this Monday. */
function isQuiet(model: Model, monday: number): boolean {
  // The UTC week reaches into the local dates either side of it (Sunday in Singapore, Monday in New York).
  const dates = new Set(Array.from({ length: 9 }, (_, i) => formatDay(monday - 1 + i)));
  for (const team of model.teams) {
    const schedule = model.find('Schedule', team.spec.schedule);
    if (!schedule || !isValidTimeZone(schedule.spec.timeZone)) continue;
    if ([...(schedule.spec.holidays ?? []), ...(schedule.spec.overrides ?? [])].some((d) => dates.has(d.date))) return false;
    const zone = getZone(schedule.spec.timeZone);
    if (zone.transitionsBetween(monday * DAY_MS - DAY_MS, (monday + 8) * DAY_MS).length > 0) return false;
  }
  return true;
}

/** The first Monday-to-Sunday week from asOf with no holidays, date overrides or clock changes for any team. */
export function representativeWeek(model: Model, asOf: string): FeasibilityReport['week'] {
  const start = dayNumber(asOf);
  const firstMonday = start + ((7 - weekdayOf(start)) % 7);
  const found = Array.from({ length: SEARCH_WEEKS }, (_, i) => firstMonday + 7 * i).find((m) => isQuiet(model, m));
  const monday = found ?? firstMonday;
  const reason = found !== undefined
    ? 'the first full week on or after --as-of with no holidays, date overrides or clock changes in any team\'s schedule'
    : 'the first full week on or after --as-of (every week in the next year has a holiday, override or clock change)';
  return { from: formatDay(monday), to: formatDay(monday + 6), reason: `${dateWords(formatDay(monday), true)} to ${dateWords(formatDay(monday + 6), true)}: ${reason}` };
}

export function teamHours(model: Model, week: FeasibilityReport['week']): TeamHours[] {
  const monday = dayNumber(week.from);
  const start = weekStartMs(week);
  return model.teams.flatMap((team) => {
    const clock = compiled(model, team.spec.schedule);
    if (!clock) return [];
    const zone = getZone(clock.timeZone);
    const hours = Array.from({ length: 168 }, (_, k) => {
      const local = monday * DAY_MS + k * HOUR_MS;
      const a = zone.fromLocalMs(local);
      const b = zone.fromLocalMs(local + HOUR_MS);
      return round((team.spec.headcount * businessMsBetween(clock.schedule, a, b)) / HOUR_MS);
    });
    return [{
      team: team.name, schedule: team.spec.schedule, timeZone: clock.timeZone, headcount: team.spec.headcount,
      staffedHours: round(hours.reduce((s, h) => s + h, 0)), hours, hoursUtc: teamHoursUtc(team.spec.headcount, clock.schedule, start),
    }];
  });
}
