/**
 * The model-only hour-by-hour parts of report/feasibility.json: staffed headcount per team and
 * hour of the week, and the heatmap's staffed-against-demand rows per channel, all on UTC.
 */
import { z } from 'zod';
import { HOURS_PER_WEEK } from '../../facts/week-staffing.js';
import { described, list, text } from '../artifact-fields.js';

/** 168 values, Monday 00:00 first: `value(day, hour)`, with day 0 for Monday. */
function week(value: (day: number, hour: number) => number): number[] {
  return Array.from({ length: HOURS_PER_WEEK }, (_, k) => value(Math.floor(k / 24), k % 24));
}

/** `people` on Monday to Friday from `from` to `to` (hours of the day), nobody otherwise. */
const weekdays = (from: number, to: number, people: number) => week((d, h) => (d < 5 && h >= from && h < to ? people : 0));

const hours = (title: string, description: string, example: number[]) => described(z.array(z.number()).length(HOURS_PER_WEEK), title, description, example);

export const Team = z.strictObject({
  team: text('Team', 'The team\'s name.', 'product-specialists'),
  schedule: text('Schedule', 'The schedule the team works, by name.', 'new-york-hours'),
  timeZone: text('Time zone', 'The schedule\'s IANA time zone: the zone of `hours`.', 'America/New_York'),
  headcount: described(z.number(), 'Headcount', 'People in the team (full-time equivalents), as the policy states.', 3),
  staffedHours: described(z.number(), 'Staffed hours', 'Person-hours on shift over the week: headcount × open hours.', 135),
  hours: hours(
    'Staffed by local hour',
    'Headcount on shift in each local hour of the week (168 numbers, Monday 00:00 local first); a partly open hour counts its open share (a 12:30 lunch break halves the 12:00 hour).',
    weekdays(9, 18, 3),
  ),
  hoursUtc: hours('Staffed by UTC hour', 'The same in each UTC hour of the week (168 numbers, Monday 00:00 UTC first): every team on one clock.', weekdays(14, 23, 3)),
});

/** Live chat, London: a 08:00–18:00 promise, four agents from 08:30, chats on weekdays only. */
const CHAT_DEMAND = [14.298, 17.872, 17.872, 17.872, 16.085, 17.872, 17.872, 17.872, 16.085, 14.298];

const ChannelHours = z.strictObject({
  channel: text('Channel', 'The channel\'s name.', 'live-chat'),
  promiseClock: described(
    z.string().nullable(),
    'Promise clock',
    'The clock its response times count: the SLA policy\'s schedule name, "calendar" (24/7), or null without an SLA policy (or a business clock without a schedule).',
    'support-hours',
  ),
  demand: described(
    z.array(z.number()).length(HOURS_PER_WEEK).nullable(),
    'Demand',
    'Tickets expected to arrive in each UTC hour of the week (168 numbers, Monday 00:00 UTC first), from the channel\'s demand and arrival profile; null when the channel states no demand.',
    week((d, h) => (d < 5 && h >= 8 && h < 18 ? CHAT_DEMAND[h - 8]! : 0)),
  ),
  firstResponders: list(
    'First responders',
    'The teams that take first replies, by name: the generalists (teams without a tag list), or every team answering the channel when there are none; teams with no headcount are left out. Coverage and capacity count the same teams.',
    ['live-chat-london'],
  ),
  teams: list('Teams', 'Every team that answers the channel, by name; specialists included.', ['live-chat-london']),
  staffed: hours('Staffed', 'First responders on shift in each UTC hour (168 numbers, Monday 00:00 UTC first), counting the open share of partly open hours.', week((d, h) => (d < 5 && h >= 8 && h < 18 ? (h === 8 ? 2 : 4) : 0))),
  uncoveredMinutes: hours(
    'Uncovered minutes',
    'Minutes of each UTC hour (168 numbers, 0–60, Monday 00:00 UTC first) in which nobody is on shift while the promise\'s clock runs: the wait customers see. All 0 without an SLA policy.',
    week((d, h) => (d < 5 && h === 8 ? 30 : 0)),
  ),
});

export const Heatmap = z.strictObject({
  timeZone: described(z.literal('UTC'), 'Time zone', 'The one clock every row is drawn on: always UTC, so teams in different zones line up where they really meet.', 'UTC'),
  from: text('From', 'Monday 00:00 UTC of the representative week, as an ISO instant.', '2026-11-30T00:00:00.000Z'),
  to: text('To', 'The end of that week (the next Monday 00:00 UTC, not included), as an ISO instant.', '2026-12-07T00:00:00.000Z'),
  channels: described(z.array(ChannelHours), 'Channels', 'One row group per channel that has a team answering it or states demand, by name.'),
  otherTeams: list('Other teams', 'Teams that answer no channel (reviewers, knowledge owners, escalation roles), by name.', ['knowledge-team', 'qa-team', 'support-leads']),
});

export type TeamHours = z.infer<typeof Team>;
export type ChannelHoursJson = z.infer<typeof ChannelHours>;
