import { describe, expect, it } from 'vitest';
import { simulateQueue, type SimulationInput, type TicketObserver } from '../../src/capacity/index.js';
import { DAY, officeHours, START } from '../helpers/office-hours.js';


/** Two weeks, office hours staffed, a night backlog: waits of every kind, some tickets waiting at the end. */
function input(mode: 'sync' | 'async', extra: Partial<SimulationInput> = {}): SimulationInput {
  const days = 14;
  return {
    startMs: START,
    endMs: START + days * DAY,
    arrivalsPerHour: new Float64Array(days * 24).fill(12),
    tiers: [
      { name: 'urgent', share: 0.3, priority: 1, acknowledgeTargetsMinutes: [5], firstResponseTargetsMinutes: [30] },
      { name: 'standard', share: 0.7, priority: 2, firstResponseTargetsMinutes: [240], resolutionTargetsMinutes: [600, 1440] },
    ],
    staffing: officeHours(days, 3),
    ahtSeconds: 600,
    mode,
    seed: 7,
    replications: 2,
    measureFromMs: START + DAY,
    drainUntilMs: START + (days + 1) * DAY,
    ...extra,
  };
}

/** Counts what the observer sees, and milestones set before their ticket arrived. */
class Recorder implements TicketObserver {
  arrivals = [0, 0];
  acks = 0;
  replies = 0;
  resolutions = 0;
  early = 0;
  arrived(tier: number): void {
    this.arrivals[tier]!++;
  }
  acknowledged(arrivalMs: number, atMs: number): void {
    this.acks++;
    this.check(arrivalMs, atMs);
  }
  responded(arrivalMs: number, atMs: number): void {
    this.replies++;
    this.check(arrivalMs, atMs);
  }
  resolved(arrivalMs: number, atMs: number): void {
    this.resolutions++;
    this.check(arrivalMs, atMs);
  }
  private check(arrivalMs: number, atMs: number): void {
    if (atMs < arrivalMs) this.early++;
  }
}

function observe(mode: 'sync' | 'async', followUpShare: number): { plain: ReturnType<typeof simulateQueue>; observed: ReturnType<typeof simulateQueue>; seen: Recorder } {
  const seen = new Recorder();
  const extra = mode === 'async' ? { followUpShare } : {};
  return { plain: simulateQueue(input(mode, extra)), observed: simulateQueue(input(mode, { ...extra, observer: seen })), seen };
}

describe('the per-ticket observer', () => {
  for (const [mode, followUpShare] of [['sync', 0], ['async', 0], ['async', 0.4]] as const) {
    it(`${mode}${followUpShare > 0 ? ' with follow-ups' : ''}: sees every measured ticket and changes no result`, () => {
      const { plain, observed, seen } = observe(mode, followUpShare);
      expect(observed).toEqual(plain);
      const tickets = plain.tiers.map((t) => t.tickets);
      expect(seen.arrivals).toEqual(tickets);
      const total = tickets[0]! + tickets[1]!;
      const unanswered = plain.tiers.reduce((s, t) => s + t.unanswered, 0);
      const unresolved = plain.tiers.reduce((s, t) => s + t.unresolved, 0);
      expect(total).toBeGreaterThan(1000);
      expect(seen.replies).toBe(total - unanswered);
      expect(seen.resolutions).toBe(total - unanswered - unresolved);
      // Async, triage acknowledges every ticket someone is on shift for before the run stops.
      expect(seen.acks).toBeLessThanOrEqual(total);
      expect(seen.acks).toBeGreaterThanOrEqual(total - unanswered);
      expect(seen.early).toBe(0);
    });
  }
});
