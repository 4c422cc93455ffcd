// Loaded with --import into every process a bench measures whole: when the process exits, it
// writes its own CPU time and peak memory (the kernel's accounting, via resourceUsage) to the
// file named by SUPPORTOPS_BENCH_RUSAGE. Plain Node offers no other way to read a child's.
import { writeFileSync } from 'node:fs';

const target = process.env.SUPPORTOPS_BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime, maxRssKiB: usage.maxRSS }));
  });
}
