// What one replication measures for one tier. Fixed size whatever the volume.
// Counts are kept per batch (a stretch of arrival time) for batch-means
// confidence intervals; with one batch they are per replication.

import { WaitHistogram } from './histogram.js';

/** One SLA milestone (acknowledge, first response, resolution): its waits and its target hits. */
export class MilestoneStats {
  readonly waits = new WaitHistogram();
  /** Tickets meeting each target, per batch: hits[batch × targets + j]. */
  readonly hits: Float64Array;
  /** Sum of the waits per batch, in minutes. */
  readonly sums: Float64Array;

  constructor(
    readonly targets: Float64Array,
    batches: number,
  ) {
    this.hits = new Float64Array(batches * targets.length);
    this.sums = new Float64Array(batches);
  }

  record(minutes: number, batch: number): void {
    this.waits.record(minutes);
    this.sums[batch]! += minutes > 0 ? minutes : 0;
    const t = this.targets;
    const at = batch * t.length;
    for (let j = 0; j < t.length; j++) if (minutes <= t[j]!) this.hits[at + j]!++;
  }

  /** The commonest wait (met on arrival), without the search for a bin: it meets every target. */
  recordZero(batch: number): void {
    this.waits.recordZero();
    const n = this.targets.length;
    for (let j = batch * n; j < batch * n + n; j++) this.hits[j]!++;
  }

  /** A milestone not reached when the run stopped: it misses every target; the wait so far is a lower bound. */
  recordCensored(minutesSoFar: number, batch: number): void {
    this.waits.record(minutesSoFar);
    this.sums[batch]! += minutesSoFar > 0 ? minutesSoFar : 0;
  }

  /** Hits of target j in one batch. */
  hitsIn(batch: number, j: number): number {
    return this.hits[batch * this.targets.length + j]!;
  }
}

export class TierStats {
  readonly acknowledge: MilestoneStats;
  readonly firstResponse: MilestoneStats;
  readonly resolution: MilestoneStats;
  /** Measured tickets per batch (counted on arrival), answered or not. */
  readonly ticketsByBatch: Float64Array;
  /** Tickets still waiting for an agent's first touch when the run stopped. */
  unanswered = 0;
  /** Tickets answered but not resolved when the run stopped (their follow-up still waiting). */
  unresolved = 0;
  /** Most tickets of this tier waiting for an agent at once (first touches and follow-ups). */
  peakBacklog = 0;
  /** Longest calendar time an item of this tier sat in the queue before an agent took it. */
  oldestWaitMs = 0;

  constructor(acknowledgeTargets: Float64Array, firstResponseTargets: Float64Array, resolutionTargets: Float64Array, batches = 1) {
    this.acknowledge = new MilestoneStats(acknowledgeTargets, batches);
    this.firstResponse = new MilestoneStats(firstResponseTargets, batches);
    this.resolution = new MilestoneStats(resolutionTargets, batches);
    this.ticketsByBatch = new Float64Array(batches);
  }

  /** Measured tickets, answered or not. */
  get tickets(): number {
    let n = 0;
    for (const t of this.ticketsByBatch) n += t;
    return n;
  }

  /** A measured ticket arrived (in this batch). */
  arrived(batch: number): void {
    this.ticketsByBatch[batch]!++;
  }

  queued(queuedMs: number): void {
    if (queuedMs > this.oldestWaitMs) this.oldestWaitMs = queuedMs;
  }

  /**
   * A ticket nobody picked up before the run stopped: it misses every target
   * (the promise was not shown to be kept) and its wait so far enters the
   * percentiles as a lower bound. Async tickets were acknowledged (or not) on arrival.
   */
  recordUnanswered(queuedMs: number, waitedMinutes: number, acknowledgeRecorded: boolean, batch: number): void {
    this.unanswered++;
    this.queued(queuedMs);
    if (!acknowledgeRecorded) this.acknowledge.recordCensored(waitedMinutes, batch);
    this.firstResponse.recordCensored(waitedMinutes, batch);
    this.resolution.recordCensored(waitedMinutes, batch);
  }

  /** A follow-up still waiting when the run stopped: the ticket is not resolved. */
  recordUnresolved(queuedMs: number, waitedMinutes: number, batch: number): void {
    this.unresolved++;
    this.queued(queuedMs);
    this.resolution.recordCensored(waitedMinutes, batch);
  }
}
