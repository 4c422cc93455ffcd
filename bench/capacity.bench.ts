// Capacity engine figures: Erlang C staffing for a week of 5-minute intervals,
// and a one-year, 18-million-ticket queue simulation. Prints medians only.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requiredAgents, simulateQueue, type SimulationInput } from '../src/capacity/index.js';
import { engineClock, indexedClock, START, weight, yearInput } from './simulation-year.js';

const DAY = 24 * 3_600_000;
// tsx's loader by absolute URL, so the memory child runs from any working directory.
const TSX = pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

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

// 2. One year at 50,000 tickets a day, async, three tiers, hourly staffing (simulation-year.ts).
{
  const input = yearInput();
  const mb = (b: number): string => (b / 2 ** 20).toFixed(1);
  const measure = (label: string, run: SimulationInput, reps = 3): void => {
    const walls: number[] = [];
    let last = simulateQueue({ ...run, endMs: START + 7 * DAY }); // warm the JIT on one week
    for (let rep = 0; rep < reps; rep++) {
      const [result, ms] = time(() => simulateQueue(run));
      walls.push(ms);
      last = result;
    }
    console.log(`simulateQueue, one year, ${(last.arrivals / 1e6).toFixed(2)} M tickets, ${label}: median ${(median(walls) / 1000).toFixed(2)} s of ${reps} (goal < 10 s); peak backlog ${last.peakBacklog}`);
    for (const t of last.tiers) {
      const att = t.firstResponse.attainment.map((a) => `${((a.attainment.mean ?? 0) * 100).toFixed(1)} % ≤ ${a.targetMinutes} min`).join(', ');
      console.log(`  ${t.name}: FR p50 ${t.firstResponse.p50Minutes.toFixed(1)} p90 ${t.firstResponse.p90Minutes.toFixed(1)} p95 ${t.firstResponse.p95Minutes.toFixed(1)} min; ${att}`);
    }
  };
  measure('calendar clock', input);
  // The business clock from the time engine (London office hours, bank holidays): as the
  // feasibility facts use it, indexed by hour; and the engine's own call per milestone.
  measure('business clock, indexed by hour (as the facts use it)', { ...input, elapsed: indexedClock() });
  measure('business clock, time engine called per milestone', { ...input, elapsed: engineClock }, 1);

  // Memory follows the live backlog, not the ticket count: 12 times the tickets, the same peak RSS.
  const child = (days: number) => {
    const out = spawnSync(process.execPath, ['--import', TSX, join(import.meta.dirname, 'simulation-memory.ts'), String(days)], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    return JSON.parse(out.stdout) as { days: number; tickets: number; peakBacklog: number; rssBefore: number; rssPeak: number };
  };
  for (const m of [child(30), child(365)]) {
    console.log(`  memory, ${String(m.days).padStart(3)} days (${(m.tickets / 1e6).toFixed(2)} M tickets, peak backlog ${m.peakBacklog}): peak RSS ${mb(m.rssPeak)} MiB, of which the run added ${mb(m.rssPeak - m.rssBefore)} MiB`);
  }
}
