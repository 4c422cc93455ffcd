/**
 * disclosures/<channel>.json (schemas/disclosures.schema.json): what a contact form or widget
 * shows before the customer writes, as ready-made sentences plus the data behind them.
 * disclosures/index.json (schemas/disclosure-index.schema.json) lists them.
 */
import { PAUSABLE_METRICS } from '../../schema/kinds/channels.js';
import { z } from 'zod';
import { described, text } from '../artifact-fields.js';
import { ClockShape, envelope, TierShape } from '../shared-shapes.js';

export const DISCLOSURE_SCHEMA = 'disclosures.schema.json';
export const DISCLOSURE_INDEX_SCHEMA = 'disclosure-index.schema.json';

const NEW_YORK = 'New York time (Eastern Time)';

const Upcoming = z.strictObject({
  from: text('From', 'The date the change takes effect, YYYY-MM-DD.', '2027-01-04'),
  text: text('Text', 'What customers are told from that date, opening with the date.', 'From 4 January 2027: Monday–Friday 08:00–20:00 London time. Response times count only these hours.'),
});

const Period = z.strictObject({
  from: text('From', 'The first date the hours apply, YYYY-MM-DD.', '2027-03-14'),
  to: text('To', 'The last date they apply (included), YYYY-MM-DD.', '2027-03-27'),
});

const ZoneVariant = z.strictObject({
  hours: text('Hours', 'The weekly hours in that zone, in words, without the zone\'s name.', 'Monday–Friday 04:00–14:00'),
  periods: described(z.array(Period), 'Periods', 'The dates these hours hold on, as ranges in date order.', [{ from: '2027-03-14', to: '2027-03-27' }, { from: '2027-10-31', to: '2027-11-06' }]),
});

const ZoneHours = z.strictObject({
  timeZone: text('Time zone', 'The customer time zone (IANA).', 'America/New_York'),
  label: text('Zone in words', 'The zone named by its city, with its generic name when that says more: "New York time (Eastern Time)", "Singapore time".', NEW_YORK),
  text: text(
    'In words',
    'The hours in that zone in one sentence: those that hold for most of the window, then every other variant with its dates (clock changes).',
    `${NEW_YORK}: Monday–Friday 03:00–13:00, except Monday–Friday 04:00–14:00 from 14 to 27 March 2027 and from 31 October to 6 November 2027`,
  ),
  variants: described(
    z.array(ZoneVariant),
    'Variants',
    'Each distinct set of weekly hours in that zone over the window, the one for most days first, then the others, each with the dates it holds on.',
    [
      { hours: 'Monday–Friday 03:00–13:00', periods: [{ from: '2026-11-23', to: '2027-03-13' }, { from: '2027-03-28', to: '2027-10-30' }, { from: '2027-11-07', to: '2027-11-22' }] },
      { hours: 'Monday–Friday 04:00–14:00', periods: [{ from: '2027-03-14', to: '2027-03-27' }, { from: '2027-10-31', to: '2027-11-06' }] },
    ],
  ),
});

const Holiday = z.strictObject({
  date: text('Date', 'The closed date, YYYY-MM-DD (in the schedule\'s zone).', '2026-12-25'),
  name: text('Name', 'The holiday\'s name, as written in the schedule.', 'Christmas Day'),
  hours: text('Hours', 'Always "closed".', 'closed'),
  text: text('In words', 'The holiday and its date in words, ready to show.', 'Christmas Day, Friday 25 December 2026'),
});

const SpecialHours = z.strictObject({
  date: text('Date', 'The date, YYYY-MM-DD (in the schedule\'s zone).', '2026-12-24'),
  name: text('Name', 'The date override\'s name, as written in the schedule; "Different hours" when it has none.', 'Christmas Eve'),
  hours: text('Hours', 'The hours that day in the schedule\'s zone, with the zone\'s name; "closed" when the override opens no hours.', '08:00–13:00 London time'),
  text: text(
    'In words',
    'The date, then its hours in the schedule\'s zone and in each customer time zone, ready to show.',
    `Christmas Eve, Thursday 24 December 2026: 08:00–13:00 London time; 03:00–08:00 ${NEW_YORK}; 16:00–21:00 Singapore time`,
  ),
  customerTimeZones: described(
    z.array(z.strictObject({
      timeZone: text('Time zone', 'The customer time zone (IANA).', 'America/New_York'),
      label: text('Zone in words', 'The zone named as in the channel\'s customerTimeZones.', NEW_YORK),
      hours: text('Hours', 'The hours converted on that date (with its offset), without the zone\'s name; hours that land on another date there name it ("20:00–21:00 on Wednesday 23 December 2026").', '03:00–08:00'),
    })),
    'Customer time zones',
    'The same hours in each of the channel\'s customer time zones, converted on that date; empty when closed.',
  ),
});

