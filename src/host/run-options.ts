/**
 * The options the CLI and the Action share, read and checked in one place: the date, the
 * horizon and the fail level. `name` is how the front spells the option (`--as-of`, `as-of`),
 * so each message names what the user typed.
 */
import { SEVERITIES, type Severity } from '../diagnostics/diagnostic.js';
import { isRealDate, todayUtc, unrealDateReason } from '../values/calendar-dates.js';
import { UsageError } from './usage-error.js';

/** The date to check against: as given, or today (UTC) when left out. */
export function asOfOption(given: string | undefined, now: Date, name: string): string {
  const asOf = given ?? todayUtc(now);
  if (isRealDate(asOf)) return asOf;
  const reason = unrealDateReason(asOf);
  if (reason) throw new UsageError(`${name} ${asOf} is not a real date: ${reason}. Give a date that exists, such as ${todayUtc(now)}.`);
  throw new UsageError(`${name} must be a date written YYYY-MM-DD, not '${asOf}'`);
}

/** Whole days from 7 (a week, the shortest that sees every weekday) to 730; undefined for the default, 365. */
export function horizonOption(given: string | undefined, name: string): number | undefined {
  if (given === undefined) return undefined;
  const days = /^\d+$/.test(given) ? Number(given) : NaN;
  if (!(days >= 7 && days <= 730)) throw new UsageError(`${name} must be a whole number of days from 7 to 730, not '${given}' (default 365)`);
  return days;
}

export function failLevelOption(given: string, name: string): Severity {
  if (!SEVERITIES.includes(given as Severity)) throw new UsageError(`${name} must be error, warn or info, not '${given}'`);
  return given as Severity;
}
