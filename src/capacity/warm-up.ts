// Two throwaway runs of a tiny plan when the engine loads (well under a millisecond) settle
// V8's object shapes and field types: fields set per instance become "mutable", counters meet
// fractions, queues grow. Met first in a real run, each such change throws the optimised event
// loop away mid-run and it is compiled again, which in a short CLI process costs more than the
// run itself. Results are unaffected: every run has its own state and seed.

import { MS_PER_HOUR, indexClock } from './wait-clock.js';
import { planSimulation } from './simulation-input.js';
import { runReplication } from './simulation-run.js';

for (const mode of ['async', 'sync'] as const) {
  const plan = planSimulation({
    // A rush while nobody is on shift grows the queues past their first buffers, as real runs do.
    startMs: 0, endMs: 2 * MS_PER_HOUR, arrivalsPerHour: Float64Array.of(300.5, 20.5),
    tiers: ['a', 'b'].map((name, i) => ({ name, share: 0.5, priority: i + 1, acknowledgeTargetsMinutes: [1], firstResponseTargetsMinutes: [2.5], resolutionTargetsMinutes: [5, 9.5] })),
    staffing: { atMs: [0, 0.25 * MS_PER_HOUR, 1.5 * MS_PER_HOUR], agents: [0, 2, 1], availability: [1, 0.75, 0.5] },
    ahtSeconds: 150.5, mode, followUpShare: 0.5, elapsed: indexClock([0.1 * MS_PER_HOUR, 1.9 * MS_PER_HOUR], 0, 3 * MS_PER_HOUR, (a, b) => (b - a) / 60_000),
    drainUntilMs: 3 * MS_PER_HOUR, seed: 1, replications: 1, batchMs: MS_PER_HOUR,
  });
  for (let seed = 1; seed <= 2; seed++) runReplication(plan, seed);
}