const Urgent = z.strictObject({
  channel: text('Channel', 'The urgent path\'s channel name.', 'urgent-line'),
  displayName: text('Display name', 'The name customers see for it: its displayName, or its name.', 'Urgent line'),
  location: text('Location', 'Where to reach it: its entry point\'s location as written in the policy (never its internal note); empty when that channel is not defined.', '+44 20 7946 0000'),
  url: described(z.string().nullable(), 'URL', 'Its entry point\'s address, when the policy gives one; null otherwise.', null),
  text: text(
    'In words',
    'The sentence to show: where to go for urgent cases, when that channel is answered and how fast.',
    'For urgent cases, use Urgent line: +44 20 7946 0000. It is answered around the clock, every day: 80% of calls within 1 minute.',
  ),
});

const Tier = TierShape.extend({
  title: text('Tier title', 'The tier\'s name for people: "live-call" reads "Live call".', 'High'),
  sentence: text(
    'Sentence',
    'The tier\'s description, then its promise in plain words with the hours it counts.',
    'A customer is blocked, or money is involved. We confirm receipt within 1 business hour and reply to 90% of requests within 4 business hours, Monday–Friday 08:00–18:00 London time.',
  ),
});

const PausedMetric = z.enum(PAUSABLE_METRICS);

const NOTICE = 'This is not a live chat: a person reads your message and replies later. We reply to 90% of requests within 1 business hour to 3 business days depending on urgency, Monday–Friday 08:00–18:00 London time.';

