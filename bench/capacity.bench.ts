// Capacity engine figures: Erlang C staffing for a week of 5-minute intervals,
// and a one-year, 18-million-ticket queue simulation. Prints medians only.
import { requiredAgents, simulateQueue, type SimulationInput } from '../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

// Relative demand by hour of day (weekdays); weekends run at 60 %.
const DAY_SHAPE = [0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 0.8, 1.1, 1.5, 1.7, 1.8, 1.7, 1.6, 1.7, 1.7, 1.6, 1.5, 1.3, 1.1, 1, 0.9, 0.8, 0.6, 0.4];
const weight = (hourOfWeek: number): number => DAY_SHAPE[hourOfWeek % 24]! * (hourOfWeek >= 120 ? 0.6 : 1);
const weekWeight = Array.from({ length: 168 }, (_, h) => weight(h)).reduce((a, b) => a + b, 0);

// 1. requiredAgents over a week of 5-minute intervals (2,016): a typical centre
// peaking near 160 Erlangs, and a stress case peaking near 2,800.
for (const [label, peakCalls] of [['peak ~160 Erlangs', 200], ['peak ~2,800 Erlangs', 3500]] as const) {
  const arrivals = Array.from({ length: 2016 }, (_, i) => (peakCalls * weight(Math.floor(i / 12))) / 1.8);
  const runs: number[] = [];
  let total = 0;
  for (let rep = 0; rep < 15; rep++) {
    const [sum, ms] = time(() => {
      let agents = 0;
      for (const a of arrivals) {
        agents += requiredAgents({ arrivals: a, intervalSeconds: 300, ahtSeconds: 240, targetSeconds: 20, targetServiceLevel: 0.8, maxOccupancy: 0.85, shrinkage: 0.3 }).agents;
      }
      return agents;
    });
    runs.push(ms);
    total = sum;
  }
  console.log(`requiredAgents, 2,016 intervals, ${label}: median ${median(runs).toFixed(2)} ms (goal < 50 ms); ${total} agent-intervals`);
}

// 2. One year at 50,000 tickets a day, async, three tiers, hourly staffing.
{
  const start = Date.UTC(2025, 0, 6); // a Monday
  const hours = 365 * 24;
  const ratePerHour = new Float64Array(hours);
  for (let h = 0; h < hours; h++) ratePerHour[h] = (50_000 * 7 * weight(h % 168)) / weekWeight;
  const ahtSeconds = 360;
  // Staff 07:00–24:00 for ~92 % occupancy and the night at half the workload, so a
  // backlog builds overnight and drains by day: queues, priorities and the heap all work.
  const atMs = Array.from({ length: hours }, (_, h) => start + h * HOUR);
  const agents = Array.from({ length: hours }, (_, h) => {
    const workload = (ratePerHour[h]! * ahtSeconds) / 3600;
    return h % 24 < 7 ? Math.floor(workload * 0.5) : Math.ceil(workload / 0.92);
  });
  const input: SimulationInput = {
    startMs: start,
    endMs: start + 365 * DAY,
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
  const mb = (b: number): string => (b / 2 ** 20).toFixed(1);
  const measure = (label: string, run: SimulationInput): void => {
    const walls: number[] = [];
    const heapDeltas: number[] = [];
    let last = simulateQueue({ ...run, endMs: start + 7 * DAY }); // warm the JIT on one week
    for (let rep = 0; rep < 3; rep++) {
      const heapBefore = process.memoryUsage().heapUsed;
      const [result, ms] = time(() => simulateQueue(run));
      heapDeltas.push(process.memoryUsage().heapUsed - heapBefore);
      walls.push(ms);
      last = result;
    }
    console.log(
      `simulateQueue, one year, ${(last.arrivals / 1e6).toFixed(2)} M tickets, ${label}: median ${(median(walls) / 1000).toFixed(2)} s (goal < 10 s); ` +
        `peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)} MiB; heap delta median ${mb(median(heapDeltas))} MiB; peak backlog ${last.peakBacklog}`,
    );
    for (const t of last.tiers) {
      const att = t.firstResponse.attainment.map((a) => `${((a.attainment.mean ?? 0) * 100).toFixed(1)} % ≤ ${a.targetMinutes} min`).join(', ');
      console.log(`  ${t.name}: FR p50 ${t.firstResponse.p50Minutes.toFixed(1)} p90 ${t.firstResponse.p90Minutes.toFixed(1)} p95 ${t.firstResponse.p95Minutes.toFixed(1)} min; ${att}`);
    }
  };
  measure('calendar clock (fast path)', input);
  // A stand-in business clock (weekdays 08:00–20:00 UTC) to show the cost of a per-ticket callback.
  const open = (ms: number): number => {
    const day = Math.floor(ms / DAY);
    const weekday = (day + 3) % 7; // 0 = Monday
    const before = Math.floor(day / 7) * 5 * 720 + Math.min(weekday, 5) * 720;
    const within = weekday < 5 ? Math.min(720, Math.max(0, (ms - day * DAY - 8 * HOUR) / 60_000)) : 0;
    return before + within;
  };
  measure('business-clock callback', { ...input, elapsed: (a, b) => open(b) - open(a) });
}
