/**
 * The small value types support leads write by hand. Each carries the friendly message
 * shown when a value does not match, keyed by its pattern (see validate.ts).
 */
import { z } from 'zod';

interface Primitive {
  pattern: RegExp;
  /** Completes "… must be …": shown instead of a raw regular expression. */
  expected: string;
}

export const NAME: Primitive = {
  pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  expected: 'a name in lowercase letters, digits and dashes, like "billing-specialists"',
};
export const DURATION: Primitive = {
  pattern: /^(?=\d)(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/,
  expected: 'a duration such as 15m, 4h, 1d or 1h30m (d = 24 hours of the clock, h = hours, m = minutes, s = seconds)',
};
export const TARGET: Primitive = {
  pattern: /^(?:(?:100|\d{1,2}(?:\.\d+)?)% within )?(?=\d)(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/,
  expected: 'a target such as "90% within 4h" or just "4h" (meaning 100% within 4h)',
};
export const PERCENT: Primitive = {
  pattern: /^(?:100|\d{1,2}(?:\.\d+)?)%$/,
  expected: 'a percentage from 0% to 100%, such as 85%',
};
export const TIME_RANGE: Primitive = {
  pattern: /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/,
  expected: 'hours written HH:MM-HH:MM on a 24-hour clock, such as 09:00-17:00, 22:00-06:00 (overnight) or 00:00-24:00',
};
export const DATE: Primitive = {
  pattern: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  expected: 'a date written YYYY-MM-DD, such as 2026-12-25',
};
export const TIME_ZONE: Primitive = {
  pattern: /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/,
  expected: 'an IANA time zone such as Europe/London, America/New_York or UTC',
};

export const PRIMITIVES = [NAME, DURATION, TARGET, PERCENT, TIME_RANGE, DATE, TIME_ZONE];

const str = (p: Primitive) => z.string().regex(p.pattern);

export const Name = str(NAME);
export const Duration = str(DURATION);
export const Target = str(TARGET);
export const Percent = str(PERCENT);
export const TimeRange = str(TIME_RANGE);
export const LocalDate = str(DATE);
export const TimeZone = str(TIME_ZONE);

/** A reference to a document of another kind, by its metadata.name. */
export const ref = (kind: string, description: string, example: string) =>
  Name.meta({ title: `${kind} name`, description, examples: [example] });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
