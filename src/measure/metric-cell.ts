/**
 * What one channel × tier × metric accumulates while tickets stream past: per target, how many
 * met it, missed it (a breach, open or closed) or cannot tell yet (open and still inside it:
 * censored, never counted as met); the percentiles; and the worst breaches, bounded.
 */
import type { MeasuredMetric } from '../history/ticket-record.js';
import { compareIds } from '../values/order.js';
import type { TargetView } from './measure-view.js';
import { Quantiles } from './quantiles.js';

export interface Breach {
  ticket: string;
  /** 1 for everything but next responses, which count from 2 as Zendesk does. */
  instance: number;
  /** How far past the loosest target, in seconds of the clock (for an open ticket: so far). */
  lateSeconds: number;
  /** Local date (clock's zone) on which the target was passed. */
  date: string;
  open: boolean;
}

export interface TargetCount {
  met: number;
  breached: number;
  censored: number;
}

export class MetricCell {
  readonly counts: TargetCount[];
  readonly quantiles = new Quantiles();
  /** Tickets (or next responses) whose milestone the export does not record at all. */
  noData = 0;
  breachCount = 0;
  private breaches: Breach[] = [];

  /** The loosest target, in ms: passing it makes a breach. */
  readonly limitMs: number;

  constructor(readonly metric: MeasuredMetric, readonly targets: readonly TargetView[], private readonly maxListed: number) {
    this.counts = targets.map(() => ({ met: 0, breached: 0, censored: 0 }));
    this.limitMs = Math.max(-1, ...targets.map((t) => t.seconds)) * 1000;
  }

  /** A milestone reached after `elapsedMs` of the clock. */
  reached(elapsedMs: number): void {
    this.quantiles.add(elapsedMs / 1000);
    for (let j = 0; j < this.targets.length; j++) {
      if (elapsedMs <= this.targets[j]!.seconds * 1000) this.counts[j]!.met++;
      else this.counts[j]!.breached++;
    }
  }

  /** A milestone not reached yet, `elapsedMs` of the clock so far. */
  open(elapsedMs: number): void {
    let breachedAny = false;
    for (let j = 0; j < this.targets.length; j++) {
      if (elapsedMs > this.targets[j]!.seconds * 1000) {
        this.counts[j]!.breached++;
        breachedAny = true;
      } else this.counts[j]!.censored++;
    }
    // Its time so far enters the percentiles only once it is a breach (a lower bound then).
    if (breachedAny) this.quantiles.add(elapsedMs / 1000);
  }

  breach(b: Breach): void {
    this.breachCount++;
    this.breaches.push(b);
    if (this.breaches.length >= 2 * this.maxListed) this.trim();
  }

  /** The worst breaches first (latest, then ticket id), at most maxListed. */
  listed(): Breach[] {
    this.trim();
    return this.breaches;
  }

  private trim(): void {
    this.breaches.sort((a, b) => b.lateSeconds - a.lateSeconds || compareIds(a.ticket, b.ticket) || a.instance - b.instance);
    if (this.breaches.length > this.maxListed) this.breaches.length = this.maxListed;
  }
}
