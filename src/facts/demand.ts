/**
 * Demand on real dates: a channel's tickets per day spread over each hour of the horizon by
 * its arrival profile — day weights share out the week, each day's hour weights shape the
 * day — in the profile's own zone, so the profile follows that zone's clock changes.
 * `ticketsPerDay` is an average over calendar days.
 */
import type { Entity } from '../model/model.js';
import { WEEKDAYS } from '../schema/primitives.js';
import { DAY_MS, HOUR_MS, dayOfLocalMs, weekdayOf } from '../time/civil.js';
import { getZone, isValidTimeZone } from '../time/zone.js';
import type { FactsCache } from './facts-cache.js';
import type { Horizon } from './horizon.js';

export function hoursIn(horizon: Horizon): number {
  return Math.round((horizon.toMs - horizon.fromMs) / HOUR_MS);
}

/**
 * For each hour of the span, its local hour of the week in `timeZone` (0 = Monday 00:00 … 167).
 * The offset is read once a day; hour by hour only on the few days the zone changes its clocks.
 */
export function hourOfWeekSlots(timeZone: string, span: Horizon, cache?: FactsCache): Uint8Array {
  const hours = hoursIn(span);
  // Channels share profile zones, and the load series reuse them.
  return cache ? cache.hourOfWeekSlots(`${timeZone} ${span.fromMs} ${hours}`, () => slotsOf(timeZone, span, hours)) : slotsOf(timeZone, span, hours);
}

function slotsOf(timeZone: string, span: Horizon, hours: number): Uint8Array {
  const zone = timeZone === 'UTC' ? undefined : getZone(timeZone);
  const slotAt = (at: number) => {
    const local = zone ? zone.toLocalMs(at) : at;
    const day = dayOfLocalMs(local);
    return weekdayOf(day) * 24 + Math.floor((local - day * DAY_MS) / HOUR_MS);
  };
  const slots = new Uint8Array(hours);
  for (let h = 0; h < hours; h += 24) {
    const dayStart = span.fromMs + h * HOUR_MS;
    const first = slotAt(dayStart);
    // Same offset at both ends of the day: its hours follow on from the first (zones change at most once a day).
    const steady = !zone || zone.offsetAt(dayStart) === zone.offsetAt(dayStart + DAY_MS);
    for (let i = 0; i < 24 && h + i < hours; i++) slots[h + i] = steady ? (first + i) % 168 : slotAt(dayStart + i * HOUR_MS);
  }
  return slots;
}

type Profile = NonNullable<NonNullable<Entity<'Channel'>['spec']['demand']>['profile']>;

/**
 * Expected tickets in each local hour of the week (Monday 00:00 first): day weights share out
 * the week, each day's hour weights shape the day (its own when given, else the shared ones,
 * else flat). All zero when every day weighs 0.
 */
export function weeklyShape(profile: Profile, ticketsPerDay: number): Float64Array {
  const out = new Float64Array(168);
  const dayWeights = WEEKDAYS.map((d) => profile.days?.[d] ?? 1);
  const shapes = WEEKDAYS.map((d) => {
    const weights = profile.weekdayHours?.[d] ?? profile.hours ?? Array<number>(24).fill(1);
    const sum = weights.reduce((t, h) => t + h, 0);
    return weights.map((h) => (sum > 0 ? h / sum : 0));
  });
  const weekTotal = dayWeights.reduce((s, w) => s + w, 0);
  if (weekTotal === 0) return out;
  const perDay = (7 * ticketsPerDay) / weekTotal;
  for (let s = 0; s < 168; s++) out[s] = perDay * dayWeights[Math.floor(s / 24)]! * shapes[Math.floor(s / 24)]![s % 24]!;
  return out;
}

/** Expected arrivals in each hour of the horizon. */
export function arrivalsPerHour(channel: Entity<'Channel'>, horizon: Horizon, cache?: FactsCache): Float64Array {
  const demand = channel.spec.demand;
  const hours = hoursIn(horizon);
  const out = new Float64Array(hours);
  if (!demand || demand.ticketsPerDay === 0) return out;
  const profile = demand.profile;
  // Without a profile (or with a zone time-zone-exists reports) volume is spread evenly.
  if (!profile || !isValidTimeZone(profile.timeZone)) return out.fill(demand.ticketsPerDay / 24);
  const bySlot = weeklyShape(profile, demand.ticketsPerDay);
  const slots = hourOfWeekSlots(profile.timeZone, horizon, cache);
  for (let i = 0; i < hours; i++) out[i] = bySlot[slots[i]!]!;
  return out;
}
