/**
 * Staffed headcount per team and hour of the week, on real dates: each team's weekly hours are
 * expanded by the time engine for a representative week, and each hour counts the headcount
 * times the share of that hour the schedule is open, in the team's own zone (`hours`) and on
 * the report's one reference clock, UTC (`hoursUtc`, what the heatmap draws).
 */
import type { Clocks } from '../../feasibility/clocks.js';
import type { Model } from '../../model/model.js';
import { DAY_MS, HOUR_MS, weekdayOf } from '../../time/civil.js';
import { businessMsBetween } from '../../time/index.js';
import { getZone, isValidTimeZone } from '../../time/zone.js';
import { dateWords, dayNumber, formatDay } from '../words/dates.js';
import { round } from './numbers.js';
import { HOURS_PER_WEEK } from './shape-hours.js';
import type { FeasibilityReport, TeamHours } from './shape.js';

/** How many weeks ahead to look for one without holidays, overrides or clock changes. */
const SEARCH_WEEKS = 53;

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

/** Teams whose schedule is missing or cannot be compiled are left out (their own rules report why). */
export function teamHours(model: Model, week: FeasibilityReport['week'], clocks: Clocks): TeamHours[] {
  // Monday 00:00 of the week: as a wall-clock reading in each team's zone, and as a UTC instant.
  const monday = dayNumber(week.from) * DAY_MS;
  return model.teams.flatMap((team) => {
    const clock = clocks.schedule(team.spec.schedule);
    if (!clock) return [];
    const zone = getZone(clock.timeZone);
    const staffed = (a: number, b: number) => round((team.spec.headcount * businessMsBetween(clock, a, b)) / HOUR_MS);
    const byHour = (from: (k: number) => number) => Array.from({ length: HOURS_PER_WEEK }, (_, k) => staffed(from(k), from(k + 1)));
    const hours = byHour((k) => zone.fromLocalMs(monday + k * HOUR_MS));
    return [{
      team: team.name, schedule: team.spec.schedule, timeZone: clock.timeZone, headcount: team.spec.headcount,
      staffedHours: round(hours.reduce((s, h) => s + h, 0)), hours, hoursUtc: byHour((k) => monday + k * HOUR_MS),
    }];
  });
}
