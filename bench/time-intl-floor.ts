// Child process of time-cold.bench.ts: the floor under a first coverage call. In a fresh process,
// the least an engine that reads offsets from Intl must do for the benchmark organisation's
// zones over one year: start Intl, make one formatter per zone, and format one instant per zone
// per 7 days. Prints its wall and CPU milliseconds as JSON.
import { organisation } from './org/generate.js';
import { AS_OF } from './org/plan.js';

const FROM = Date.parse(`${AS_OF}T00:00:00Z`);
const zones = [...new Set(organisation(1).flatMap((f) => f.docs).filter((d) => d.kind === 'Schedule').map((d) => d.spec['timeZone'] as string))].sort();

const t0 = performance.now();
const c0 = process.cpuUsage();
let sink = 0;
for (const timeZone of zones) {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  for (let day = 0; day <= 365; day += 7) sink += fmt.format(FROM + day * 86_400_000).length;
}
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({ zones: zones.length, floorMs: performance.now() - t0, floorCpuMs: (cpu.user + cpu.system) / 1000, sink }));
