/**
 * Shapes shared by the JSON artifacts. Each artifact's zod shape is the single source of its
 * TypeScript type and of its published JSON Schema (schemas/*.schema.json, see artifact-schemas.ts);
 * every field has a title, a description and an example (see artifact-fields.ts).
 */
import { z } from 'zod';
import { SCHEMA_BASE } from '../schema/json-schema.js';
import { described } from './artifact-fields.js';

/** Bumped when a JSON artifact changes incompatibly. */
export const ARTIFACT_FORMAT_VERSION = 1;

const POLICY_HASH_EXAMPLE = 'sha256:a4d303261582f24022cd05c5d37845592a4856733889839f99697fad3f4171cc';

export const PolicyHash = described(
  z.string().regex(/^sha256:[0-9a-f]{64}$/),
  'Policy hash',
  'Which version of the policies this was generated from: "sha256:" and the hex sha256 over the policy files sorted by path, each contributing its path, a newline, its byte length, a newline, its bytes and a newline. The Markdown, HTML and SVG files carry the same hash in their first comment.',
  POLICY_HASH_EXAMPLE,
);

export function schemaUrl(file: string): string {
  return `${SCHEMA_BASE}${file}`;
}

/** The fields every JSON artifact starts with; an artifact changed incompatibly on its own carries its own version. */
export function envelope<V extends number = typeof ARTIFACT_FORMAT_VERSION>(file: string, version: V = ARTIFACT_FORMAT_VERSION as V) {
  return {
    $schema: described(z.literal(schemaUrl(file)), 'Schema', `The URL of this JSON Schema; the same file is schemas/${file} in the supportops package.`, schemaUrl(file)),
    formatVersion: described(z.literal(version), 'Format version', `The artifact format, ${version}. Bumped when a JSON artifact changes incompatibly.`, version as never),
    policyHash: PolicyHash,
  };
}

/** The values of those fields. */
export function header<V extends number = typeof ARTIFACT_FORMAT_VERSION>(file: string, policyHash: string, version: V = ARTIFACT_FORMAT_VERSION as V): { $schema: string; formatVersion: V; policyHash: string } {
  return { $schema: schemaUrl(file), formatVersion: version, policyHash };
}

export const ClockKindShape = z.enum(['business', 'calendar']);

/** A response-time target: `{ text: "90% within 4h", share: 0.9, seconds: 14400, words: "4 business hours" }`. */
export const TargetWordsShape = z.strictObject({
  text: described(z.string(), 'Target as written', 'The target as written in the policy: "90% within 4h", or a bare duration such as "15m", which every ticket must meet.', '90% within 4h'),
  share: described(z.number().min(0).max(1), 'Share', 'Share of tickets that must meet the time limit, 0–1 (0.9 is 90%); 1 for a bare duration.', 0.9),
  seconds: described(z.number().min(0), 'Seconds', 'The time limit in seconds of the tier\'s clock: business seconds on a business clock (only open hours count), calendar seconds otherwise.', 14400),
  words: described(z.string(), 'In words', 'The time limit alone in words, saying which clock it counts: "4 business hours" on a business clock ("3 business days" from a full working day up, rounded up), "4 hours" in calendar time. Show it with its share (customer sentences do).', '4 business hours'),
});

/** A duration: `{ text: "1d", seconds: 86400, words: "3 business days" }` on a 10-hour business day. */
export const DurationShape = z.strictObject({
  text: described(z.string(), 'Duration as written', 'The duration as written in the policy, e.g. "1d" or "8h".', '1d'),
  seconds: described(z.number().min(0), 'Seconds', 'The duration in seconds of its clock. On a business clock "1d" is 24 business hours (86400), never a calendar day.', 86400),
  words: described(z.string(), 'In words', 'The duration in words, saying which clock it counts: on a business clock hours below a full working day, business days (rounded up) from it on ("1d" on a 10-hour day is "3 business days"); "1 day" in calendar time.', '3 business days'),
});

const target = (text: string, share: number, seconds: number, words: string) => ({ text, share, seconds, words });

/** One SLA tier with its targets in words, as routing-guide.json and the disclosures list them (most urgent first). */
export const TierShape = z.strictObject({
  name: described(z.string(), 'Tier name', 'The tier\'s name in its SLA policy: an id for agents and tools, such as "high".', 'high'),
  priority: described(z.number().int(), 'Priority', 'Urgency rank: 1 is the most urgent. Tiers are listed by it, then by name.', 2),
  description: described(z.string(), 'Description', 'Which tickets belong in the tier, as written in the policy.', 'A customer is blocked, or money is involved.'),
  acknowledge: described(TargetWordsShape.nullable(), 'Acknowledge', 'Time to confirm receipt to the customer; null when the tier sets none.', target('1h', 1, 3600, '1 business hour')),
  firstResponse: described(TargetWordsShape, 'First response', 'Time to the first human reply, with the share of tickets that must meet it.', target('90% within 4h', 0.9, 14400, '4 business hours')),
  nextResponse: described(TargetWordsShape.nullable(), 'Next response', 'Time to each later reply while the ticket is open; null when the tier sets none.', target('90% within 8h', 0.9, 28800, '8 business hours')),
  resolution: described(
    z.strictObject({
      median: described(DurationShape, 'Median', 'Half of the tickets are resolved within this time.', { text: '1d', seconds: 86400, words: '3 business days' }),
      p90: described(DurationShape, '90th percentile', '90% of the tickets are resolved within this time.', { text: '3d', seconds: 259200, words: '8 business days' }),
    }).nullable(),
    'Resolution',
    'Time to resolve, as a median and a 90th percentile; null when the tier sets none.',
  ),
});

/** How an SLA policy's times are counted: `{ kind, schedule, timeZone, hours }`. */
export const ClockShape = z.strictObject({
  kind: described(ClockKindShape, 'Clock kind', 'business: the response times count only the open hours of `schedule`; calendar: they count every hour (24/7).', 'business'),
  schedule: described(z.string().nullable(), 'Schedule', 'The schedule a business clock counts, by name; null for calendar time.', 'support-hours'),
  timeZone: described(z.string().nullable(), 'Time zone', 'The schedule\'s IANA time zone; null for calendar time, and when the schedule is missing or its zone is not valid.', 'Europe/London'),
  hours: described(
    z.string(),
    'Hours in words',
    'The hours the clock counts, in words: "Monday–Friday 08:00–18:00 London time", or "around the clock, every day" for calendar time ("business hours (not defined)" without a usable schedule, "no open hours" when it has none).',
    'Monday–Friday 08:00–18:00 London time',
  ),
});

/** A reference to another channel: `{ channel, displayName }`. */
export const ChannelRefShape = z.strictObject({
  channel: described(z.string(), 'Channel', 'The channel\'s name, as the policies and the other artifacts use it.', 'urgent-line'),
  displayName: described(z.string(), 'Display name', 'The name customers see: the channel\'s displayName, or its name when it has none (or is not defined).', 'Urgent line'),
});

export type TargetWordsJson = z.infer<typeof TargetWordsShape>;
export type TierJson = z.infer<typeof TierShape>;
export type ClockJson = z.infer<typeof ClockShape>;
