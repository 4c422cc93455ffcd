// Office schedules: weekly hours in the office's zone, its public holidays, its short days
// (Christmas Eve and the like) and, for most teams, one training afternoon of their own.
import { integer, seeded } from './random.js';
import { BUSY_DATES, type Office } from './zones.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export type Weekly = Partial<Record<(typeof EVERY_DAY)[number], string[]>>;

export function weekly(days: readonly (typeof EVERY_DAY)[number][], hours: string[], extra: Weekly = {}): Weekly {
  return { ...Object.fromEntries(days.map((d) => [d, hours])), ...extra };
}

export interface ScheduleOptions {
  /** Close on the office's public holidays (an incident rota works through them). */
  holidays: boolean;
  /** Close at lunchtime on the office's short days. */
  shortDays: boolean;
  /**
   * A training afternoon: its date is drawn from the key (a desk), then moved on by the slot, so
   * the teams of one desk train in different months and the desk is never short twice at once.
   */
  training?: { key: string; slot: number };
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const weekdayOf = (date: string) => DAY_NAMES[new Date(`${date}T12:00:00Z`).getUTCDay()] as (typeof EVERY_DAY)[number];

/** The day's first shift start up to `hours` later, capped at its last shift's end. */
function shortened(day: string[], hours: number): string {
  const start = minutes(day[0]!.slice(0, 5));
  const lastEnd = day[day.length - 1]!.slice(6);
  const end = lastEnd === '24:00' || minutes(lastEnd) < start ? 24 * 60 : minutes(lastEnd);
  return `${hhmm(start)}-${hhmm(Math.min(start + hours * 60, end))}`;
}

/** A weekday from mid-January 2027 on with hours, and no office anywhere closed or short. */
function trainingDate(training: { key: string; slot: number }, week: Weekly): string | undefined {
  const first = Date.UTC(2027, 0, 11);
  const start = integer(seeded(`training/${training.key}`), 0, 50) + training.slot * 61;
  for (let offset = start; offset < start + 14; offset++) {
    const date = new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
    if (!BUSY_DATES.has(date) && week[weekdayOf(date)]?.length) return date;
  }
  return undefined;
}

export function officeSchedule(office: Office, week: Weekly, options: ScheduleOptions): Record<string, unknown> {
  const holidays = options.holidays ? office.holidays : [];
  const taken = new Set(holidays.map((h) => h.date));
  const overrides: { date: string; hours: string[]; name: string }[] = [];
  if (options.shortDays) {
    for (const day of office.shortDays) {
      const hours = week[weekdayOf(day.date)];
      if (!hours?.length || taken.has(day.date)) continue;
      overrides.push({ date: day.date, hours: [shortened(hours, 5)], name: day.name });
      taken.add(day.date);
    }
  }
  const training = options.training ? trainingDate(options.training, week) : undefined;
  if (training) overrides.push({ date: training, hours: [shortened(week[weekdayOf(training)]!, 4)], name: 'Team training in the afternoon' });
  overrides.sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    timeZone: office.zone,
    weekly: week,
    ...(holidays.length ? { holidays: holidays.map((h) => ({ date: h.date, name: h.name })) } : {}),
    ...(overrides.length ? { overrides } : {}),
  };
}
