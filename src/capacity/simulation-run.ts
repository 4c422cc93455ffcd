// One replication of the discrete-event queue simulation: the hot loop.
// Events are arrivals (Poisson, piecewise-constant rate), slot releases (a
// min-heap of times), follow-ups becoming due (a heap of timed events) and
// staffing changes (a sorted step function). Nothing is allocated per ticket:
// a waiting item is one or two floats in a ring buffer, a busy slot one float.
//
// The modelling choices (milestones, follow-ups, concurrency, availability, no
// preemption) are in src/capacity/README.md, "Simulation" and "Staffing". A
// handling time is drawn when handling starts, so its milestones are known then
// and measured at that moment.
//
// The state lives in a class, not in closures: V8 then keeps one optimised
// copy of the loop for every replication and channel (closures made afresh
// per run deoptimise it each time), and `advance` is entered once per
// simulated day, so it is optimised early even in a short-lived CLI process
// (warm-up.ts settles the object shapes before the first real run).

import { MS_PER_HOUR, type WaitClock } from './wait-clock.js';
import { EventHeap, MinHeap, RingQueue } from './queues.js';
import { Xoshiro128 } from './prng.js';
import { observeFirstTouch, type SimulationPlan } from './simulation-input.js';
import { TierStats } from './tier-stats.js';

export interface ReplicationStats {
  tiers: TierStats[];
  /** Most items waiting for an agent at once, all tiers together. */
  peakBacklog: number;
  /** Tickets that arrived (measured or not). */
  arrivals: number;
}

const CHUNK_MS = 24 * MS_PER_HOUR;

export function runReplication(plan: SimulationPlan, seed: number): ReplicationStats {
  return new Replication(plan, seed).run();
}

class Replication {
  private readonly rng: Xoshiro128;
  private readonly clock: WaitClock;
  private readonly tiers: TierStats[];
  private readonly fresh: RingQueue[];
  // Follow-ups: the ticket's arrival (to measure) and when it joined the queue (to order).
  private readonly again: RingQueue[];
  private readonly againSince: RingQueue[];
  private readonly waitingByTier: Int32Array;
  private readonly busy: MinHeap;
  private readonly due = new EventHeap();
  private readonly followUps: boolean;
  private readonly firstTouchMs: number;
  private readonly followUpMs: number;
  /** Where batch 0 starts: batchOf runs up to three times per ticket. */
  private readonly batchFromMs: number;
  private nextStaff = 0;
  private slots = 0;
  /** Index of the staffing in force (its availability is read from the plan's typed array). */
  private staffNow = -1;
  private nextStaffMs = Infinity;
  private step = 0;
  private stepEndMs: number;
  private nextArrivalMs = Infinity;
  private queued = 0;
  private peakBacklog = 0;
  private arrivals = 0;

  constructor(private readonly plan: SimulationPlan, seed: number) {
    this.rng = new Xoshiro128(seed);
    this.clock = plan.clock;
    const n = plan.cumulativeShare.length;
    this.tiers = plan.firstResponseTargets.map((fr, i) => new TierStats(plan.acknowledgeTargets[i]!, fr, plan.resolutionTargets[i]!, plan.batches));
    this.fresh = Array.from({ length: n }, () => new RingQueue());
    this.again = Array.from({ length: n }, () => new RingQueue());
    this.againSince = Array.from({ length: n }, () => new RingQueue());
    this.waitingByTier = new Int32Array(n);
    this.busy = new MinHeap(plan.maxSlots);
    this.followUps = plan.followUpShare > 0;
    this.firstTouchMs = plan.meanServiceMs * (plan.sync ? 1 : 1 - plan.followUpShare);
    this.followUpMs = plan.meanServiceMs * plan.followUpShare;
    this.stepEndMs = Math.min(plan.startMs + plan.stepMs, plan.endMs);
    this.batchFromMs = Math.max(plan.measureFromMs, plan.startMs);
  }

  run(): ReplicationStats {
    const { plan } = this;
    // Staffing in force at startMs, and the next change point.
    this.nextStaffMs = plan.staffAtMs.length > 0 ? plan.staffAtMs[0]! : Infinity;
    while (this.nextStaffMs <= plan.startMs) this.changeStaff();
    this.nextArrivalMs = this.nextArrivalAfter(plan.startMs);
    for (let until = plan.startMs + CHUNK_MS; this.advance(Math.min(until, plan.drainUntilMs)); until += CHUNK_MS);
    this.censor();
    return { tiers: this.tiers, peakBacklog: this.peakBacklog, arrivals: this.arrivals };
  }

