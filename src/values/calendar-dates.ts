/** Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so the host's zone never matters. */

/** How often something is reviewed, as policies write it. */
export const CADENCES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999. */
function utcDate(year: number, month: number, day: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t;
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return utcDate(y, m, d);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether the string is a real calendar date (2026-02-30 is not). */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && fromUtc(toUtc(date)) === date;
}

/**
 * Why a YYYY-MM-DD-shaped string is not a real date, in plain words ("February 2026 has 28
 * days"), or undefined when it is one or is not shaped like a date at all.
 */
export function unrealDateReason(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || isRealDate(date)) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${match[2]}: months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  return day === 0 ? 'days start at 01' : `${name} has ${days} days`;
}

/** Adds whole months, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fromUtc(target);
}

/** YYYY-MM-DD of a year, month (1–12) and day, carrying over as the calendar does: day 32 of December is 1 January. */
export function civilDate(year: number, month: number, day: number): string {
  return fromUtc(utcDate(year, month, day));
}

export function addDays(date: string, days: number): string {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

export function addCadence(date: string, cadence: Cadence): string {
  switch (cadence) {
    case 'weekly':
      return addDays(date, 7);
    case 'monthly':
      return addMonths(date, 1);
    case 'quarterly':
      return addMonths(date, 3);
    case 'yearly':
      return addMonths(date, 12);
  }
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Today's date in UTC: the default --as-of. Only the CLI calls this. */
export function todayUtc(now: Date): string {
  return fromUtc(now);
}
