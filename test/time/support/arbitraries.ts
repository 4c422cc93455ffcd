/**
 * fast-check generators for random schedules and instants near DST changes.
 * Times lean towards the hours where clocks change (00:00–03:30) and towards
 * 24:00 and overnight intervals, where mistakes hide.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { ScheduleSpec } from '../../../src/time/index.js';

export const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Dublin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Asia/Kolkata',
] as const;

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

const minuteArb = fc.oneof(fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 0, max: 59 }));
const hourArb = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 }));
export const timeArb = fc.tuple(hourArb, minuteArb).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const endArb = fc.oneof({ weight: 1, arbitrary: fc.constant('24:00') }, { weight: 5, arbitrary: timeArb });
/** Any interval text the engine accepts (equal ends included: both sides skip them). */
export const intervalArb = fc.tuple(timeArb, endArb).map(([a, b]) => `${a}-${b}`);
const dayHoursArb = fc.array(intervalArb, { maxLength: 3 });

export const weeklyArb = fc.record(
  {
    mon: dayHoursArb,
    tue: dayHoursArb,
    wed: dayHoursArb,
    thu: dayHoursArb,
    fri: dayHoursArb,
    sat: dayHoursArb,
    sun: dayHoursArb,
  },
  { requiredKeys: [] },
);

/** Years per zone; Sao Paulo had DST (with midnight changes) until 2019. */
function yearsOf(zone: string): [number, number] {
  return zone === 'America/Sao_Paulo' ? [2015, 2018] : [2015, 2025];
}

const transitionCache = new Map<string, number[]>();
/** Approximate offset-change instants (to the day) found with luxon, not with src/time. */
export function transitionsOf(zone: string): number[] {
  const hit = transitionCache.get(zone);
  if (hit) return hit;
  const [y0, y1] = yearsOf(zone);
  const out: number[] = [];
  let t = Date.UTC(y0, 0, 1);
  let previous = DateTime.fromMillis(t, { zone }).offset;
  for (; t < Date.UTC(y1 + 1, 0, 1); t += DAY) {
    const offset = DateTime.fromMillis(t, { zone }).offset;
    if (offset !== previous) out.push(t - DAY / 2);
    previous = offset;
  }
  transitionCache.set(zone, out);
  return out;
}

/** An instant either near a DST change of the zone or anywhere in its years. */
export function instantArb(zone: string): fc.Arbitrary<number> {
  const [y0, y1] = yearsOf(zone);
  const transitions = transitionsOf(zone);
  const anywhere = fc.integer({ min: Date.UTC(y0, 0, 1) / 60_000, max: Date.UTC(y1, 11, 1) / 60_000 }).map((m) => m * 60_000);
  if (transitions.length === 0) return anywhere;
  const near = fc
    .tuple(fc.constantFrom(...transitions), fc.integer({ min: -4 * 1440, max: 4 * 1440 }), fc.integer({ min: 0, max: 59_999 }))
    .map(([t, minutes, ms]) => t + minutes * 60_000 + (ms % 7 === 0 ? ms : 0));
  return fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: anywhere });
}

function isoDay(ms: number, zone: string, shift: number): string {
  return DateTime.fromMillis(ms, { zone }).plus({ days: shift }).toISODate() as string;
}

export interface Case {
  spec: ScheduleSpec;
  from: number;
  to: number;
}

/** A random schedule in `zone` with holidays/overrides near a random window [from, to). */
export function caseArb(zone: string): fc.Arbitrary<Case> {
  return fc
    .tuple(
      instantArb(zone),
      fc.integer({ min: 0, max: 10 * 1440 }),
      weeklyArb,
      fc.array(fc.integer({ min: -2, max: 11 }), { maxLength: 3 }),
      fc.array(fc.tuple(fc.integer({ min: -2, max: 11 }), fc.array(intervalArb, { maxLength: 2 })), { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([from, minutes, weekly, holidayShifts, overrideShifts, objectHolidays]) => {
      const holidays = holidayShifts.map((s) => (objectHolidays ? { date: isoDay(from, zone, s), name: 'H' } : isoDay(from, zone, s)));
      const overrides = overrideShifts.map(([s, hours]) => ({ date: isoDay(from, zone, s), hours }));
      return { spec: { timeZone: zone, weekly, holidays, overrides }, from, to: from + minutes * 60_000 };
    });
}
