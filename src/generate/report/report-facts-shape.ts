/**
 * The parts of report/feasibility.json that come from the feasibility facts (coverage,
 * capacity, simulation): each is null in the report unless its facts were given. Numbers are
 * rounded to 3 decimals; a value with no bound (nobody is ever on shift) is null.
 */
import { z } from 'zod';
import { described, flag, maybe, num, text } from '../artifact-fields.js';

/** A follow-the-sun gap: a week in March when the US has changed its clocks and Europe has not. */
const GAP_DATES = ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25'];

const Period = z.strictObject({
  from: text('From', 'The first date of the range, YYYY-MM-DD (UTC).', '2027-03-15'),
  to: text('To', 'The last date of the range (included), YYYY-MM-DD (UTC).', '2027-03-25'),
});

const Gap = z.strictObject({
  startUtc: text('Start (UTC)', 'When each stretch starts, HH:MM UTC.', '22:00'),
  endUtc: text('End (UTC)', 'When it ends, HH:MM UTC: on a later day for a stretch past midnight or over a weekend.', '01:00'),
  minutes: num('Minutes', 'How long each stretch lasts, in calendar minutes.', 180),
  count: num('Occurrences', 'How many times the stretch occurs: one per date in `dates`.', 8),
  weekSpan: text(
    'When in the week',
    'Where in the week the stretch falls, UTC, in words: "Monday–Thursday 22:00–01:00 (next day)", or "Friday 23:00 to Monday 01:00" for a weekend.',
    'Monday–Thursday 22:00–01:00 (next day)',
  ),
  dates: described(z.array(z.string()), 'Dates', 'The UTC dates each stretch starts on, YYYY-MM-DD, sorted: all of them.', GAP_DATES),
  dateRanges: described(
    z.array(Period),
    'Date ranges',
    'The same dates compacted, in order: a range holds every date in it that falls on one of the weekdays the stretch occurs on ("15 to 25 March" under a Monday–Thursday gap is every Monday to Thursday in it).',
  ),
});

const Target = z.strictObject({
  label: text('Label', 'The tier name, or "escalation window" for an escalation trigger.', 'urgent'),
  minutes: num('Minutes', 'The first-response target (or the escalation window) in minutes of the promise\'s clock.', 60),
  met: flag('Met', 'Whether coverage allows it: the worst wait is not longer, and the worst stretch is not open-ended (nobody coming back before the end of what was computed).', false),
});

export const Coverage = z.strictObject({
  subject: described(z.enum(['channel', 'escalation']), 'Subject', 'channel: a channel and its first responders; escalation: an escalation trigger and the teams holding its role.', 'channel'),
  name: text('Name', 'The channel or escalation trigger\'s name.', 'email'),
  until: described(z.string().nullable(), 'Until', 'When a dated change falls inside the horizon: the first date these figures no longer cover (they are of the version in force on --as-of, up to the day before); null when they cover the whole horizon.', null),
  clock: described(z.string().nullable(), 'Clock', 'The promise\'s clock: the schedule whose open hours it counts, or null for calendar time (24/7).', 'weekdays-utc'),
  teams: described(
    z.array(z.string()),
    'Teams',
    'The teams whose shifts together make the coverage, by name: a channel\'s first responders, or the teams holding an escalation\'s role.',
    ['team-berlin', 'team-new-york', 'team-singapore'],
  ),
  worstWaitMinutes: num(
    'Worst wait (minutes)',
    'The longest a ticket arriving while nobody is on shift waits for someone, in minutes of the promise\'s clock (business minutes on a business clock); 0 when someone is always on shift while the clock runs.',
    180,
  ),
  met: flag('Met', 'Whether every target is met.', false),
  targets: described(z.array(Target), 'Targets', 'Each tier\'s first-response target (for an escalation trigger, its window), and whether coverage allows it.', [
    { label: 'urgent', minutes: 60, met: false },
    { label: 'high', minutes: 240, met: true },
  ]),
  gaps: described(
    z.array(Gap),
    'Gaps',
    'The stretches with nobody on shift, grouped by their UTC start, end and length, longest first; all of them (the Markdown lists at most 8). Empty when there are none.',
  ),
});

