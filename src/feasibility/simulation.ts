/**
 * Predicted attainment: a seeded queue simulation of each channel over the horizon, with
 * arrivals from its demand profile, tiers served by priority, and agents on their real shifts.
 * The seed comes from the channel's name, so results are identical on every machine.
 */
import { simulateQueue, type SimulationTier } from '../capacity/index.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { parseTarget, percent } from '../model/values.js';
import { HOUR_MS, MINUTE_MS } from '../time/civil.js';
import { businessMsBetween } from '../time/index.js';
import type { Clocks } from './clocks.js';
import { arrivalsPerHour } from './demand.js';
import type { Horizon } from './horizon.js';
import { staffingFor } from './staffing.js';

/** Enough for a 95% interval on attainment at a cost a CI check can pay on every change. */
export const SIMULATION_REPLICATIONS = 3;

export interface TierPrediction {
  tier: string;
  tickets: number;
  target: { minutes: number; share: number };
  /** Share of tickets answered within the target, mean and 95% interval over replications. */
  attainment: { mean: number | null; low: number | null; high: number | null };
  p50Minutes: number;
  p90Minutes: number;
  p95Minutes: number;
  oldestWaitMinutes: number;
  peakBacklog: number;
}

export interface SimulationFact {
  channel: string;
  seed: number;
  replications: number;
  tiers: TierPrediction[];
}

/** FNV-1a: a stable 32-bit seed from the channel name. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export function simulateChannel(model: Model, channel: Entity<'Channel'>, clocks: Clocks, horizon: Horizon): SimulationFact | undefined {
  const policy = slaPolicyOf(model, channel);
  const clock = policy ? clocks.sla(policy) : undefined;
  const demand = channel.spec.demand;
  const staff = staffingFor(model, channel, clocks, horizon);
  if (!policy || !clock || !demand || demand.ticketsPerDay === 0 || staff.length === 0) return undefined;
  const hours = arrivalsPerHour(channel, horizon).length;
  // Whole agents per hour: each team's share of its people on shift, less shrinkage, rounded.
  const atMs: number[] = [];
  const agents: number[] = [];
  for (let h = 0; h < hours; h++) {
    const n = Math.round(staff.reduce((s, t) => s + t.onShift[h]! * t.share * (1 - percent(t.team.spec.shrinkage)), 0));
    if (agents.length === 0 || agents[agents.length - 1] !== n) {
      atMs.push(horizon.fromMs + h * HOUR_MS);
      agents.push(n);
    }
  }
  const aht = staff.reduce((s, t) => s + t.ahtSeconds * t.share, 0) / staff.reduce((s, t) => s + t.share, 0);
  const tiers: SimulationTier[] = policy.spec.tiers.map((tier) => ({
    name: tier.name,
    share: demand.tierMix[tier.name] ? percent(demand.tierMix[tier.name]!) : 0,
    priority: tier.priority,
    firstResponseTargetsMinutes: [parseTarget(tier.firstResponse).seconds / 60],
  }));
  if (tiers.every((t) => t.share === 0)) return undefined;
  const seed = seedOf(channel.name);
  const result = simulateQueue({
    startMs: horizon.fromMs,
    endMs: horizon.toMs,
    arrivalsPerHour: arrivalsPerHour(channel, horizon),
    tiers,
    staffing: { atMs, agents },
    ahtSeconds: aht,
    concurrency: Math.max(...staff.map((s) => s.team.spec.concurrency ?? 1)),
    mode: channel.spec.mode,
    ...(clock.calendar ? {} : { elapsed: (a: number, b: number) => businessMsBetween(clock, a, b) / MINUTE_MS }),
    seed,
    replications: SIMULATION_REPLICATIONS,
  });
  return {
    channel: channel.name,
    seed,
    replications: result.replications,
    tiers: result.tiers
      .filter((t) => t.tickets > 0)
      .map((t) => {
        const tier = policy.spec.tiers.find((x) => x.name === t.name)!;
        const target = parseTarget(tier.firstResponse);
        const a = t.firstResponse.attainment[0]?.attainment;
        return {
          tier: t.name,
          tickets: t.tickets,
          target: { minutes: target.seconds / 60, share: target.share },
          attainment: { mean: a?.mean ?? null, low: a?.ci95?.low ?? null, high: a?.ci95?.high ?? null },
          p50Minutes: t.firstResponse.p50Minutes,
          p90Minutes: t.firstResponse.p90Minutes,
          p95Minutes: t.firstResponse.p95Minutes,
          oldestWaitMinutes: t.oldestWaitMinutes,
          peakBacklog: t.peakBacklog,
        };
      }),
  };
}

export function simulationFacts(model: Model, clocks: Clocks, horizon: Horizon): SimulationFact[] {
  return model.channels.flatMap((c) => simulateChannel(model, c, clocks, horizon) ?? []);
}
