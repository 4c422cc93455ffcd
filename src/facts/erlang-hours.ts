/**
 * Erlang C in every hour a synchronous channel's SLA clock is open and contacts arrive: whole
 * people on shift, each answering for the hour's availability (staffing.ts), against the
 * people Erlang C needs at that availability for the most urgent tier's first-response target.
 */
import { erlangC, requiredAgents } from '../capacity/index.js';
import { HOUR_MS } from '../time/civil.js';
import type { ChannelInputs } from './channel-inputs.js';

export interface ErlangFact {
  openHours: number;
  /** Open hours with fewer people on shift than Erlang C requires. */
  shortHours: number;
  worst: { at: string; arrivalsPerHour: number; staffed: number; required: number; serviceLevel: number } | null;
  /** The busiest hour that is staffed enough: handling time ÷ answering time of the people on shift. */
  peakOccupancy: { at: string; occupancy: number } | null;
  target: { seconds: number; share: number };
  /**
   * People required and on shift in each hour of the horizon from its start (UTC), run-length
   * encoded: repeated triples [hours, required, staffed]. Required is 0 while the clock is closed
   * or nothing arrives.
   */
  hourly: { runs: number[] };
}

export function erlangByHour(inputs: ChannelInputs): { fact: ErlangFact; required: Float64Array; staffed: Float64Array } {
  const { policy, clockIndex, queue, arrivals, horizon } = inputs;
  const urgent = [...policy.spec.tiers].sort((a, b) => a.priority - b.priority)[0]!;
  const target = urgent.firstResponse;
  const shareTarget = Math.min(target.share, 0.999);
  const c = queue.concurrency;
  const hours = horizon.days * 24;
  const required = new Float64Array(hours);
  const staffed = Float64Array.from(queue.agents.subarray(0, hours));
  let openHours = 0;
  let shortHours = 0;
  let worst: ErlangFact['worst'] = null;
  let peakOccupancy: ErlangFact['peakOccupancy'] = null;
  // Demand profiles repeat every week: the same rate and availability recur many times.
  const cache = new Map<number, Map<number, number>>();
  const requiredSlots = (rate: number, aht: number): number => {
    let byAht = cache.get(rate);
    if (!byAht) cache.set(rate, (byAht = new Map()));
    let n = byAht.get(aht);
    if (n === undefined) {
      n = requiredAgents({ arrivals: rate, intervalSeconds: 3600, ahtSeconds: aht, targetSeconds: target.seconds, targetServiceLevel: shareTarget }).agents;
      byAht.set(aht, n);
    }
    return n;
  };
  for (let h = 0; h < hours; h++) {
    const rate = arrivals[h]!;
    if (rate <= 0 || clockIndex.openBeforeStep[h + 1]! === clockIndex.openBeforeStep[h]!) continue;
    openHours++;
    // An agent away part of the time holds a contact's slot for handling ÷ availability.
    const aht = queue.ahtSeconds / queue.availability[h]!;
    const slots = requiredSlots(rate, aht);
    const needed = Math.ceil(slots / c);
    const people = queue.agents[h]!;
    required[h] = needed;
    const start = horizon.fromMs + h * HOUR_MS;
    if (people * c >= slots) {
      const occupancy = (rate * aht) / 3600 / (people * c);
      if (!peakOccupancy || occupancy > peakOccupancy.occupancy) peakOccupancy = { at: new Date(start).toISOString(), occupancy };
      continue;
    }
    shortHours++;
    if (!worst || needed - people > worst.required - worst.staffed) {
      const serviceLevel = people === 0 ? 0 : erlangC({ arrivals: rate, intervalSeconds: 3600, ahtSeconds: aht, agents: people * c, targetSeconds: target.seconds }).serviceLevel;
      worst = { at: new Date(start).toISOString(), arrivalsPerHour: rate, staffed: people, required: needed, serviceLevel };
    }
  }
  const fact: ErlangFact = {
    openHours, shortHours, worst, peakOccupancy, target: { seconds: target.seconds, share: target.share },
    hourly: { runs: runLengths(required, staffed) },
  };
  return { fact, required, staffed };
}

/** [hours, required, staffed, …] for each stretch of hours where both stay the same. */
function runLengths(required: Float64Array, staffed: Float64Array): number[] {
  const runs: number[] = [];
  for (let h = 0; h < required.length; h++) {
    const n = runs.length;
    if (n > 0 && runs[n - 2] === required[h] && runs[n - 1] === staffed[h]) runs[n - 3]!++;
    else runs.push(1, required[h]!, staffed[h]!);
  }
  return runs;
}
