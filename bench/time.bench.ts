// Time engine figures (medians of several repetitions). Prints only; asserts nothing.
// Goals: openIntervals + coverage for 100 schedules × 365 days < 100 ms;
// addBusinessMinutes ≥ 1,000,000 calls/s warmed; cost grows with dates × intervals, not minutes.
import {
  addBusinessMinutes,
  addBusinessMs,
  compileSchedule,
  coverageGaps,
  openIntervalsMs,
  type ScheduleSpec,
} from '../src/time/index.js';
import { clearCompiledByContent } from '../src/time/compile.js';
import { clearZoneCache } from '../src/time/zone.js';

const REPS = 7;
const DAY = 86_400_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = FROM + 365 * DAY;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function medianMs(fn: () => void, before?: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < REPS; i++) {
    before?.();
    runs.push(time(fn));
  }
  return median(runs);
}

/** A small deterministic PRNG so every run benchmarks the same schedules. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const ZONES = ['America/New_York', 'America/Los_Angeles', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin', 'Europe/Dublin',
  'Africa/Casablanca', 'Asia/Kolkata', 'Asia/Singapore', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Chatham'];
const PATTERNS: Record<string, string[]>[] = [
  { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] },
  { mon: ['08:00-12:00', '13:00-18:00'], tue: ['08:00-12:00', '13:00-18:00'], wed: ['08:00-12:00'], thu: ['08:00-12:00', '13:00-18:00'], fri: ['08:00-16:00'] },
  { mon: ['22:00-06:00'], tue: ['22:00-06:00'], wed: ['22:00-06:00'], thu: ['22:00-06:00'], fri: ['22:00-06:00'], sun: ['22:00-06:00'] },
  { mon: ['00:00-24:00'], tue: ['00:00-24:00'], wed: ['00:00-24:00'], thu: ['00:00-24:00'], fri: ['00:00-24:00'], sat: ['00:00-24:00'], sun: ['00:00-24:00'] },
  { sat: ['10:00-16:00'], sun: ['10:00-16:00', '18:00-02:00'] },
];

function schedules(count: number): ScheduleSpec[] {
  const random = rng(42);
  const out: ScheduleSpec[] = [];
  for (let i = 0; i < count; i++) {
    const holidays = Array.from({ length: 10 }, () => new Date(FROM + Math.floor(random() * 365) * DAY).toISOString().slice(0, 10));
    const overrides = [{ date: new Date(FROM + Math.floor(random() * 365) * DAY).toISOString().slice(0, 10), hours: ['10:00-14:00'] }];
    out.push({ timeZone: ZONES[i % ZONES.length] as string, weekly: PATTERNS[i % PATTERNS.length] as Record<string, string[]>, holidays, overrides });
  }
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

// 1. openIntervals + coverage for 100 schedules over 365 days.
let specs: ScheduleSpec[] = [];
const fresh = () => {
  specs = schedules(100); // new objects, and the cache by content emptied: nothing memoized
  clearCompiledByContent();
};
const coverage = () => {
  for (const spec of specs) openIntervalsMs(compileSchedule(spec), FROM, TO);
  coverageGaps(specs, FROM, TO);
};
const coldAll = medianMs(coverage, () => {
  fresh();
  clearZoneCache();
});
const coldSchedules = medianMs(coverage, fresh);
const warm = medianMs(coverage);
console.log('100 schedules × 365 days, openIntervals for each + coverageGaps (goal < 100 ms):');
console.log(`  cold (new specs, empty zone cache): ${fmt(coldAll)}`);
console.log(`  new specs, zone offsets cached:     ${fmt(coldSchedules)}`);
console.log(`  warm (compiled and expanded):       ${fmt(warm)}`);

// 2. addBusinessMinutes throughput on a warmed schedule.
const nineToFive: ScheduleSpec = { timeZone: 'America/New_York', weekly: PATTERNS[0] as Record<string, string[]>, holidays: ['2024-07-04', '2024-12-25'] };
const compiled = compileSchedule(nineToFive);
const random = rng(7);
const N = 1_000_000;
const starts = Array.from({ length: N }, () => new Date(FROM + Math.floor(random() * 330 * DAY)));
const minutes = Array.from({ length: N }, () => Math.floor(random() * 3 * 480));
const startMs = Float64Array.from(starts, (d) => d.getTime());
for (let i = 0; i < 200_000; i++) addBusinessMinutes(starts[i] as Date, minutes[i] as number, nineToFive); // warm up
let sink = 0;
const dateApi = medianMs(() => {
  for (let i = 0; i < N; i++) sink += addBusinessMinutes(starts[i] as Date, minutes[i] as number, nineToFive).getTime();
});
const msApi = medianMs(() => {
  for (let i = 0; i < N; i++) sink += addBusinessMs(compiled, startMs[i] as number, (minutes[i] as number) * 60_000);
});
console.log('addBusinessMinutes on a warmed Mon–Fri 09–17 New York schedule (goal ≥ 1,000,000/s):');
console.log(`  Date API (spec passed, memoized): ${Math.round(N / (dateApi / 1000)).toLocaleString('en-US')} calls/s`);
console.log(`  ms API (compiled passed):         ${Math.round(N / (msApi / 1000)).toLocaleString('en-US')} calls/s`);

// 3. Cost follows dates × intervals, not minutes.
const start = new Date(Date.UTC(2024, 2, 5, 15));
console.log('addBusinessMinutes by amount: warm (expanded) and cold (new spec: compile + expand the dates it spans):');
for (const amount of [60, 6_000, 60_000, 600_000]) {
  // 1,000 calls in ms = µs per call.
  const warmUs = medianMs(() => {
    for (let i = 0; i < 1000; i++) sink += addBusinessMinutes(start, amount, nineToFive).getTime();
  });
  const coldMs = medianMs(() => {
    sink += addBusinessMinutes(start, amount, { ...nineToFive }).getTime();
  }, clearCompiledByContent);
  const days = (addBusinessMinutes(start, amount, nineToFive).getTime() - start.getTime()) / DAY;
  console.log(`  +${amount.toLocaleString('en-US').padStart(7)} min (${days.toFixed(0).padStart(4)} days): warm ${warmUs.toFixed(3)} µs/call, cold ${fmt(coldMs)}`);
}
console.log('Cold openIntervals by span (new spec each time, split shifts in Berlin):');
for (const days of [30, 365, 3650]) {
  const ms = medianMs(() => {
    sink += openIntervalsMs(compileSchedule({ timeZone: 'Europe/Berlin', weekly: PATTERNS[1] as Record<string, string[]> }), FROM, FROM + days * DAY).length;
  }, clearCompiledByContent);
  console.log(`  ${String(days).padStart(4)} days: ${fmt(ms)}`);
}
if (sink === 42) console.log('');
