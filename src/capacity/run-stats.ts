// What one replication measures, per tier and SLA milestone: fixed size whatever the volume.
// Counts are kept per batch (a stretch of arrival time) for the confidence intervals; with one
// batch they are per replication.
//
// Waits are recorded per track. A milestone whose wait always equals another's shares that
// track (sync: a contact is acknowledged when it is answered; async without follow-ups: a
// ticket is resolved with its first reply), so one record serves both, each milestone keeping
// its own targets. Same numbers, a third fewer records.
//
// The wait a record* call counts is in `span` (from, to, and minutes between them in the SLA's
// clock, which SpanClock.measure fills in), never passed as an argument: a double passed to a
// call the compiler does not inline is boxed, an allocation per ticket.

import { WaitHistogram } from './histogram.js';
import type { SimulationPlan } from './simulation-input.js';
import { milestoneTargets } from './target-plan.js';

export const ACKNOWLEDGE = 0;
export const FIRST_RESPONSE = 1;
export const RESOLUTION = 2;
/** Milestones per tier; a milestone's index is tier × MILESTONES + milestone. */
export const MILESTONES = 3;

export class RunStats {
  readonly batches: number;
  /** Measured tickets (counted on arrival, answered or not), by tier × batches + batch. */
  readonly tickets: Float64Array;
  /** Per tier: tickets still waiting for a first touch when the run stopped (they miss every target). */
  readonly unanswered: Float64Array;
  /** Per tier: tickets answered but with their follow-up not done when the run stopped. */
  readonly unresolved: Float64Array;
  /** Per tier: most items waiting for an agent at once (first touches and follow-ups). */
  readonly peakBacklog: Float64Array;
  /** Per tier: longest calendar time an item sat in the queue before an agent took it. */
  readonly oldestWaitMs: Float64Array;
  /** The track holding each milestone's waits, and where its targets start among the track's. */
  readonly trackOf: Int32Array;
  readonly targetOffset: Int32Array;
  /** Per track (indexed like milestones; a shared one under its first milestone). */
  readonly histograms: WaitHistogram[] = [];
  readonly targets: Float64Array[] = [];
  /** Tickets meeting each of the track's targets: [batch × targets + j]. */
  readonly hits: Float64Array[] = [];
  /** Sum of the waits, in minutes: [track × batches + batch]. */
  readonly sums: Float64Array;
  /** The wait the next record or recordCensored call counts: from, to, and its minutes in the SLA's clock. */
  readonly span = new Float64Array(3);

  constructor(plan: SimulationPlan) {
    const tiers = plan.cumulativeShare.length;
    const batches = (this.batches = plan.batches);
    this.tickets = new Float64Array(tiers * batches);
    this.unanswered = new Float64Array(tiers);
    this.unresolved = new Float64Array(tiers);
    this.peakBacklog = new Float64Array(tiers);
    this.oldestWaitMs = new Float64Array(tiers);
    this.trackOf = new Int32Array(tiers * MILESTONES);
    this.targetOffset = new Int32Array(tiers * MILESTONES);
    this.sums = new Float64Array(tiers * MILESTONES * batches);
    const sharedWith = [ACKNOWLEDGE, plan.sync ? ACKNOWLEDGE : FIRST_RESPONSE, plan.sync || plan.followUps ? RESOLUTION : FIRST_RESPONSE];
    for (let tier = 0; tier < tiers; tier++) {
      const own = milestoneTargets(plan, tier);
      const base = tier * MILESTONES;
      for (let m = 0; m < MILESTONES; m++) {
        const track = base + sharedWith[m]!;
        this.trackOf[base + m] = track;
        this.targetOffset[base + m] = this.targets[track]?.length ?? 0;
        this.targets[track] = Float64Array.of(...(this.targets[track] ?? []), ...own[m]!);
      }
      for (let m = 0; m < MILESTONES; m++) {
        const track = base + m;
        if (this.trackOf[track] !== track) continue;
        this.histograms[track] = new WaitHistogram();
        this.hits[track] = new Float64Array(batches * this.targets[track]!.length);
      }
    }
  }

  /** The track a tier's milestone is recorded on. */
  track(tier: number, milestone: number): number {
    return this.trackOf[tier * MILESTONES + milestone]!;
  }

  /** Counts the wait in `span`: its bin, its sum, and the targets it meets. */
  record(track: number, batch: number): void {
    const minutes = this.span[2]!;
    this.histograms[track]!.record(minutes);
    this.sums[track * this.batches + batch]! += minutes > 0 ? minutes : 0;
    const targets = this.targets[track]!;
    const hits = this.hits[track]!;
    const at = batch * targets.length;
    for (let j = 0; j < targets.length; j++) if (minutes <= targets[j]!) hits[at + j]!++;
  }

  /** The commonest wait (met on arrival), without the search for a bin: it meets every target. */
  recordZero(track: number, batch: number): void {
    this.histograms[track]!.recordZero();
    const hits = this.hits[track]!;
    const n = this.targets[track]!.length;
    for (let j = batch * n; j < batch * n + n; j++) hits[j]!++;
  }

  /** A milestone not reached when the run stopped: it misses every target; the wait so far, in `span`, is a lower bound. */
  recordCensored(track: number, batch: number): void {
    const minutes = this.span[2]!;
    this.histograms[track]!.record(minutes);
    this.sums[track * this.batches + batch]! += minutes > 0 ? minutes : 0;
  }

  /**
   * An item left waiting when the run stopped, queued for `queuedMs`, its wait so far in `span`.
   * Unanswered, the first response (and, sync, the acknowledgement on its track) is missed; the
   * resolution always.
   */
  recordMissed(tier: number, queuedMs: number, batch: number, answered: boolean): void {
    if (queuedMs > this.oldestWaitMs[tier]!) this.oldestWaitMs[tier] = queuedMs;
    const first = this.track(tier, FIRST_RESPONSE);
    const resolved = this.track(tier, RESOLUTION);
    if (!answered) this.recordCensored(first, batch);
    if (answered || resolved !== first) this.recordCensored(resolved, batch);
  }

  /** Measured tickets of a tier, all batches. */
  ticketsOf(tier: number): number {
    let n = 0;
    for (let b = tier * this.batches; b < (tier + 1) * this.batches; b++) n += this.tickets[b]!;
    return n;
  }

  /** Hits of a milestone's target j in one batch. */
  hitsIn(milestone: number, batch: number, j: number): number {
    const track = this.trackOf[milestone]!;
    return this.hits[track]![batch * this.targets[track]!.length + this.targetOffset[milestone]! + j]!;
  }

  /** Sum of a milestone's waits in one batch, minutes. */
  sumIn(milestone: number, batch: number): number {
    return this.sums[this.trackOf[milestone]! * this.batches + batch]!;
  }
}

/**
 * One stratum per batch, holding that batch's ratio (value ÷ the tier's tickets then) in each
 * replication that had tickets then: the samples of a tier's intervals (estimate.ts).
 */
export function batchStrata(runs: readonly RunStats[], tier: number, value: (s: RunStats, batch: number) => number): number[][] {
  return Array.from({ length: runs[0]!.batches }, (_, b) =>
    runs.flatMap((s) => {
      const tickets = s.tickets[tier * s.batches + b]!;
      return tickets > 0 ? [value(s, b) / tickets] : [];
    }),
  );
}
