/**
 * The `demand:` block measured for a channel, in the form the Channel schema takes: what
 * `--write-demand` prints to paste in, and what `check --history` checks the policies with.
 */
import { Document, isSeq, visit } from 'yaml';
import { WEEKDAYS } from '../time/index.js';
import type { ChannelCalibration } from './calibration.js';

/** The written form of a channel's demand (schema/kinds/channels.ts). */
export interface WrittenDemand {
  ticketsPerDay: number;
  tierMix: Record<string, string>;
  profile: { timeZone: string; days: Record<string, number>; weekdayHours: Record<string, number[]> };
  growth?: string;
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

/** The demand measured for a channel, valid against the Channel schema. */
export function measuredDemand(m: ChannelCalibration): WrittenDemand {
  const days = WEEKDAYS.map((_, d) => m.arrivalsPerHourOfWeek.slice(d * 24, d * 24 + 24));
  const totals = days.map((h) => h.reduce((s, x) => s + x, 0));
  const mean = totals.reduce((s, x) => s + x, 0) / 7;
  const demand: WrittenDemand = {
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
  return demand;
}

/** The YAML `demand:` block measured for a channel, to paste into it. */
export function renderDemandYaml(m: ChannelCalibration): string {
  const doc = new Document({ demand: measuredDemand(m) });
  // Hour weights read as one line per day, as leads write them.
  visit(doc, { Seq: (_, node) => { if (isSeq(node)) node.flow = true; } });
  return doc.toString({ lineWidth: 0 });
}
