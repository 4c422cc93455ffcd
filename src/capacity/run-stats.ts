// What one replication measures, per tier and SLA milestone: fixed size whatever the volume.
// Counts are kept per cell, a stretch of arrival time, for the confidence intervals: a batch is
// subBatches cells (one unless the plan says more); with one batch they are per replication.
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
  readonly subBatches: number;
  /** batches × subBatches. */
  readonly cells: number;
  /** Measured tickets (counted on arrival, answered or not), by tier × cells + cell. */
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
  /** Tickets meeting each of the track's targets: [cell × targets + j]. */
  readonly hits: Float64Array[] = [];
  /** Sum of the waits, in minutes: [track × cells + cell]. */
  readonly sums: Float64Array;
  /** The wait the next record or recordCensored call counts: from, to, and its minutes in the SLA's clock. */
  readonly span = new Float64Array(3);

  constructor(plan: SimulationPlan) {
    const tiers = plan.cumulativeShare.length;
    this.batches = plan.batches;
    this.subBatches = plan.subBatches;
    const cells = (this.cells = plan.batches * plan.subBatches);
    this.tickets = new Float64Array(tiers * cells);
    this.unanswered = new Float64Array(tiers);
    this.unresolved = new Float64Array(tiers);
    this.peakBacklog = new Float64Array(tiers);
    this.oldestWaitMs = new Float64Array(tiers);
    this.trackOf = new Int32Array(tiers * MILESTONES);
    this.targetOffset = new Int32Array(tiers * MILESTONES);
    this.sums = new Float64Array(tiers * MILESTONES * cells);
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
        this.hits[track] = new Float64Array(cells * this.targets[track]!.length);
      }
    }
  }

  /** The track a tier's milestone is recorded on. */
  track(tier: number, milestone: number): number {
    return this.trackOf[tier * MILESTONES + milestone]!;
  }

  /** Counts the wait in `span`: its bin, its sum, and the targets it meets. */
  record(track: number, cell: number): void {
    const minutes = this.span[2]!;
    this.histograms[track]!.recordAt(this.span, 2);
    this.sums[track * this.cells + cell]! += minutes > 0 ? minutes : 0;
    const targets = this.targets[track]!;
    const hits = this.hits[track]!;
    const at = cell * targets.length;
    for (let j = 0; j < targets.length; j++) if (minutes <= targets[j]!) hits[at + j]!++;
  }

  /** The commonest wait (met on arrival), without the search for a bin: it meets every target. */
  recordZero(track: number, cell: number): void {
    this.histograms[track]!.recordZero();
    const hits = this.hits[track]!;
    const n = this.targets[track]!.length;
    for (let j = cell * n; j < cell * n + n; j++) hits[j]!++;
  }

  /** A milestone not reached when the run stopped: it misses every target; the wait so far, in `span`, is a lower bound. */
  recordCensored(track: number, cell: number): void {
    const minutes = this.span[2]!;
    this.histograms[track]!.recordAt(this.span, 2);
    this.sums[track * this.cells + cell]! += minutes > 0 ? minutes : 0;
  }

  /**
   * An item left waiting when the run stopped, queued for `queuedMs`, its wait so far in `span`.
   * Unanswered, the first response (and, sync, the acknowledgement on its track) is missed; the
   * resolution always.
   */
  recordMissed(tier: number, queuedMs: number, cell: number, answered: boolean): void {
    if (queuedMs > this.oldestWaitMs[tier]!) this.oldestWaitMs[tier] = queuedMs;
    const first = this.track(tier, FIRST_RESPONSE);
    const resolved = this.track(tier, RESOLUTION);
    if (!answered) this.recordCensored(first, cell);
    if (answered || resolved !== first) this.recordCensored(resolved, cell);
  }

  /** Measured tickets of a tier, all cells. */
  ticketsOf(tier: number): number {
    return this.ticketsIn(tier, 0, this.cells);
  }

  /** Measured tickets of a tier in cells [from, to). */
  ticketsIn(tier: number, from: number, to: number): number {
    let n = 0;
    for (let c = tier * this.cells + from; c < tier * this.cells + to; c++) n += this.tickets[c]!;
    return n;
  }

  /** Hits of a milestone's target j in cells [from, to). */
  hitsIn(milestone: number, from: number, to: number, j: number): number {
    const track = this.trackOf[milestone]!;
    const n = this.targets[track]!.length;
    const hits = this.hits[track]!;
    const at = this.targetOffset[milestone]! + j;
    let sum = 0;
    for (let c = from; c < to; c++) sum += hits[c * n + at]!;
    return sum;
  }

  /** Sum of a milestone's waits in cells [from, to), minutes. */
  sumIn(milestone: number, from: number, to: number): number {
    const at = this.trackOf[milestone]! * this.cells;
    let sum = 0;
    for (let c = from; c < to; c++) sum += this.sums[at + c]!;
    return sum;
  }
}

/**
 * One stratum per batch, holding that batch's ratio (value ÷ the tier's tickets then) in each
 * replication that had tickets then: the samples of a tier's intervals (estimate.ts). A single
 * replication cut into cells gives each cell's ratio instead, its batch the stratum.
 */
export function batchStrata(runs: readonly RunStats[], tier: number, value: (s: RunStats, from: number, to: number) => number): number[][] {
  const { batches, subBatches } = runs[0]!;
  // One sample per replication and batch, or per cell when one replication is all there is.
  const step = runs.length === 1 ? 1 : subBatches;
  return Array.from({ length: batches }, (_, b) => {
    const samples: number[] = [];
    for (const s of runs) {
      for (let from = b * subBatches; from < (b + 1) * subBatches; from += step) {
        const tickets = s.ticketsIn(tier, from, from + step);
        if (tickets > 0) samples.push(value(s, from, from + step) / tickets);
      }
    }
    return samples;
  });
}
