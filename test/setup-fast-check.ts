// Properties run on a fixed seed so CI is deterministic; FC_SEED=<n> (or FC_SEED=random)
// explores other cases locally, and a failure prints the seed that reproduces it.
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261201 });
