// The items waiting for an agent in one replication: new tickets and follow-ups, a FIFO of each
// per tier, and the order an agent takes them in. Part of the event loop (simulation-run.ts):
// nothing is allocated per item, and the item taken is handed back in fields (`ticketMs`,
// `sinceMs`), not as a returned double, which would be boxed when the call is not inlined.

import { RingQueue } from './queues.js';

export class WaitingLine {
  /** New tickets per tier: their arrival. */
  readonly fresh: RingQueue[];
  /** Follow-ups per tier: the ticket's arrival (to measure) and when it joined the queue (to order). */
  readonly again: RingQueue[];
  readonly againSince: RingQueue[];
  /** Follow-ups per tier: the clock minutes the ticket was paused before it (pending on the customer). */
  readonly againPaused: RingQueue[];
  private readonly waitingByTier: Int32Array;
  /** Items waiting, all tiers, and the most at once. */
  size = 0;
  peak = 0;
  /** The item take() removed: its ticket's arrival and when it joined the queue. */
  ticketMs = 0;
  sinceMs = 0;
  /** Clock minutes the item taken was paused before it (0 for a new ticket). */
  pausedMinutes = 0;
  /** Whether take() removed a follow-up. */
  followUp = false;

  /**
   * @param serveOrder tiers by priority, most urgent first
   * @param peakByTier most items of each tier waiting at once, kept up to date here
   */
  constructor(
    private readonly serveOrder: Int32Array,
    private readonly priorities: ArrayLike<number>,
    private readonly peakByTier: Float64Array,
  ) {
    const n = peakByTier.length;
    this.fresh = Array.from({ length: n }, () => new RingQueue());
    this.again = Array.from({ length: n }, () => new RingQueue());
    this.againSince = Array.from({ length: n }, () => new RingQueue());
    this.againPaused = Array.from({ length: n }, () => new RingQueue());
    this.waitingByTier = new Int32Array(n);
  }

  /** A new ticket of `tier` joins the line at `arrivalMs`. */
  addNew(tier: number, arrivalMs: number): void {
    this.fresh[tier]!.push(arrivalMs);
    this.counted(tier);
  }

  /** The follow-up of a ticket that arrived at `ticketMs` joins the line at `sinceMs`, its clock paused `pausedMinutes` so far. */
  addFollowUp(tier: number, ticketMs: number, sinceMs: number, pausedMinutes: number): void {
    this.again[tier]!.push(ticketMs);
    this.againSince[tier]!.push(sinceMs);
    this.againPaused[tier]!.push(pausedMinutes);
    this.counted(tier);
  }

  private counted(tier: number): void {
    if (++this.size > this.peak) this.peak = this.size;
    const n = ++this.waitingByTier[tier]!;
    if (n > this.peakByTier[tier]!) this.peakByTier[tier] = n;
  }

  /**
   * Removes the item an agent takes next and returns its tier (the item is in ticketMs, sinceMs
   * and followUp): the most urgent non-empty tier; among equal priorities, and between new
   * tickets and follow-ups, whatever queued first (FIFO). Only valid when size > 0.
   */
  take(): number {
    const { serveOrder, priorities } = this;
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
    this.size--;
    this.waitingByTier[bestTier]!--;
    this.followUp = bestIsFollowUp;
    if (bestIsFollowUp) {
      this.ticketMs = this.again[bestTier]!.shift();
      this.sinceMs = this.againSince[bestTier]!.shift();
      this.pausedMinutes = this.againPaused[bestTier]!.shift();
    } else {
      this.ticketMs = this.fresh[bestTier]!.shift();
      this.sinceMs = this.ticketMs;
      this.pausedMinutes = 0;
    }
    return bestTier;
  }

  /** Empties the line tier by tier, new tickets before follow-ups, each queue oldest first: the run is over. */
  drain(visit: (tier: number, ticketMs: number, sinceMs: number, followUp: boolean, pausedMinutes: number) => void): void {
    for (let tier = 0; tier < this.fresh.length; tier++) {
      for (const fresh = this.fresh[tier]!; fresh.size > 0; ) {
        const arrivalMs = fresh.shift();
        visit(tier, arrivalMs, arrivalMs, false, 0);
      }
      const paused = this.againPaused[tier]!;
      for (const again = this.again[tier]!, since = this.againSince[tier]!; again.size > 0; ) visit(tier, again.shift(), since.shift(), true, paused.shift());
      this.waitingByTier[tier] = 0;
    }
    this.size = 0;
  }
}
