// The time engine's cold costs, on the benchmark organisation's schedules (bench/org), each beside
// a floor measured in the same run and taken pair by pair (a neighbour's burst lands on both):
// 1. the first coverage computation in a fresh process — 100 schedules × 365 days, openIntervals
//    for each and coverageGaps — against the Intl floor in a fresh process of its own (start Intl,
//    one formatter per zone, one offset a week: time-intl-floor.ts), and against later cold calls
//    in the same process (new spec objects, the compile cache by content cleared);
// 2. addBusinessMinutes with an equal but new schedule object on every call (a spec read again,
//    as every policy load makes) against the same object every call (memoized). Asserts nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addBusinessMinutes, type TimeScheduleSpec } from '../src/index.js';
import { organisation } from './org/generate.js';
import { AS_OF } from './org/plan.js';
import { seeded } from './org/random.js';
import { median } from './whole-process.js';

const TSX = pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const PAIRS = 5;

function child<T>(file: string): T {
  const out = spawnSync(process.execPath, ['--import', TSX, join(import.meta.dirname, file)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as T;
}

interface First { schedules: number; firstMs: number; firstCpuMs: number; laterMs: number }
interface Floor { zones: number; floorMs: number; floorCpuMs: number }
const pairs = Array.from({ length: PAIRS }, () => ({ floor: child<Floor>('time-intl-floor.ts'), run: child<First>('time-first-coverage.ts') }));
const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`;
const times = (xs: number[]) => `${median(xs).toFixed(1)}×`;
console.log(`Coverage of the org's ${pairs[0]!.run.schedules} schedules × 365 days in ${pairs[0]!.floor.zones} zones, medians of ${PAIRS} pairs of fresh processes:`);
console.log(`  first call in a process:       ${ms(pairs.map((p) => p.run.firstMs))} wall, ${ms(pairs.map((p) => p.run.firstCpuMs))} CPU (goal < 100 ms)`);
console.log(`  floor, Intl alone:             ${ms(pairs.map((p) => p.floor.floorMs))} wall, ${ms(pairs.map((p) => p.floor.floorCpuMs))} CPU`);
console.log(`  first call ÷ floor:            ${times(pairs.map((p) => p.run.firstMs / p.floor.floorMs))} wall, ${times(pairs.map((p) => p.run.firstCpuMs / p.floor.floorCpuMs))} CPU`);
console.log(`  later cold calls (recompiled): ${ms(pairs.map((p) => p.run.laterMs))} wall`);

// 2. addBusinessMinutes on the SLA clock (London office hours, bank holidays, short days).
const clock = organisation(1).flatMap((f) => f.docs).find((d) => d.name === 'sla-hours')!.spec;
const text = JSON.stringify(clock);
const draw = seeded('add-business-minutes');
const FROM = Date.parse(`${AS_OF}T00:00:00Z`);
const N = 200_000;
const starts = Array.from({ length: N }, () => new Date(FROM + Math.floor(draw() * 330 * 86_400_000)));
const minutes = Array.from({ length: N }, () => Math.floor(draw() * 3 * 600));
let sink = 0;

const same = JSON.parse(text) as TimeScheduleSpec;
function sameRate(): number {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) sink += addBusinessMinutes(starts[i]!, minutes[i]!, same).getTime();
  return N / ((performance.now() - t0) / 1000);
}

// Each call gets its own parsed copy, used once, made just before (as a spec read from a file or a
// request is used): ROUND copies are parsed untimed, then their ROUND calls are timed.
const ROUND = 100;
const NEW_CALLS = 20_000;
function newRate(): number {
  let spent = 0;
  for (let done = 0; done < NEW_CALLS; done += ROUND) {
    const pool = Array.from({ length: ROUND }, () => JSON.parse(text) as TimeScheduleSpec);
    const t0 = performance.now();
    for (let i = 0; i < ROUND; i++) sink += addBusinessMinutes(starts[done + i]!, minutes[done + i]!, pool[i]!).getTime();
    spent += performance.now() - t0;
  }
  return NEW_CALLS / (spent / 1000);
}

// The same, with all NEW_CALLS copies made long before their call: each is read back from memory
// long since left the CPU's caches, and collecting the bench's own garbage can land in the timing.
function poolRate(): number {
  const pool = Array.from({ length: NEW_CALLS }, () => JSON.parse(text) as TimeScheduleSpec);
  const t0 = performance.now();
  for (let i = 0; i < NEW_CALLS; i++) sink += addBusinessMinutes(starts[i]!, minutes[i]!, pool[i]!).getTime();
  return NEW_CALLS / ((performance.now() - t0) / 1000);
}

sameRate(); // warm up
newRate();
const samples = Array.from({ length: 7 }, () => ({ same: sameRate(), fresh: newRate(), pool: poolRate() }));
const rate = (xs: number[]) => Math.round(median(xs)).toLocaleString('en-US');
console.log(`addBusinessMinutes on the SLA clock, calls/s, medians of ${samples.length} pairs:`);
console.log(`  an equal but new schedule object per call: ${rate(samples.map((s) => s.fresh))} calls/s (goal ≥ 1,000,000 calls/s)`);
console.log(`  floor, the same object every call:         ${rate(samples.map((s) => s.same))} calls/s`);
console.log(`  new object ÷ floor:                        ${median(samples.map((s) => s.fresh / s.same)).toFixed(2)}×`);
console.log(`  new objects all made long before:          ${rate(samples.map((s) => s.pool))} calls/s`);
if (sink === 42) console.log('');
