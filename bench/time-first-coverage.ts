// Child process of time-cold.bench.ts: the first coverage computation in a fresh process (the
// benchmark organisation's 100 schedules over the 365 days from its --as-of), then five later
// cold ones (new spec objects and the cache by content cleared, so no schedule is reused; the
// zones' offsets stay known). Prints wall and CPU milliseconds of each as JSON.
import { compileSchedule, coverageGaps, openIntervalsMs, type TimeScheduleSpec } from '../src/index.js';
import { clearCompiledByContent } from '../src/time/compile.js';
import { organisation } from './org/generate.js';
import { AS_OF } from './org/plan.js';

const FROM = Date.parse(`${AS_OF}T00:00:00Z`);
const TO = FROM + 365 * 86_400_000;
const source = organisation(1).flatMap((f) => f.docs).filter((d) => d.kind === 'Schedule').map((d) => d.spec);
const fresh = () => structuredClone(source) as unknown as TimeScheduleSpec[];

/** Wall and CPU (user + system, all threads) milliseconds of one coverage computation. */
function coverage(specs: TimeScheduleSpec[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const spec of specs) openIntervalsMs(compileSchedule(spec), FROM, TO);
  coverageGaps(specs, FROM, TO);
  const cpu = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

const first = coverage(fresh());
const later = Array.from({ length: 5 }, () => {
  clearCompiledByContent();
  return coverage(fresh());
}).sort((a, b) => a.wall - b.wall)[2]!;
console.log(JSON.stringify({ schedules: source.length, firstMs: first.wall, firstCpuMs: first.cpu, laterMs: later.wall }));
