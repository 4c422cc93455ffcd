import { z } from 'zod';
import { field, jsonSchemaOnly } from '../field.js';
import { Duration, Locale, MAX_LOCALES, Name, Percent, PositivePercent, ref, Target, text, TimeZone, WEEKDAYS } from '../primitives.js';
import { WAITING_STATUSES } from '../../values/waiting-statuses.js';

/** What `d` means in a target, said wherever a target is written. */
export const CLOCK_DAY = '`d` is 24 hours of the policy\'s clock: on a business clock 1d is 24 business hours (2.4 working days of a 10-hour schedule), not one business day; customer text says what it means in business days.';

/** A documented ceiling: far beyond any real channel, and it keeps absurd typos (1e9) from stalling the check. */
const MAX_TICKETS_PER_DAY = 1_000_000;
/** Arrival weights are relative; a cap keeps sums finite. */
const MAX_WEIGHT = 1_000;

export const MEDIA = ['email', 'web-form', 'chat', 'messaging', 'phone', 'social', 'community', 'video'] as const;

const HourWeights = jsonSchemaOnly(z.array(z.number().min(0).max(MAX_WEIGHT)).length(24), {
  contains: { description: 'all 24 hour weights are 0, so nothing would ever arrive. Give at least one hour a weight above 0, or leave the list out for a flat day.', type: 'number', exclusiveMinimum: 0 },
});
const WEEKEND_EVENING = [1, 1, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 7, 6, 4, 2];

const Profile = z.strictObject({
  timeZone: field(TimeZone, 'Time zone', 'The zone the arrival profile\'s hours and days are written in.', 'Europe/London'),
  days: field(
    jsonSchemaOnly(z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, field(z.number().min(0).max(MAX_WEIGHT), `${d} weight`, `Relative volume on ${d} (0 to 1,000); 1 is a normal day, 0 means nothing arrives.`, 1).optional()]))), {
      // Every day at 0 means nothing ever arrives: a mistake, not a demand.
      not: { description: 'all seven day weights are 0, so nothing would ever arrive. Give at least one day a weight above 0 (days left out weigh 1).', required: [...WEEKDAYS], properties: Object.fromEntries(WEEKDAYS.map((d) => [d, { const: 0 }])) },
    }),
    'Day weights', 'Relative volume per weekday; days left out weigh 1. At least one day weighs more than 0.', { sat: 0.3, sun: 0.2 },
  ).optional(),
  hours: field(
    HourWeights,
    'Hour weights', 'Relative volume in each local hour 00–23 (24 numbers from 0 to 1,000, at least one above 0); left out means flat.', [1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 8, 7, 7, 7, 6, 5, 4, 3, 2, 2, 1, 1, 1],
  ).optional(),
  weekdayHours: field(
    z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, field(HourWeights, `${d} hour weights`, `Relative volume in each local hour of ${d} (24 numbers), instead of \`hours\`.`, WEEKEND_EVENING).optional()]))),
    'Hour weights by weekday', 'Hour weights for particular weekdays, instead of `hours` on those days, so the profile can follow the real hour of the week (a weekend that peaks in the evening). Day weights still scale each day.', { sat: WEEKEND_EVENING, sun: WEEKEND_EVENING },
  ).optional(),
});

const CustomerReplies = z.strictObject({
  share: field(PositivePercent, 'Share', 'Share of tickets whose first reply asks the customer for something (above 0%, at most 100%).', '40%'),
  meanWait: field(Duration, 'Mean wait', 'How long customers take to answer on average, in calendar time (exponentially distributed), at most 365d.', '4h'),
});

const Demand = z.strictObject({
  ticketsPerDay: field(z.number().min(0).max(MAX_TICKETS_PER_DAY), 'Tickets per day', 'Average number of new tickets or contacts per day on this channel, at most 1,000,000.', 240),
  tierMix: field(jsonSchemaOnly(z.record(Name, PositivePercent), { maxProperties: 9 }), 'Tier mix', 'Share of the volume in each SLA tier, by tier name; each share is above 0% (leave out a tier that gets nothing) and the shares add up to 100%.', { urgent: '5%', high: '20%', standard: '75%' }),
  profile: field(Profile, 'Arrival profile', 'When in the week the volume arrives.', { timeZone: 'Europe/London' }).optional(),
  growth: field(Percent, 'Yearly growth', 'Expected growth of the volume over the next year.', '15%').optional(),
  customerReplies: field(CustomerReplies, 'Customer replies', 'Async channels: how many first replies ask the customer for something, and how long customers take to answer. The ticket is pending while they do; the simulation pauses the resolution clock then if the SLA policy says pending pauses resolution (docs/paused-clocks.md). Sync channels ignore it.', { share: '40%', meanWait: '4h' }).optional(),
});

