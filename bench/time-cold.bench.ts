// The time engine's cold costs, on the benchmark organisation's schedules (bench/org):
// 1. the first coverage computation in a fresh process — 100 schedules × 365 days, openIntervals
//    for each and coverageGaps — against later cold ones in the same process (new spec objects,
//    the compile cache by content cleared: zones' offsets known, every schedule compiled again);
// 2. addBusinessMinutes with an equal but new schedule object on every call (a spec read again,
//    as every policy load makes) against the same object (memoized). Medians; asserts nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addBusinessMinutes, type TimeScheduleSpec } from '../src/index.js';
import { organisation } from './org/generate.js';
import { AS_OF } from './org/plan.js';
import { seeded } from './org/random.js';
import { median } from './whole-process.js';

const TSX = pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const CHILDREN = 5;

const children = Array.from({ length: CHILDREN }, () => {
  const out = spawnSync(process.execPath, ['--import', TSX, join(import.meta.dirname, 'time-first-coverage.ts')], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as { schedules: number; firstMs: number; laterMs: number };
});
console.log(`Coverage of the org's ${children[0]!.schedules} schedules × 365 days (goal: first call < 100 ms), medians of ${CHILDREN} fresh processes:`);
console.log(`  first call in a process:      ${median(children.map((c) => c.firstMs)).toFixed(1)} ms`);
console.log(`  later cold calls (recompiled): ${median(children.map((c) => c.laterMs)).toFixed(1)} ms`);

// 2. addBusinessMinutes on the SLA clock (London office hours, bank holidays, short days).
const clock = organisation(1).flatMap((f) => f.docs).find((d) => d.name === 'sla-hours')!.spec;
const text = JSON.stringify(clock);
const draw = seeded('add-business-minutes');
const FROM = Date.parse(`${AS_OF}T00:00:00Z`);
const N = 1_000_000;
const starts = Array.from({ length: N }, () => new Date(FROM + Math.floor(draw() * 330 * 86_400_000)));
const minutes = Array.from({ length: N }, () => Math.floor(draw() * 3 * 600));
let sink = 0;

const same = JSON.parse(text) as TimeScheduleSpec;
for (let i = 0; i < 200_000; i++) sink += addBusinessMinutes(starts[i]!, minutes[i]!, same).getTime(); // warm up
const sameRates = Array.from({ length: 5 }, () => {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) sink += addBusinessMinutes(starts[i]!, minutes[i]!, same).getTime();
  return N / ((performance.now() - t0) / 1000);
});

// Each call gets its own parsed copy, used once: up to POOL calls or one second, whichever first.
const POOL = 20_000;
const newRates = Array.from({ length: 5 }, () => {
  const pool = Array.from({ length: POOL }, () => JSON.parse(text) as TimeScheduleSpec);
  const t0 = performance.now();
  let calls = 0;
  while (calls < POOL && (calls % 64 !== 0 || performance.now() - t0 < 1000)) {
    sink += addBusinessMinutes(starts[calls]!, minutes[calls]!, pool[calls]!).getTime();
    calls++;
  }
  return calls / ((performance.now() - t0) / 1000);
});
const rate = (xs: number[]) => Math.round(median(xs)).toLocaleString('en-US');
console.log('addBusinessMinutes on the SLA clock (goal: ≥ 1,000,000 calls/s even with equal new specs), medians of 5:');
console.log(`  an equal but new schedule object per call: ${rate(newRates)} calls/s`);
console.log(`  the same object every call:                ${rate(sameRates)} calls/s`);
if (sink === 42) console.log('');
