/**
 * The report's view of the representative week (computed by the facts stage, in
 * src/facts/week-staffing.ts): the week in words, each team's staffed headcount per hour, and the
 * heatmap's staffed-against-demand rows per channel, all rounded to 3 decimals.
 */
import { staffingWeek, type StaffingWeekDates, HOURS_PER_WEEK } from '../../facts/week-staffing.js';
import type { Model } from '../../model/model.js';
import { dateWords } from '../words/date-words.js';
import { round } from './report-numbers.js';
import type { FeasibilityReport, TeamHours } from './report-shape.js';

function weekWords(week: StaffingWeekDates): FeasibilityReport['week'] {
  const reason = week.quiet
    ? 'the first full week on or after --as-of with no holidays, date overrides or clock changes in any team\'s schedule'
    : 'the first full week on or after --as-of (every week in the next year has a holiday, override or clock change)';
  return { from: week.from, to: week.to, reason: `${dateWords(week.from, true)} to ${dateWords(week.to, true)}: ${reason}` };
}

export function weekView(model: Model, asOf: string): Pick<FeasibilityReport, 'week' | 'teams' | 'heatmap'> {
  const facts = staffingWeek(model, asOf);
  const teams: TeamHours[] = facts.teams.map((t) => {
    const hours = t.hours.map(round);
    return { team: t.team, schedule: t.schedule, timeZone: t.timeZone, headcount: t.headcount, staffedHours: round(hours.reduce((s, h) => s + h, 0)), hours, hoursUtc: t.hoursUtc.map(round) };
  });
  // First responders on shift per UTC hour: the sum of their (rounded) team rows, as the heatmap draws them.
  const utc = new Map(teams.map((t) => [t.team, t.hoursUtc]));
  const staffed = (responders: string[]) => Array.from({ length: HOURS_PER_WEEK }, (_, k) => round(responders.reduce((sum, team) => sum + (utc.get(team)?.[k] ?? 0), 0)));
  return {
    week: weekWords(facts.week),
    teams,
    heatmap: {
      timeZone: 'UTC',
      from: new Date(facts.fromMs).toISOString(),
      to: new Date(facts.toMs).toISOString(),
      channels: facts.channels.map((c) => ({
        channel: c.channel, promiseClock: c.promiseClock, demand: c.demand ? c.demand.map(round) : null, firstResponders: c.firstResponders, teams: c.teams,
        staffed: staffed(c.firstResponders), uncoveredMinutes: c.uncoveredMinutes.map(round),
      })),
      otherTeams: facts.otherTeams,
    },
  };
}