const EntryPoint = z.strictObject({
  location: field(text('short'), 'Location', 'Where customers start a conversation on this channel, as customers are told it (the disclosures and acknowledgements show it). Notes for the team go in `note`.', 'Help widget on app.example.com'),
  url: field(text('url'), 'URL', 'Address of the entry point, when it has one. Only an http(s) address becomes a link in customer text.', 'https://example.com/support').optional(),
  note: field(text('long'), 'Internal note', 'A note for the team about the entry point, such as where it is printed or configured. Internal: it is shown in the routing guide, never in customer text.', 'Printed on the status page and in the app\'s Help menu.').optional(),
  showsResponseTime: field(z.boolean(), 'Shows response time', 'Whether the entry point shows the expected response time and hours before the customer writes (the generated disclosure).', true),
});

const ChannelWords = z.strictObject({
  displayName: field(text('short'), 'Display name', 'The channel\'s name in this language. Required for every language the channel lists other than en (missing-translation).', 'E-Mail-Support').optional(),
  location: field(text('short'), 'Location', 'The entry point\'s location in this language, when it is words rather than an address; without it the location is shown as written.', 'Hilfe-Widget auf app.example.com').optional(),
  purpose: field(text('long'), 'Purpose', 'The purpose in this language. Needed only when an acknowledgement template in this language uses {{channel.purpose}}.', 'Alles, was nachverfolgt werden muss.').optional(),
});

export const ChannelSpec = z.strictObject({
  mode: field(z.enum(['sync', 'async']), 'Mode', 'sync: the customer waits on the line for an answer (phone, live chat). async: replies come later (email, forms, messaging).', 'async'),
  medium: field(z.enum(MEDIA), 'Medium', 'The kind of channel.', 'email'),
  displayName: field(text('short'), 'Display name', 'How customers see the channel named.', 'Email support').optional(),
  looksLive: field(z.boolean(), 'Looks live', 'Whether the interface looks live to customers (chat bubble, typing indicator, "connecting you to an agent") even if replies come later.', false),
  purpose: field(text('long'), 'Purpose', 'What this channel is for, in one sentence for agents and customers.', 'Anything that needs tracking: account, billing and product questions.'),
  allowedUses: field(z.array(text('short')).max(50), 'Allowed uses', 'What customers should use this channel for (at most 50).', ['Bug reports', 'Billing questions']),
  notFor: field(z.array(text('short')).max(50), 'Not for', 'What this channel must not be used for, with where to go instead (at most 50).', ['Outages: call the urgent line']).optional(),
  entryPoint: field(EntryPoint, 'Entry point', 'Where customers make contact, and whether it discloses response times.', { location: 'support@example.com', showsResponseTime: true }),
  slaPolicy: field(ref('SlaPolicy', 'The SLA policy that applies on this channel.', 'email-sla'), 'SLA policy', 'The SLA policy published for this channel.', 'email-sla').optional(),
  customerTimeZones: field(z.array(TimeZone).max(20), 'Customer time zones', 'Zones in which to state the hours in customer-facing disclosures (at most 20).', ['America/New_York', 'Asia/Singapore']).optional(),
  locales: field(
    z.array(Locale).min(1).max(MAX_LOCALES),
    'Locales',
    'The languages its disclosures are written in, each from supportops\'s message catalog for that language (docs/locales.md). Default [en]. Every language other than en needs the channel\'s words in `translations` and its SLA tiers\' in theirs; a missing one is a missing-translation finding and that language gets no file.',
    ['en', 'de'],
  ).optional(),
  translations: field(
    jsonSchemaOnly(z.record(Locale, ChannelWords), { maxProperties: MAX_LOCALES }),
    'Translations',
    'The channel\'s customer-facing words in other languages, by language tag. The policy\'s own fields are the English (en) words.',
    { de: { displayName: 'E-Mail-Support' } },
  ).optional(),
  urgentPath: field(ref('Channel', 'A synchronous channel for urgent cases.', 'phone'), 'Urgent path', 'The synchronous channel customers are pointed to for urgent cases.', 'phone').optional(),
  notice: field(Duration, 'Notice', 'How long ahead customers must be told of a worse promise on this channel (a slower target, fewer hours, a lost urgent path, the channel closing), such as 30d, at most 365d. change-notice checks every dated revision against it (docs/effective-dates.md).', '30d').optional(),
  demand: field(Demand, 'Demand', 'How much arrives on this channel and when.', { ticketsPerDay: 240, tierMix: { standard: '100%' } }).optional(),
});
export type ChannelSpec = z.infer<typeof ChannelSpec>;