export const Capacity = z.strictObject({
  channel: text('Channel', 'The channel\'s name.', 'email'),
  until: described(z.string().nullable(), 'Until', 'When a dated change falls inside the horizon: the first date these figures no longer cover (they are of the version in force on --as-of, up to the day before); null when they cover the whole horizon.', null),
  mode: described(z.enum(['sync', 'async']), 'Mode', 'async: a backlog drained first in, first out (backlogPeak, worstWaitMinutes); sync: Erlang C hour by hour (shortHours, openHours).', 'async'),
  clock: described(z.string().nullable(), 'Clock', 'The SLA policy\'s clock: the schedule whose open hours it counts, or null for calendar time (24/7).', 'support-hours'),
  demandPerDay: num('Demand per day', 'Average tickets arriving per calendar day over the horizon.', 200),
  capacityPerDay: num(
    'Capacity per day',
    'Average tickets per calendar day the first-response teams can clear for this channel on their real shifts (their share of their time); 0 when nobody is ever on shift.',
    279.046,
  ),
  utilization: maybe('Utilization', 'demandPerDay ÷ capacityPerDay: above 1 the backlog grows without end; null when nobody is ever on shift.', 0.717),
  agentsRequired: maybe('Agents required', 'People needed to clear the demand at the same productivity and shifts, rounded up; null when nobody is ever on shift.', 8),
  agentsStaffed: num('Agents staffed', 'The people there are: each first-response team\'s headcount weighted by the channel\'s share of its time.', 10.435),
  backlogPeak: maybe('Backlog peak', 'Async: the most tickets waiting at once over the horizon; null on sync channels.', 446.194),
  worstWaitMinutes: maybe(
    'Worst wait (minutes)',
    'Async: the longest first-in-first-out wait for a first response, in minutes of the SLA\'s clock; null on sync channels, and when tickets are still waiting at the end.',
    660.407,
  ),
  shortHours: maybe('Short hours', 'Sync: open hours with fewer people on shift than Erlang C requires for the first-response target; null on async channels.', null),
  openHours: maybe('Open hours', 'Sync: hours of the horizon in which the SLA clock is open and contacts arrive; null on async channels.', null),
});

export const Simulation = z.strictObject({
  channel: text('Channel', 'The channel\'s name.', 'whatsapp'),
  until: described(z.string().nullable(), 'Until', 'When a dated change falls inside the horizon: the first date these figures no longer cover (they are of the version in force on --as-of, up to the day before); null when they cover the whole horizon.', null),
  tier: text('Tier', 'The SLA tier\'s name.', 'urgent'),
  tickets: num('Tickets', 'Tickets of the tier measured, all replications together.', 6587),
  targetMinutes: num('Target (minutes)', 'The tier\'s first-response time limit, in minutes of the SLA\'s clock.', 60),
  targetShare: num('Target share', 'The share of tickets that must meet it, 0–1.', 0.9),
  attainment: maybe('Attainment', 'Predicted share of tickets with a first response within the target, 0–1: the mean over the replications; null when it could not be measured.', 0.959),
  attainmentLow: maybe('Attainment, low', 'The low end of the 95% interval around `attainment`, 0–1; null when it could not be measured.', 0.945),
  attainmentHigh: maybe('Attainment, high', 'The high end of the 95% interval around `attainment`, 0–1; null when it could not be measured.', 0.974),
  p50Minutes: num('First response p50 (minutes)', 'Half of the tickets get a first response within this many minutes of the SLA\'s clock.', 9),
  p90Minutes: num('First response p90 (minutes)', '90% of the tickets get a first response within this many minutes of the SLA\'s clock.', 37.067),
  p95Minutes: num('First response p95 (minutes)', '95% of the tickets get a first response within this many minutes of the SLA\'s clock.', 54.667),
});

export type GapJson = z.infer<typeof Gap>;
