/**
 * disclosures/<channel>.json (schemas/disclosures.schema.json): what a contact form or widget
 * shows before the customer writes, as ready-made sentences plus the data behind them.
 * disclosures/index.json (schemas/disclosure-index.schema.json) lists them.
 */
import { z } from 'zod';
import { ClockShape, envelope, TierShape } from '../shapes.js';

export const DISCLOSURE_SCHEMA = 'disclosures.schema.json';
export const DISCLOSURE_INDEX_SCHEMA = 'disclosure-index.schema.json';

const Period = z.strictObject({ from: z.string(), to: z.string() });

const ZoneHours = z.strictObject({
  timeZone: z.string(),
  label: z.string().meta({ description: 'The zone in words, e.g. "New York time (Eastern Time)".' }),
  text: z.string().meta({ description: 'The hours in that zone in one sentence, with the dates on which they differ.' }),
  variants: z.array(z.strictObject({ hours: z.string(), periods: z.array(Period) })).meta({ description: 'The hours for most of the window first, then the others with the dates they apply to (clock changes).' }),
});

const DatedHours = z.strictObject({
  date: z.string(),
  name: z.string(),
  hours: z.string().meta({ description: '"closed", or the hours that day in the schedule\'s zone.' }),
  text: z.string(),
});

export const DisclosureShape = z
  .strictObject({
    ...envelope(DISCLOSURE_SCHEMA),
    channel: z.string(),
    displayName: z.string(),
    mode: z.enum(['sync', 'async']),
    medium: z.string(),
    looksLive: z.boolean(),
    notLive: z.boolean().meta({ description: 'An asynchronous channel that looks live: `notice` must be shown first, before anything else.' }),
    title: z.string().meta({ description: 'Heading; for a channel that looks live but is not, it already says so.' }),
    notice: z.string().nullable().meta({ description: 'For a channel that looks live but is answered later: that it is not live and when to expect a reply. Show it first.' }),
    urgent: z
      .strictObject({ channel: z.string(), displayName: z.string(), location: z.string(), url: z.string().nullable(), text: z.string() })
      .nullable()
      .meta({ description: 'Where to go instead for urgent cases: a synchronous channel.' }),
    clock: ClockShape.nullable(),
    tiers: z.array(TierShape.extend({ title: z.string(), sentence: z.string() })).meta({ description: 'Most urgent first; `sentence` states the promise in plain words.' }),
    hours: z.string().nullable().meta({ description: 'The hours the response times count, in the schedule\'s zone.' }),
    customerTimeZones: z.array(ZoneHours),
    holidays: z.array(DatedHours).meta({ description: 'Closed dates in the window.' }),
    specialHours: z.array(DatedHours).meta({ description: 'Dates in the window with different hours.' }),
    window: z.strictObject({ from: z.string(), to: z.string() }).meta({ description: 'The dates holidays and clock changes are listed for: 12 months from --as-of.' }),
  })
  .meta({ title: 'supportops channel disclosure', description: 'The response times and hours of one channel, for its entry point (contact form, widget, help centre).' });

export const DisclosureIndexShape = z
  .strictObject({
    ...envelope(DISCLOSURE_INDEX_SCHEMA),
    channels: z.array(
      z.strictObject({
        channel: z.string(),
        displayName: z.string(),
        title: z.string(),
        notLive: z.boolean(),
        files: z.strictObject({ markdown: z.string(), html: z.string(), json: z.string() }),
      }),
    ),
  })
  .meta({ title: 'supportops disclosure index', description: 'Every channel\'s disclosure files.' });

export type Disclosure = z.infer<typeof DisclosureShape>;
export type DisclosureIndex = z.infer<typeof DisclosureIndexShape>;
export type DisclosureTier = Disclosure['tiers'][number];
