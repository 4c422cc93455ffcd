// The benchmark's simulated year, shared by capacity.bench.ts and simulation-memory.ts:
// 50,000 tickets a day, async, three tiers, hourly staffing, and a real business clock.
import { indexClock, type SimulationInput } from '../src/capacity/index.js';
import { businessMsBetween, compileSchedule, openIntervalsMs } from '../src/time/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const START = Date.UTC(2025, 0, 6); // a Monday

// Relative demand by hour of day (weekdays); weekends run at 60 %.
const DAY_SHAPE = [0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 0.8, 1.1, 1.5, 1.7, 1.8, 1.7, 1.6, 1.7, 1.7, 1.6, 1.5, 1.3, 1.1, 1, 0.9, 0.8, 0.6, 0.4];
export const weight = (hourOfWeek: number): number => DAY_SHAPE[hourOfWeek % 24]! * (hourOfWeek >= 120 ? 0.6 : 1);
const weekWeight = Array.from({ length: 168 }, (_, h) => weight(h)).reduce((a, b) => a + b, 0);

/** `days` of 50,000 tickets a day, staffed 07:00–24:00 for ~92 % occupancy and the night at half the workload. */
export function yearInput(days = 365): SimulationInput {
  const hours = days * 24;
  const ratePerHour = new Float64Array(hours);
  for (let h = 0; h < hours; h++) ratePerHour[h] = (50_000 * 7 * weight(h % 168)) / weekWeight;
  const ahtSeconds = 360;
  // A backlog builds overnight and drains by day: queues, priorities and the heap all work.
  const atMs = Array.from({ length: hours }, (_, h) => START + h * HOUR);
  const agents = Array.from({ length: hours }, (_, h) => {
    const workload = (ratePerHour[h]! * ahtSeconds) / 3600;
    return h % 24 < 7 ? Math.floor(workload * 0.5) : Math.ceil(workload / 0.92);
  });
  return {
    startMs: START,
    endMs: START + days * DAY,
    arrivalsPerHour: ratePerHour,
    tiers: [
      { name: 'urgent', share: 0.1, priority: 1, firstResponseTargetsMinutes: [15, 60] },
      { name: 'high', share: 0.3, priority: 2, firstResponseTargetsMinutes: [60, 240] },
      { name: 'standard', share: 0.6, priority: 3, firstResponseTargetsMinutes: [240, 1440], resolutionTargetsMinutes: [1440] },
    ],
    staffing: { atMs, agents },
    ahtSeconds,
    mode: 'async',
    seed: 2025,
    replications: 1,
  };
}

/** London office hours, weekdays 08:00–20:00 with the UK bank holidays of 2025: a real schedule from the time engine. */
const officeHours = compileSchedule({
  timeZone: 'Europe/London',
  weekly: { mon: ['08:00-20:00'], tue: ['08:00-20:00'], wed: ['08:00-20:00'], thu: ['08:00-20:00'], fri: ['08:00-20:00'] },
  holidays: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
});

/** The time engine's business clock, called per milestone. */
export const engineClock = (a: number, b: number): number => businessMsBetween(officeHours, a, b) / 60_000;

/** The same clock indexed by hour over the year and its drain (what the feasibility facts use). */
export function indexedClock(days = 365) {
  const to = START + (days + 7) * DAY;
  return indexClock(openIntervalsMs(officeHours, START, to), START, to, engineClock);
}