const Resolution = z.strictObject({
  median: field(Duration, 'Median', `Half of tickets are resolved within this time, at most 365d. ${CLOCK_DAY}`, '1d'),
  p90: field(Duration, '90th percentile', `90% of tickets are resolved within this time, at most 365d. ${CLOCK_DAY}`, '3d'),
});

const Tier = z.strictObject({
  name: field(Name, 'Tier name', 'Name of the tier, used by tags, triggers and demand.', 'urgent'),
  priority: field(z.number().int().min(1).max(9), 'Priority', 'Urgency rank: 1 is the most urgent. A more urgent tier may never be slower than a less urgent one.', 1),
  description: field(text('long'), 'Description', 'Which tickets belong in this tier, in plain words (customers read it in the disclosure).', 'Outage, security issue or payment failure.'),
  acknowledge: field(Target, 'Acknowledge', `Time to confirm receipt to the customer, at most 365d. ${CLOCK_DAY}`, '15m').optional(),
  firstResponse: field(Target, 'First response', `Time to the first human reply, with the share of tickets that must meet it, at most 365d. ${CLOCK_DAY}`, '90% within 1h'),
  nextResponse: field(Target, 'Next response', `Time to each later reply while the ticket is open, at most 365d. ${CLOCK_DAY}`, '90% within 4h').optional(),
  resolution: field(Resolution, 'Resolution', 'Time to resolve, as a median and a 90th percentile.', { median: '8h', p90: '2d' }).optional(),
  translations: field(
    jsonSchemaOnly(
      z.record(Locale, z.strictObject({
        title: field(text('short'), 'Title', 'The tier\'s heading in this language (in English it is the name: "live-call" reads "Live call").', 'Dringend'),
        description: field(text('long'), 'Description', 'The description in this language.', 'Ausfall, Sicherheitsproblem oder fehlgeschlagene Zahlung.'),
      })),
      { maxProperties: MAX_LOCALES },
    ),
    'Translations',
    'The tier\'s title and description in each language a channel publishing this policy lists (Channel locales), by language tag.',
    { de: { title: 'Dringend', description: 'Ausfall, Sicherheitsproblem oder fehlgeschlagene Zahlung.' } },
  ).optional(),
});

/** The clocks a status can stop (the acknowledgement never does), in the order customer text lists them. */
export const PAUSABLE_METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type PausableMetric = (typeof PAUSABLE_METRICS)[number];
const PausingStatuses = z.array(z.enum(WAITING_STATUSES)).min(1).max(WAITING_STATUSES.length);

const PausedWhile = z.strictObject({
  firstResponse: field(PausingStatuses, 'First response', 'Statuses in which the first-response clock stops. Rarely right: before the first reply the customer is not waiting on themselves (pause-declarations warns).', ['on-hold']).optional(),
  nextResponse: field(PausingStatuses, 'Next response', 'Statuses in which the clock of each later reply stops.', ['pending']).optional(),
  resolution: field(PausingStatuses, 'Resolution', 'Statuses in which the resolution clock stops, as Zendesk\'s requester wait time stops while pending and Freshdesk\'s "SLA timer on hold" statuses do.', ['pending', 'on-hold']).optional(),
});

export const SlaPolicySpec = z.strictObject({
  clock: field(z.enum(['business', 'calendar']), 'Clock', 'business: targets count only the open hours of `schedule`. calendar: targets count every hour (24/7).', 'business'),
  schedule: field(ref('Schedule', 'The schedule whose hours the clock counts.', 'emea-hours'), 'Schedule', 'The business hours the clock counts when clock is business.', 'emea-hours').optional(),
  promiseWording: field(
    z.enum(['share', 'hedged']),
    'Promise wording',
    'How customer text words a target met by less than 100% of tickets (docs/customer-text.md). share (the default): state the share, "We reply to 90% of requests within 4 business hours". hedged: "We usually reply within 4 business hours", for targets met by more than half of tickets (others still state their share). A 100% target reads "within 4 business hours" either way; no wording ever promises a shorter time or a larger share than the target.',
    'share',
  ).optional(),
  pausedWhile: field(
    PausedWhile,
    'Paused while',
    'Which ticket statuses stop which clock: pending (waiting on the customer) and on-hold (waiting on a third party), per metric. Left out, every clock runs until its milestone. Measurement, the simulation and the disclosures all follow it (docs/paused-clocks.md).',
    { resolution: ['pending'] },
  ).optional(),
  tiers: field(z.array(Tier).min(1).max(9), 'Tiers', 'The response-time tiers, most urgent first (at most 9, one per priority).', [{ name: 'urgent', priority: 1, description: 'Outages', firstResponse: '90% within 1h' }]),
});
export type SlaPolicySpec = z.infer<typeof SlaPolicySpec>;
