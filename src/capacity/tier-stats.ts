// What one replication measures for one tier. Fixed size whatever the volume.

import { WaitHistogram } from './histogram.js';

export class TierStats {
  readonly firstResponse = new WaitHistogram();
  readonly resolution = new WaitHistogram();
  /** Tickets meeting each first-response / resolution target. */
  readonly firstResponseHits: Float64Array;
  readonly resolutionHits: Float64Array;
  /** Measured tickets, answered or not. */
  tickets = 0;
  /** Tickets still waiting for an agent when the run stopped. */
  unanswered = 0;
  /** Most tickets of this tier waiting for an agent at once. */
  peakBacklog = 0;
  /** Longest calendar time a ticket sat in the queue before an agent took it. */
  oldestWaitMs = 0;

  constructor(
    readonly firstResponseTargets: Float64Array,
    readonly resolutionTargets: Float64Array,
  ) {
    this.firstResponseHits = new Float64Array(firstResponseTargets.length);
    this.resolutionHits = new Float64Array(resolutionTargets.length);
  }

  record(queuedMs: number, firstResponseMinutes: number, resolutionMinutes: number): void {
    this.tickets++;
    if (queuedMs > this.oldestWaitMs) this.oldestWaitMs = queuedMs;
    this.firstResponse.record(firstResponseMinutes);
    this.resolution.record(resolutionMinutes);
    const fr = this.firstResponseTargets;
    for (let j = 0; j < fr.length; j++) if (firstResponseMinutes <= fr[j]!) this.firstResponseHits[j]!++;
    const res = this.resolutionTargets;
    for (let j = 0; j < res.length; j++) if (resolutionMinutes <= res[j]!) this.resolutionHits[j]!++;
  }

  /**
   * A ticket nobody picked up before the run stopped: it misses every target
   * (the promise was not shown to be kept) and its wait so far enters the
   * percentiles as a lower bound.
   */
  recordUnanswered(queuedMs: number, waitedMinutes: number): void {
    this.tickets++;
    this.unanswered++;
    if (queuedMs > this.oldestWaitMs) this.oldestWaitMs = queuedMs;
    this.firstResponse.record(waitedMinutes);
    this.resolution.record(waitedMinutes);
  }
}