  /** Handles every event before untilMs; false once nothing more can be measured. */
  private advance(untilMs: number): boolean {
    const { plan, busy, due } = this;
    for (;;) {
      const release = busy.peek();
      const dueMs = this.followUps ? due.peek() : Infinity;
      const arrival = this.nextArrivalMs;
      if (arrival <= release && arrival <= this.nextStaffMs && arrival <= dueMs) {
        if (arrival === Infinity) return false; // nothing left that can happen
        if (arrival >= untilMs) return true;
        this.arrive(arrival);
        continue;
      }
      const now = Math.min(release, this.nextStaffMs, dueMs);
      if (now >= plan.drainUntilMs) return false;
      if (now >= untilMs) return true;
      if (dueMs === now) this.followUpDue(now);
      else if (release === now) busy.pop();
      else this.changeStaff();
      while (this.queued > 0 && busy.size < this.slots) this.startNextWaiting(now);
      // After the last arrival, once nothing waits or is due nothing more is measured.
      if (this.queued === 0 && due.size === 0 && this.nextArrivalMs === Infinity) return false;
    }
  }

  /** The batch a measured ticket counts in, by its arrival. */
  private batchOf(arrivalMs: number): number {
    const { batches, batchMs } = this.plan;
    return batches === 1 ? 0 : Math.min(batches - 1, Math.floor((arrivalMs - this.batchFromMs) / batchMs));
  }

  /** Puts the next change point in force. */
  private changeStaff(): void {
    const { staffAtMs, staffSlots } = this.plan;
    this.staffNow = this.nextStaff++;
    this.slots = staffSlots[this.staffNow]!;
    this.nextStaffMs = this.nextStaff < staffAtMs.length ? staffAtMs[this.nextStaff]! : Infinity;
  }

  /**
   * How long an item of `handling` holds its slot: the agent is away for the rest of it. Only
   * called once an item starts, so some staffing is in force (before the first there are no slots).
   */
  private held(handling: number): number {
    return handling / this.plan.staffAvailability[this.staffNow]!;
  }

  /** Exponential gaps at the current step's rate; on crossing a step edge the draw restarts there (memorylessness makes that exact). */
  private nextArrivalAfter(fromMs: number): number {
    const { meanGapMs, endMs, stepMs } = this.plan;
    let t = fromMs;
    while (this.step < meanGapMs.length) {
      const candidate = t + this.rng.nextExponential(meanGapMs[this.step]!);
      if (candidate < this.stepEndMs) return candidate;
      t = this.stepEndMs;
      this.step++;
      this.stepEndMs = Math.min(this.stepEndMs + stepMs, endMs);
      if (t >= endMs) break;
    }
    return Infinity;
  }

  private arrive(now: number): void {
    const { plan } = this;
    this.arrivals++;
    const u = this.rng.nextOpen();
    let tier = 0;
    while (u > plan.cumulativeShare[tier]!) tier++;
    if (now >= plan.measureFromMs) this.acknowledge(tier, now);
    // Free slots imply empty queues (they are filled as soon as they free up).
    if (this.busy.size < this.slots) this.startFirst(tier, now, now);
    else {
      this.fresh[tier]!.push(now);
      this.enqueued(tier);
    }
    this.nextArrivalMs = this.nextArrivalAfter(now);
  }

  /** Triage (async): acknowledged now if anyone is on shift, else when the next person comes on. */
  private acknowledge(tier: number, nowMs: number): void {
    const { plan } = this;
    const stats = this.tiers[tier]!;
    const batch = this.batchOf(nowMs);
    stats.arrived(batch);
    plan.observer?.arrived(tier, nowMs);
    if (plan.sync) return;
    const next = this.nextStaff < plan.staffAtMs.length ? plan.nextStaffed[this.nextStaff]! : -1;
    const ackMs = this.slots > 0 ? nowMs : next >= 0 ? plan.staffAtMs[next]! : Infinity;
    if (ackMs < plan.drainUntilMs) plan.observer?.acknowledged(nowMs, ackMs);
    if (this.slots > 0) stats.acknowledge.recordZero(batch);
    else if (ackMs < plan.drainUntilMs) stats.acknowledge.record(this.clock.minutes(nowMs, ackMs), batch);
    else stats.acknowledge.recordCensored(this.clock.minutes(nowMs, plan.drainUntilMs), batch);
  }

  private enqueued(tier: number): void {
    if (++this.queued > this.peakBacklog) this.peakBacklog = this.queued;
    const n = ++this.waitingByTier[tier]!;
    if (n > this.tiers[tier]!.peakBacklog) this.tiers[tier]!.peakBacklog = n;
  }

