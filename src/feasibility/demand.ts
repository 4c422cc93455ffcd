/**
 * Demand on real dates: a channel's tickets per day spread over each hour of the horizon by
 * its arrival profile (day weights × hour weights, in the profile's own zone, so the profile
 * follows that zone's clock changes). `ticketsPerDay` is an average over calendar days.
 */
import type { Entity } from '../model/model.js';
import { WEEKDAYS } from '../schema/primitives.js';
import { HOUR_MS } from '../time/civil.js';
import { getZone, isValidTimeZone } from '../time/zone.js';
import type { Horizon } from './horizon.js';

export function hoursIn(horizon: Horizon): number {
  return Math.round((horizon.toMs - horizon.fromMs) / HOUR_MS);
}

/** Expected arrivals in each hour of the horizon. */
export function arrivalsPerHour(channel: Entity<'Channel'>, horizon: Horizon): Float64Array {
  const demand = channel.spec.demand;
  const hours = hoursIn(horizon);
  const out = new Float64Array(hours);
  if (!demand || demand.ticketsPerDay === 0) return out;
  const profile = demand.profile;
  // Without a profile (or with a zone time-zone-exists reports) volume is spread evenly.
  if (!profile || !isValidTimeZone(profile.timeZone)) return out.fill(demand.ticketsPerDay / 24);
  const dayWeights = WEEKDAYS.map((d) => profile.days?.[d] ?? 1);
  const hourWeights = profile.hours ?? Array<number>(24).fill(1);
  const weekTotal = dayWeights.reduce((s, d) => s + d, 0) * hourWeights.reduce((s, h) => s + h, 0);
  if (weekTotal === 0) return out;
  const perWeight = (7 * demand.ticketsPerDay) / weekTotal;
  const zone = getZone(profile.timeZone);
  for (let i = 0; i < hours; i++) {
    const local = zone.toLocalMs(horizon.fromMs + i * HOUR_MS);
    const day = (Math.floor(local / 86_400_000) % 7 + 7 + 3) % 7; // 1970-01-01 was a Thursday (index 3)
    const hour = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / HOUR_MS);
    out[i] = perWeight * dayWeights[day]! * hourWeights[hour]!;
  }
  return out;
}