export const DisclosureShape = z
  .strictObject({
    ...envelope(DISCLOSURE_SCHEMA),
    locale: described(
      z.string().optional(),
      'Locale',
      'The language every sentence of this disclosure is in, as listed in the channel\'s `locales`. Present only when the channel lists `locales`; a disclosure without it is in English (en).',
      'de',
    ),
    channel: text('Channel', 'The channel\'s name; the file is disclosures/<channel>.json, or disclosures/<channel>.<locale>.json for a language other than en.', 'messenger'),
    displayName: text('Display name', 'How customers see the channel named, in the disclosure\'s language: its displayName (or its translation), or its name when it has none.', 'In-app messenger'),
    mode: described(z.enum(['sync', 'async']), 'Mode', 'sync: the customer waits on the line for an answer; async: replies come later.', 'async'),
    medium: text('Medium', 'The kind of channel: email, web-form, chat, messaging, phone, social, community or video.', 'messaging'),
    looksLive: described(z.boolean(), 'Looks live', 'Whether the interface looks live to customers (chat bubble, typing indicator) even if replies come later.', true),
    notLive: described(z.boolean(), 'Not live', 'True for an asynchronous channel that looks live (mode async, looksLive true): show `notice` first, before anything else.', true),
    title: text('Title', 'The heading: "<display name>: response times", or for a channel that looks live but is not, a heading that says so.', 'In-app messenger is not live: we reply to 90% of requests within 1 business hour to 3 business days'),
    notice: described(
      z.string().nullable(),
      'Not-live notice',
      'For a channel that looks live but is answered later: that it is not live and when to expect a reply. Show it first. Null for every other channel.',
      NOTICE,
    ),
    urgent: described(Urgent.nullable(), 'Urgent path', 'Where to go instead for urgent cases (the channel\'s urgentPath, a synchronous channel); null when it has none.'),
    clock: described(ClockShape.nullable(), 'Clock', 'How the response times are counted; null when the channel has no SLA policy.'),
    promiseWording: described(
      z.enum(['share', 'hedged']).nullable(),
      'Promise wording',
      'How the sentences word a target met by less than 100% of tickets, from the SLA policy\'s promiseWording: share ("90% of requests") or hedged ("usually", only for more than half of tickets). Null without an SLA policy. No sentence promises a shorter time or a larger share than its target (docs/customer-text.md).',
      'share',
    ),
    tiers: described(z.array(Tier), 'Tiers', 'The SLA policy\'s tiers, most urgent first, each with a title and a sentence; empty without an SLA policy.'),
    pausedWhileWaiting: described(
      z.strictObject({
        pending: described(z.array(PausedMetric), 'Pending', 'The published clocks that stop while the ticket waits for the customer\'s reply, in the order first response, next response, resolution.', ['resolution']),
        onHold: described(z.array(PausedMetric), 'On hold', 'The published clocks that stop while the ticket waits on someone outside the team.', []),
      }),
      'Paused while waiting',
      'From the SLA policy\'s pausedWhile: the clocks with a published target that stop while the ticket waits. Empty lists when every clock runs.',
      { pending: ['resolution'], onHold: [] },
    ),
    pauses: described(
      z.string().nullable(),
      'Pauses',
      'The sentence that says which times stop while the ticket waits; show it with the response times. Null when no published clock stops (docs/paused-clocks.md).',
      'Time spent waiting for your reply doesn\'t count towards our resolution time.',
    ),
    hours: described(
      z.string().nullable(),
      'Hours',
      'The hours the response times count, in the schedule\'s zone (as `clock.hours`); null without an SLA policy.',
      'Monday–Friday 08:00–18:00 London time',
    ),
    customerTimeZones: described(
      z.array(ZoneHours),
      'Customer time zones',
      'The hours in each of the channel\'s customerTimeZones, in the order written, leaving out the schedule\'s own zone; empty for calendar time or without a usable schedule.',
    ),
    holidays: described(z.array(Holiday), 'Holidays', 'The schedule\'s closed dates in the window, by date.'),
    specialHours: described(z.array(SpecialHours), 'Special hours', 'Dates in the window with different hours (the schedule\'s date overrides that are not holidays), by date.'),
    upcoming: described(
      z.array(Upcoming),
      'Upcoming changes',
      'Changes already decided that take effect in the window (dated revisions of the policies), by date: each new sentence, opening with its date. Empty when nothing changes.',
      [{ from: '2027-01-04', text: 'From 4 January 2027: Monday–Friday 08:00–20:00 London time. Response times count only these hours.' }],
    ),
    window: described(
      z.strictObject({
        from: text('From', 'The --as-of date the build used, YYYY-MM-DD.', '2026-11-23'),
        to: text('To', 'The last date listed (included): 364 days after `from`.', '2027-11-22'),
      }),
      'Window',
      'The dates holidays, special hours and clock changes are listed for: the 12 months (365 days) from --as-of.',
    ),
  })
  .meta({ title: 'supportops channel disclosure', description: 'The response times and hours of one channel, for its entry point (contact form, widget, help centre).' });

const IndexEntry = z.strictObject({
  channel: text('Channel', 'The channel\'s name.', 'messenger'),
  locale: described(z.string().optional(), 'Locale', 'The disclosure\'s language, for a channel that lists `locales` (one entry per language); absent for a channel that does not (English).', 'de'),
  displayName: text('Display name', 'How customers see the channel named.', 'In-app messenger'),
  title: text('Title', 'The disclosure\'s heading (its `title`).', 'In-app messenger is not live: we reply to 90% of requests within 1 business hour to 3 business days'),
  notLive: described(z.boolean(), 'Not live', 'True for an asynchronous channel that looks live: its disclosure opens with the not-live notice.', true),
  files: described(
    z.strictObject({
      markdown: text('Markdown', 'The Markdown page, relative to disclosures/.', 'messenger.md'),
      html: text('HTML', 'The self-contained HTML snippet, relative to disclosures/.', 'messenger.html'),
      json: text('JSON', 'The JSON disclosure (disclosures.schema.json), relative to disclosures/.', 'messenger.json'),
    }),
    'Files',
    'The channel\'s disclosure files.',
  ),
});

export const DisclosureIndexShape = z
  .strictObject({
    ...envelope(DISCLOSURE_INDEX_SCHEMA),
    channels: described(z.array(IndexEntry), 'Channels', 'Every channel\'s disclosure, by channel name, then each of its languages in the order its `locales` lists them.'),
  })
  .meta({ title: 'supportops disclosure index', description: 'Every channel\'s disclosure files.' });

export type Disclosure = z.infer<typeof DisclosureShape>;
export type DisclosureIndex = z.infer<typeof DisclosureIndexShape>;
export type DisclosureTier = Disclosure['tiers'][number];
