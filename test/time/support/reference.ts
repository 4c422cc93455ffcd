/**
 * A deliberately simple reference for the time engine, built on luxon's zone
 * handling and used only in tests. It shares no code with src/time: it parses
 * the spec itself, walks local dates one by one, converts each shift with
 * luxon, then merges, cuts out holidays and clips.
 *
 * Luxon in a gap moves forward by the gap (verified in reference.test.ts),
 * which is our rule. For an ambiguous time luxon's pick depends on the offset
 * in force "now", so we ask for both candidates and take the earlier one.
 */
import { DateTime } from 'luxon';
import type { ScheduleSpec } from '../../../src/time/index.js';

type Pair = [number, number];
const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function minutesOf(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

/** Instant of `minutes` after local midnight of a civil date (minutes may pass 1440). */
export function refLocalToInstant(zone: string, date: DateTime, minutes: number): number {
  const day = date.plus({ days: Math.floor(minutes / 1440) });
  const rest = minutes % 1440;
  const local = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(rest / 60), minute: rest % 60 },
    { zone },
  );
  return Math.min(...local.getPossibleOffsets().map((d) => d.toMillis()));
}

function merge(pairs: Pair[]): Pair[] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const out: Pair[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else out.push([p[0], p[1]]);
  }
  return out;
}

/** Open intervals in [from, to), merged, by per-date expansion. */
export function refOpenIntervals(spec: ScheduleSpec, from: number, to: number): Pair[] {
  if (to <= from) return [];
  const zone = spec.timeZone;
  const holidays = new Set((spec.holidays ?? []).map((h) => (typeof h === 'string' ? h : h.date)));
  const overrides = new Map<string, string[]>();
  for (const o of spec.overrides ?? []) overrides.set(o.date, [...(overrides.get(o.date) ?? []), ...(o.hours as string[])]);

  // Civil dates as UTC DateTimes so that stepping a day never meets a gap.
  const first = DateTime.fromISO(DateTime.fromMillis(from, { zone }).toISODate() as string, { zone: 'UTC' }).minus({ days: 2 });
  const last = DateTime.fromISO(DateTime.fromMillis(to, { zone }).toISODate() as string, { zone: 'UTC' }).plus({ days: 1 });
  const open: Pair[] = [];
  const closed: Pair[] = [];
  for (let date = first; date <= last; date = date.plus({ days: 1 })) {
    const iso = date.toISODate() as string;
    if (holidays.has(iso)) {
      closed.push([refLocalToInstant(zone, date, 0), refLocalToInstant(zone, date, 1440)]);
      continue;
    }
    const hours = overrides.get(iso) ?? spec.weekly[KEYS[date.weekday - 1] as (typeof KEYS)[number]] ?? [];
    for (const text of hours as string[]) {
      const [a, b] = text.split('-') as [string, string];
      const s = minutesOf(a);
      let e = minutesOf(b);
      if (e === s) continue;
      if (e < s) e += 1440;
      const start = refLocalToInstant(zone, date, s);
      const end = refLocalToInstant(zone, date, e);
      if (end > start) open.push([start, end]);
    }
  }
  let result = merge(open);
  for (const [cs, ce] of closed) {
    result = result.flatMap(([s, e]): Pair[] => {
      const parts: Pair[] = [];
      if (s < cs) parts.push([s, Math.min(e, cs)]);
      if (e > ce) parts.push([Math.max(s, ce), e]);
      return parts;
    });
  }
  return result
    .map(([s, e]): Pair => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s);
}

export function refBusinessMs(spec: ScheduleSpec, from: number, to: number): number {
  return refOpenIntervals(spec, from, to).reduce((sum, [s, e]) => sum + e - s, 0);
}

/** Earliest t ≥ start with refBusinessMs(start, t) = ms, by walking wider and wider windows. */
export function refAddBusinessMs(spec: ScheduleSpec, start: number, ms: number): number {
  if (ms === 0) return start;
  for (let span = 7 * 86_400_000; ; span *= 2) {
    let left = ms;
    for (const [s, e] of refOpenIntervals(spec, start, start + span)) {
      if (e - s >= left) return s + left;
      left -= e - s;
    }
    if (span > 400 * 86_400_000) throw new Error('reference: target not reached within 400 days');
  }
}
