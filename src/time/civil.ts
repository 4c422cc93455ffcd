/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic
 * Gregorian). Pure integer math: nothing here reads the host clock or the
 * host time zone, so results are identical under any TZ.
 *
 * A "local ms" value is a wall-clock reading written as if it were UTC:
 * `day * DAY_MS + minutes * MINUTE_MS`. Converting it to a real instant needs
 * a zone (see zone.ts).
 */

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Instants the engine accepts: years 0001–9999, with a day of margin for zone offsets. */
export const MIN_SUPPORTED_MS = -62_135_596_800_000 + DAY_MS;
export const MAX_SUPPORTED_MS = 253_402_300_800_000 - DAY_MS;

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Day number of the local date a local-ms reading falls on. */
export function dayOfLocalMs(localMs: number): number {
  return Math.floor(localMs / DAY_MS);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` for a day number. */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict `YYYY-MM-DD` date, or undefined if it is not a real date. */
export function parseDay(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = daysFromCivil(year, month, day);
  // Round-trip rejects dates such as 2023-02-29 or 2024-04-31.
  const back = civilFromDays(n);
  return back.month === month && back.day === day ? n : undefined;
}

/** Throws a RangeError when an instant is outside the years the engine supports. */
export function assertSupportedMs(ms: number, what: string): void {
  if (!(ms >= MIN_SUPPORTED_MS && ms <= MAX_SUPPORTED_MS)) {
    throw new RangeError(`${what} must be a valid instant between years 0001 and 9999 (got ${String(ms)})`);
  }
}
