// One replication of the discrete-event queue simulation: the hot loop.
// Events are arrivals (Poisson, piecewise-constant rate), completions (a
// min-heap of end times) and staffing changes (a sorted step function).
// Nothing is allocated per ticket: a waiting ticket is one float (its arrival
// time) in its tier's ring buffer, a busy slot one float in the heap.
//
// Modelling choices:
// - Single touch: a ticket is handled once; first response is the start of
//   handling (sync, "answered") or its end (async, "reply sent"), and
//   resolution is the end of handling.
// - Concurrency pools slots: agents × concurrency items at once, each with
//   the same exponential handling time (AHT is per item, under concurrency).
// - No preemption: an agent whose shift ends finishes the item in hand but
//   starts nothing new; when slots drop below busy items, new starts wait.
// - Because a handling time is drawn when handling starts, its end is known
//   then, so the ticket is measured at that moment and the heap holds only
//   end times.

import { MS_PER_MINUTE } from './clock.js';
import { MinHeap, RingQueue } from './queues.js';
import { Xoshiro128 } from './prng.js';
import type { SimulationPlan } from './simulation-input.js';
import { TierStats } from './tier-stats.js';

export interface ReplicationStats {
  tiers: TierStats[];
  /** Most tickets waiting for an agent at once, all tiers together. */
  peakBacklog: number;
  /** Tickets that arrived (measured or not). */
  arrivals: number;
}

export function runReplication(plan: SimulationPlan, seed: number): ReplicationStats {
  const rng = new Xoshiro128(seed);
  const { meanGapMs, cumulativeShare, serveOrder, priorities, staffAtMs, staffSlots, meanServiceMs, sync, elapsed } = plan;
  const { startMs, endMs, stepMs, measureFromMs, drainUntilMs } = plan;
  const nTiers = cumulativeShare.length;
  const tiers = plan.firstResponseTargets.map((fr, i) => new TierStats(fr, plan.resolutionTargets[i]!));
  const queues = Array.from({ length: nTiers }, () => new RingQueue());
  const busy = new MinHeap(plan.maxSlots);

  // Staffing in force at startMs, and the next change point.
  let nextStaff = 0;
  let slots = 0;
  while (nextStaff < staffAtMs.length && staffAtMs[nextStaff]! <= startMs) slots = staffSlots[nextStaff++]!;
  let nextStaffMs = nextStaff < staffAtMs.length ? staffAtMs[nextStaff]! : Infinity;

  // Arrival stream: exponential gaps at the current step's rate; on crossing a
  // step edge the draw restarts there (memorylessness makes that exact).
  let step = 0;
  let stepEndMs = Math.min(startMs + stepMs, endMs);
  const nextArrivalAfter = (fromMs: number): number => {
    let t = fromMs;
    while (step < meanGapMs.length) {
      const candidate = t + rng.nextExponential(meanGapMs[step]!);
      if (candidate < stepEndMs) return candidate;
      t = stepEndMs;
      step++;
      stepEndMs = Math.min(startMs + (step + 1) * stepMs, endMs);
      if (t >= endMs) break;
    }
    return Infinity;
  };

  let queued = 0;
  let peakBacklog = 0;
  let arrivals = 0;

  const start = (tier: number, arrivalMs: number, nowMs: number): void => {
    const endOfHandling = nowMs + rng.nextExponential(meanServiceMs);
    busy.push(endOfHandling);
    if (arrivalMs < measureFromMs) return;
    const replyMs = sync ? nowMs : endOfHandling;
    let fr: number;
    let res: number;
    if (elapsed === undefined) {
      fr = (replyMs - arrivalMs) / MS_PER_MINUTE;
      res = (endOfHandling - arrivalMs) / MS_PER_MINUTE;
    } else {
      fr = elapsed(arrivalMs, replyMs);
      res = sync ? elapsed(arrivalMs, endOfHandling) : fr;
    }
    tiers[tier]!.record(nowMs - arrivalMs, fr, res);
  };

  // Most urgent non-empty tier; among equal priorities, the oldest head (FIFO).
  const startNextWaiting = (nowMs: number): void => {
    let best = -1;
    for (let o = 0; o < nTiers; o++) {
      const tier = serveOrder[o]!;
      if (best >= 0 && priorities[tier]! !== priorities[best]!) break;
      const q = queues[tier]!;
      if (q.size > 0 && (best < 0 || q.peek() < queues[best]!.peek())) best = tier;
    }
    queued--;
    start(best, queues[best]!.shift(), nowMs);
  };

  let nextArrivalMs = nextArrivalAfter(startMs);
  for (;;) {
    const nextDoneMs = busy.peek();
    if (nextArrivalMs <= nextDoneMs && nextArrivalMs <= nextStaffMs) {
      if (nextArrivalMs === Infinity) break; // nothing left that can happen
      const now = nextArrivalMs;
      arrivals++;
      const u = rng.nextOpen();
      let tier = 0;
      while (u > cumulativeShare[tier]!) tier++;
      // Free slots imply empty queues (they are filled as soon as they free up).
      if (busy.size < slots) start(tier, now, now);
      else {
        queues[tier]!.push(now);
        queued++;
        if (queued > peakBacklog) peakBacklog = queued;
        if (queues[tier]!.size > tiers[tier]!.peakBacklog) tiers[tier]!.peakBacklog = queues[tier]!.size;
      }
      nextArrivalMs = nextArrivalAfter(now);
    } else {
      const now = Math.min(nextDoneMs, nextStaffMs);
      if (now >= drainUntilMs) break;
      if (nextDoneMs <= nextStaffMs) busy.pop();
      else {
        slots = staffSlots[nextStaff++]!;
        nextStaffMs = nextStaff < staffAtMs.length ? staffAtMs[nextStaff]! : Infinity;
      }
      while (queued > 0 && busy.size < slots) startNextWaiting(now);
      // After the last arrival, once the queues are empty nothing more is measured.
      if (queued === 0 && nextArrivalMs === Infinity) break;
    }
  }

  // Tickets never picked up are censored at drainUntilMs.
  for (let tier = 0; tier < nTiers; tier++) {
    const stats = tiers[tier]!;
    queues[tier]!.forEach((arrivalMs) => {
      if (arrivalMs < measureFromMs) return;
      const waited = elapsed === undefined ? (drainUntilMs - arrivalMs) / MS_PER_MINUTE : elapsed(arrivalMs, drainUntilMs);
      stats.recordUnanswered(drainUntilMs - arrivalMs, waited);
    });
  }
  return { tiers, peakBacklog, arrivals };
}