  /** A first touch: the reply (async) or the end of the call (sync) follows after the handling. */
  private startFirst(tier: number, arrivalMs: number, nowMs: number): void {
    const handling = this.rng.nextExponential(this.firstTouchMs);
    this.busy.push(nowMs + this.held(handling));
    const doneMs = nowMs + handling;
    if (this.followUps) this.due.push(doneMs, arrivalMs, tier);
    if (arrivalMs < this.plan.measureFromMs) return;
    const stats = this.tiers[tier]!;
    const batch = this.batchOf(arrivalMs);
    stats.queued(nowMs - arrivalMs);
    const done = this.clock.minutes(arrivalMs, doneMs);
    if (this.plan.observer) observeFirstTouch(this.plan.observer, this.plan.sync, !this.followUps, arrivalMs, nowMs, doneMs);
    if (this.plan.sync) {
      if (nowMs === arrivalMs) {
        stats.acknowledge.recordZero(batch);
        stats.firstResponse.recordZero(batch);
      } else {
        const answered = this.clock.minutes(arrivalMs, nowMs);
        stats.acknowledge.record(answered, batch);
        stats.firstResponse.record(answered, batch);
      }
    } else stats.firstResponse.record(done, batch);
    if (!this.followUps) stats.resolution.record(done, batch);
  }

  private startFollowUp(tier: number, arrivalMs: number, sinceMs: number, nowMs: number): void {
    const handling = this.rng.nextExponential(this.followUpMs);
    this.busy.push(nowMs + this.held(handling));
    if (arrivalMs < this.plan.measureFromMs) return;
    const stats = this.tiers[tier]!;
    stats.queued(nowMs - sinceMs);
    stats.resolution.record(this.clock.minutes(arrivalMs, nowMs + handling), this.batchOf(arrivalMs));
    this.plan.observer?.resolved(arrivalMs, nowMs + handling);
  }

  private followUpDue(now: number): void {
    const { due } = this;
    const dueMs = due.pop();
    const tier = due.popped[1]!;
    const arrivalMs = due.popped[0]!;
    if (this.busy.size < this.slots) this.startFollowUp(tier, arrivalMs, dueMs, now);
    else {
      this.again[tier]!.push(arrivalMs);
      this.againSince[tier]!.push(dueMs);
      this.enqueued(tier);
    }
  }

  /** Most urgent non-empty tier; among equal priorities, and between new tickets and follow-ups, whatever queued first (FIFO). */
  private startNextWaiting(nowMs: number): void {
    const { serveOrder, priorities } = this.plan;
    let bestTier = -1;
    let bestSince = Infinity;
    let bestIsFollowUp = false;
    for (let o = 0; o < serveOrder.length; o++) {
      const tier = serveOrder[o]!;
      if (bestTier >= 0 && priorities[tier]! !== priorities[bestTier]!) break;
      if (this.waitingByTier[tier] === 0) continue;
      const q = this.fresh[tier]!;
      if (q.size > 0 && q.peek() < bestSince) {
        bestTier = tier;
        bestSince = q.peek();
        bestIsFollowUp = false;
      }
      const f = this.againSince[tier]!;
      if (f.size > 0 && f.peek() < bestSince) {
        bestTier = tier;
        bestSince = f.peek();
        bestIsFollowUp = true;
      }
    }
    this.queued--;
    this.waitingByTier[bestTier]!--;
    if (bestIsFollowUp) this.startFollowUp(bestTier, this.again[bestTier]!.shift(), this.againSince[bestTier]!.shift(), nowMs);
    else this.startFirst(bestTier, this.fresh[bestTier]!.shift(), nowMs);
  }

  /** What the run left waiting at drainUntilMs misses its targets; its wait so far is a lower bound. The run is over: this empties the queues. */
  private censor(): void {
    const { measureFromMs, drainUntilMs, sync } = this.plan;
    const { clock, due } = this;
    this.tiers.forEach((stats, tier) => {
      const fresh = this.fresh[tier]!;
      while (fresh.size > 0) {
        const arrivalMs = fresh.shift();
        if (arrivalMs >= measureFromMs) stats.recordUnanswered(drainUntilMs - arrivalMs, clock.minutes(arrivalMs, drainUntilMs), !sync, this.batchOf(arrivalMs));
      }
      const again = this.again[tier]!;
      const since = this.againSince[tier]!;
      while (again.size > 0) {
        const arrivalMs = again.shift();
        const sinceMs = since.shift();
        if (arrivalMs >= measureFromMs) stats.recordUnresolved(drainUntilMs - sinceMs, clock.minutes(arrivalMs, drainUntilMs), this.batchOf(arrivalMs));
      }
    });
    // Follow-ups not yet due: the first touch was still going on.
    while (due.size > 0) {
      due.pop();
      const arrivalMs = due.popped[0]!;
      const tier = due.popped[1]!;
      if (arrivalMs >= measureFromMs) this.tiers[tier]!.recordUnresolved(0, clock.minutes(arrivalMs, drainUntilMs), this.batchOf(arrivalMs));
    }
  }
}

