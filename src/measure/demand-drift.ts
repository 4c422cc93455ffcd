/**
 * Measured demand against declared demand, as a pure function: the drift per channel (volume,
 * tier mix, arrival profile, growth) with a sentence for each. The `demand-matches-history` rule
 * reports these.
 */
import { addDays } from '../values/calendar-dates.js';
import type { ChannelCalibration } from './calibration.js';
import type { DeclaredDemand } from './measure-view.js';

export interface DemandDrift {
  channel: string;
  aspect: 'volume' | 'tier-mix' | 'profile' | 'growth';
  /** The tier, for a tier-mix drift. */
  tier?: string;
  declared: number | null;
  measured: number;
  /** Relative change for volume, points of share for tier mix, total variation distance (0–1) for the profile. */
  change: number;
  message: string;
}

export interface DriftTolerance {
  /** Relative volume change that counts as drift (default 0.1). */
  volume?: number;
  /** Tier-share points (0–1) (default 0.05). */
  tierMix?: number;
  /** Share of the weekly volume in the wrong hours (default 0.15). */
  profile?: number;
}

const pct = (x: number, sign = false) => `${sign && x > 0 ? '+' : ''}${Math.round(x * 100)}%`;

/**
 * What chance alone moves a measured figure by, so a short or thin history is not read as drift:
 * two standard errors of a Poisson count (volume) and of a binomial share (tier mix), and twice
 * the expected total variation distance of N tickets drawn from the declared hour-of-week shape.
 */
function noise(n: number) {
  const safe = Math.max(n, 1);
  return {
    volume: 2 / Math.sqrt(safe),
    share: (p: number) => 2 * Math.sqrt((p * (1 - p)) / safe),
    profile: (shape: ArrayLike<number>) => {
      let total = 0;
      for (let i = 0; i < 168; i++) total += shape[i]!;
      let tv = 0;
      for (let i = 0; i < 168; i++) {
        const p = total > 0 ? shape[i]! / total : 0;
        tv += Math.sqrt((p * (1 - p)) / (2 * Math.PI * safe));
      }
      return 2 * tv;
    },
  };
}

/** The drifts beyond tolerance and beyond what chance explains, in a stable order. */
export function compareDemand(measured: ChannelCalibration, declared: DeclaredDemand | undefined, tolerance: DriftTolerance = {}): DemandDrift[] {
  const out: DemandDrift[] = [];
  const over = `over ${windowWords(measured)}`;
  const name = measured.channel;
  if (!declared) {
    return [{ channel: name, aspect: 'volume', declared: null, measured: measured.ticketsPerDay, change: 1, message: `no demand declared; measured ${measured.ticketsPerDay} a day ${over}` }];
  }
  const chance = noise(measured.tickets);
  const expected = expectedPerDay(measured, declared);
  const change = expected > 0 ? measured.ticketsPerDay / expected - 1 : 1;
  if (Math.abs(change) > (tolerance.volume ?? 0.1) + chance.volume) {
    out.push({ channel: name, aspect: 'volume', declared: declared.ticketsPerDay, measured: measured.ticketsPerDay, change, message: `declared ${declared.ticketsPerDay} a day; measured ${measured.ticketsPerDay} a day ${over} (${pct(change, true)})` });
  }
  const tiers = [...new Set([...Object.keys(declared.tierMix), ...Object.keys(measured.tierMix)])].sort();
  for (const tier of tiers) {
    const d = declared.tierMix[tier] ?? 0;
    const m = measured.tierMix[tier] ?? 0;
    if (Math.abs(m - d) > (tolerance.tierMix ?? 0.05) + chance.share(d)) out.push({ channel: name, aspect: 'tier-mix', tier, declared: d, measured: m, change: m - d, message: `tier '${tier}': declared ${pct(d)} of the volume; measured ${pct(m)} ${over}` });
  }
  if (declared.weekly) {
    const distance = profileDistance(declared.weekly, measured.arrivalsPerHourOfWeek);
    if (distance > (tolerance.profile ?? 0.15) + chance.profile(declared.weekly)) out.push({ channel: name, aspect: 'profile', declared: null, measured: distance, change: distance, message: `${pct(distance)} of the week's tickets arrive in other hours than the arrival profile says, ${over}` });
  }
  if (measured.growth !== null && declared.growth !== undefined && Math.abs(measured.growth - declared.growth) > 0.1) {
    out.push({ channel: name, aspect: 'growth', declared: declared.growth, measured: measured.growth, change: measured.growth - declared.growth, message: `declared growth ${pct(declared.growth)} a year; the weekly volumes ${over} trend at ${pct(measured.growth, true)}` });
  }
  return out;
}

/** "2026-09-01..2026-11-30": the first and last day measured (`to` is the day after). */
export function windowWords(m: Pick<ChannelCalibration, 'from' | 'to'>): string {
  return `${m.from}..${addDays(m.to, -1)}`;
}

/**
 * Tickets a day the declared demand expects over the measured window's own hours: a window of
 * Thursday to Sunday expects the weekend's share, not seven days' average.
 */
function expectedPerDay(measured: ChannelCalibration, declared: DeclaredDemand): number {
  if (!declared.weekly || measured.days <= 0) return declared.ticketsPerDay;
  let tickets = 0;
  for (let s = 0; s < 168; s++) tickets += declared.weekly[s]! * (measured.hourOccurrences[s] ?? 0);
  return tickets / measured.days;
}

/** Total variation distance between two hour-of-week volume shapes (each normalised to 1). */
export function profileDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < 168; i++) {
    sa += a[i]!;
    sb += b[i]!;
  }
  if (sa === 0 || sb === 0) return sa === sb ? 0 : 1;
  let d = 0;
  for (let i = 0; i < 168; i++) d += Math.abs(a[i]! / sa - b[i]! / sb);
  return d / 2;
}
