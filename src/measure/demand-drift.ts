/**
 * Measured demand against declared demand, as pure functions: the drift per channel (volume,
 * tier mix, arrival profile, growth) with a sentence for each, and the `demand:` block to paste
 * into the channel (what `--write-demand` will print). The `demand-matches-history` rule reads this.
 */
import { Document, isSeq, visit } from 'yaml';
import { WEEKDAYS } from '../time/index.js';
import type { ChannelCalibration } from './calibration.js';
import type { DeclaredDemand } from './policy-view.js';

export interface DemandDrift {
  channel: string;
  /** 'volume' | 'tier-mix' | 'profile' | 'growth' */
  aspect: string;
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

/** The drifts beyond tolerance, in a stable order. */
export function compareDemand(measured: ChannelCalibration, declared: DeclaredDemand | undefined, tolerance: DriftTolerance = {}): DemandDrift[] {
  const out: DemandDrift[] = [];
  const over = `over ${measured.from}..${measured.to}`;
  const name = measured.channel;
  if (!declared) {
    return [{ channel: name, aspect: 'volume', declared: null, measured: measured.ticketsPerDay, change: 1, message: `no demand declared; measured ${measured.ticketsPerDay} a day ${over}` }];
  }
  const change = declared.ticketsPerDay > 0 ? measured.ticketsPerDay / declared.ticketsPerDay - 1 : 1;
  if (Math.abs(change) > (tolerance.volume ?? 0.1)) {
    out.push({ channel: name, aspect: 'volume', declared: declared.ticketsPerDay, measured: measured.ticketsPerDay, change, message: `declared ${declared.ticketsPerDay} a day; measured ${measured.ticketsPerDay} a day ${over} (${pct(change, true)})` });
  }
  const tiers = [...new Set([...Object.keys(declared.tierMix), ...Object.keys(measured.tierMix)])].sort();
  for (const tier of tiers) {
    const d = declared.tierMix[tier] ?? 0;
    const m = measured.tierMix[tier] ?? 0;
    if (Math.abs(m - d) > (tolerance.tierMix ?? 0.05)) out.push({ channel: name, aspect: 'tier-mix', declared: d, measured: m, change: m - d, message: `tier '${tier}': declared ${pct(d)} of the volume; measured ${pct(m)} ${over}` });
  }
  if (declared.weekly) {
    const distance = profileDistance(declared.weekly, measured.arrivalsPerHourOfWeek);
    if (distance > (tolerance.profile ?? 0.15)) out.push({ channel: name, aspect: 'profile', declared: null, measured: distance, change: distance, message: `${pct(distance)} of the week's tickets arrive in other hours than the arrival profile says (${over})` });
  }
  if (measured.growth !== null && declared.growth !== undefined && Math.abs(measured.growth - declared.growth) > 0.1) {
    out.push({ channel: name, aspect: 'growth', declared: declared.growth, measured: measured.growth, change: measured.growth - declared.growth, message: `declared growth ${pct(declared.growth)} a year; the weekly volumes ${over} trend at ${pct(measured.growth, true)}` });
  }
  return out;
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

/** Whole percentages that add up to exactly 100 (largest remainder). */
function wholePercents(shares: Record<string, number>): Record<string, string> {
  const entries = Object.entries(shares).filter(([, s]) => s > 0);
  const raw = entries.map(([t, s]) => ({ t, v: s * 100 }));
  const floors = raw.map((r) => ({ ...r, f: Math.floor(r.v) }));
  let left = 100 - floors.reduce((s, r) => s + r.f, 0);
  for (const r of [...floors].sort((a, b) => b.v - b.f - (a.v - a.f) || (a.t < b.t ? -1 : 1))) {
    if (left <= 0) break;
    r.f++;
    left--;
  }
  return Object.fromEntries(floors.filter((r) => r.f > 0).sort((a, b) => (a.t < b.t ? -1 : 1)).map((r) => [r.t, `${r.f}%`]));
}

const weight = (x: number) => Math.min(1000, Math.round(x * 100) / 100);

/** The YAML `demand:` block measured for a channel, valid against the Channel schema. */
export function renderDemandYaml(m: ChannelCalibration): string {
  const days = WEEKDAYS.map((_, d) => m.arrivalsPerHourOfWeek.slice(d * 24, d * 24 + 24));
  const totals = days.map((h) => h.reduce((s, x) => s + x, 0));
  const mean = totals.reduce((s, x) => s + x, 0) / 7;
  const demand: Record<string, unknown> = {
    ticketsPerDay: Math.min(1_000_000, Math.round(m.ticketsPerDay * 10) / 10),
    tierMix: wholePercents(m.tierMix),
    profile: {
      timeZone: m.timeZone,
      days: Object.fromEntries(WEEKDAYS.map((d, i) => [d, mean > 0 ? weight(totals[i]! / mean) : 1])),
      weekdayHours: Object.fromEntries(WEEKDAYS.flatMap((d, i) => {
        const peak = Math.max(...days[i]!);
        return peak > 0 ? [[d, days[i]!.map((h) => weight((h / peak) * 10))]] : [];
      })),
    },
  };
  if (m.growth !== null) demand.growth = `${Math.min(100, Math.max(0, Math.round(m.growth * 100)))}%`;
  const doc = new Document({ demand });
  // Hour weights read as one line per day, as leads write them.
  visit(doc, { Seq: (_, node) => { if (isSeq(node)) node.flow = true; } });
  return doc.toString({ lineWidth: 0 });
}
