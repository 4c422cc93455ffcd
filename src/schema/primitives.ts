/**
 * The small value types support leads write by hand. Each carries the friendly message
 * shown when a value does not match, keyed by its pattern (see describe-errors.ts).
 */
import { z } from 'zod';
import { BIDI_CONTROLS } from '../values/text-controls.js';

interface Primitive {
  pattern: RegExp;
  /** Completes "… must be …": shown instead of a raw regular expression. */
  expected: string;
}

/** Names are at most 63 characters, as DNS labels and Kubernetes names are. */
export const NAME_MAX_LENGTH = 63;
export const NAME: Primitive = {
  pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  expected: 'a name in lowercase letters, digits and dashes, like "billing-specialists"',
};
/**
 * Durations are written in normalized units: a unit never runs past the next larger one that is
 * also written (1h60m is 2h, 1d25h is 2d1h), though a lone unit may (90m, 36h). They are never
 * zero: every duration in a policy is a time something takes or a time allowed for it.
 */
const UNITS = String.raw`(?:\d+d(?:(?:[01]?\d|2[0-3])h)?(?:[0-5]?\dm)?(?:[0-5]?\ds)?|\d+h(?:[0-5]?\dm)?(?:[0-5]?\ds)?|\d+m(?:[0-5]?\ds)?|\d+s)`;
const NOT_ZERO = String.raw`(?!(?:0+[dhms])+$)`;
/** A share above 0% and at most 100%: 90, 99.5, 0.5 or 100. */
const SHARE = String.raw`(?:100|[1-9]\d?(?:\.\d+)?|0\.\d*[1-9]\d*)`;

export const DURATION: Primitive = {
  pattern: new RegExp(`^${NOT_ZERO}${UNITS}$`),
  expected: 'a duration such as 15m, 4h, 1d or 1h30m (d = 24 hours of the clock, h = hours, m = minutes, s = seconds)',
};
export const TARGET: Primitive = {
  pattern: new RegExp(`^(?:${SHARE}% within )?${NOT_ZERO}${UNITS}$`),
  expected: 'a target such as "90% within 4h" or just "4h" (meaning 100% within 4h)',
};
export const PERCENT: Primitive = {
  pattern: /^(?:100|\d{1,2}(?:\.\d+)?)%$/,
  expected: 'a percentage from 0% to 100%, such as 85%',
};
/** Shares of something that must exist: a tier's part of the volume, occupancy, a rubric weight. */
export const POSITIVE_PERCENT: Primitive = {
  pattern: new RegExp(`^${SHARE}%$`),
  expected: 'a percentage above 0% and at most 100%, such as 85%',
};
/** Shrinkage: at 100% nobody would ever be available. */
export const PERCENT_BELOW_100: Primitive = {
  pattern: /^\d{1,2}(?:\.\d+)?%$/,
  expected: 'a percentage from 0% up to (not including) 100%, such as 30%',
};
export const TIME_RANGE: Primitive = {
  pattern: /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/,
  expected: 'hours written HH:MM-HH:MM on a 24-hour clock, such as 09:00-17:00, 22:00-06:00 (overnight) or 00:00-24:00',
};
export const DATE: Primitive = {
  pattern: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  expected: 'a date written YYYY-MM-DD, such as 2026-12-25',
};
/** A date-holidays country, optionally with its region and subregion: GB, GB-ENG, DE-BY-A. */
export const CALENDAR_CODE: Primitive = {
  pattern: /^[A-Z]{2}(?:-[A-Za-z0-9]{1,20}){0,2}$/,
  expected: 'a country code, or a country and region code, such as GB, GB-ENG, US-CA or DE-BY (the country in capitals)',
};
/**
 * A .ics file inside the policy folder, by its path from there: no leading `/`, no `.` or `..`
 * segment, no `\\`, and no `:` — so never a URL, a drive letter or a path out of the folder.
 */
export const ICS_PATH: Primitive = {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a path must not hold
  pattern: /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))(?:[^/\\:\u0000-\u001f]+\/)*[^/\\:\u0000-\u001f]*\.[iI][cC][sS]$/,
  expected: 'the path of a .ics file inside the policy folder, written from the policy folder, such as calendars/company.ics',
};
export const TIME_ZONE: Primitive = {
  pattern: /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/,
  expected: 'an IANA time zone such as Europe/London, America/New_York or UTC',
};
/** A BCP 47 language tag of the usual shape: a language, then optionally a script and a region. */
export const LOCALE: Primitive = {
  pattern: /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/,
  expected: 'a language tag such as en, de, fr, pt-BR or zh-Hant (the language in lowercase, a region in capitals)',
};

/**
 * Free text people read: anything but the bidirectional controls that make text display in
 * another order than it is stored (values/text-controls.ts explains the choice).
 */
export const PLAIN_TEXT: Primitive = {
  pattern: new RegExp(`^[^${BIDI_CONTROLS}]*$`),
  expected: 'text without bidirectional control characters (U+202A–U+202E, U+2066–U+2069)',
};

export const PRIMITIVES = [NAME, DURATION, TARGET, PERCENT, POSITIVE_PERCENT, PERCENT_BELOW_100, TIME_RANGE, DATE, CALENDAR_CODE, ICS_PATH, TIME_ZONE, LOCALE, PLAIN_TEXT];

/**
 * How long free text may be, in characters: far beyond any real value, and short enough that
 * nothing a check or a generator does with text can take long (docs/rules/schema.md, Limits).
 */
export const TEXT_LIMITS = { short: 200, long: 2_000, url: 2_000, body: 20_000 } as const;

/** Free text of at most `limits[size]` characters, never empty. */
export const text = (size: keyof typeof TEXT_LIMITS) => z.string().min(1).max(TEXT_LIMITS[size]).regex(PLAIN_TEXT.pattern);

const str = (p: Primitive) => z.string().regex(p.pattern);

export const Name = str(NAME);
export const Duration = str(DURATION);
export const Target = str(TARGET);
export const Percent = str(PERCENT);
export const PositivePercent = str(POSITIVE_PERCENT);
export const PercentBelow100 = str(PERCENT_BELOW_100);
export const TimeRange = str(TIME_RANGE);
export const LocalDate = str(DATE);
export const TimeZone = str(TIME_ZONE).max(64);
export const Locale = str(LOCALE).max(20);
/** At most this many languages per channel, and per translated field. */
export const MAX_LOCALES = 20;
export const CalendarCode = str(CALENDAR_CODE).max(50);
export const IcsPath = str(ICS_PATH).max(500);

/** A reference to a document of another kind, by its metadata.name. */
export const ref = (kind: string, description: string, example: string) =>
  Name.meta({ title: `${kind} name`, description, examples: [example] });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
