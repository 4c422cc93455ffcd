// The end of one replication (simulation-run.ts): what is still waiting when the run stops
// misses its targets, and its wait so far (less any time paused on the customer) is a lower
// bound. Runs once per replication, so closures are fine here, unlike in the event loop.

import type { EventHeap } from './queues.js';
import type { RunStats } from './run-stats.js';
import type { SimulationPlan } from './simulation-input.js';
import type { WaitingLine } from './waiting-line.js';

export function censorLeftovers(plan: SimulationPlan, waiting: WaitingLine, due: EventHeap, stats: RunStats, cellOf: (arrivalMs: number) => number): void {
  const { measureFromMs, drainUntilMs, clock } = plan;
  const missed = (tier: number, queuedMs: number, arrivalMs: number, answered: boolean, pausedMinutes: number): void => {
    const span = stats.span;
    span[0] = arrivalMs;
    span[1] = drainUntilMs;
    clock.measure(span);
    span[2] = span[2]! - pausedMinutes;
    stats.recordMissed(tier, queuedMs, cellOf(arrivalMs), answered);
  };
  waiting.drain((tier, arrivalMs, sinceMs, answered, pausedMinutes) => {
    if (arrivalMs < measureFromMs) return;
    (answered ? stats.unresolved : stats.unanswered)[tier]!++;
    missed(tier, drainUntilMs - sinceMs, arrivalMs, answered, pausedMinutes);
  });
  // Follow-ups not yet due: the first touch was still going on, or the customer had not answered.
  while (due.size > 0) {
    due.pop();
    const arrivalMs = due.popped[0]!;
    const tier = due.popped[1]!;
    if (arrivalMs < measureFromMs) continue;
    stats.unresolved[tier]!++;
    missed(tier, 0, arrivalMs, true, due.popped[2]!);
  }
}
