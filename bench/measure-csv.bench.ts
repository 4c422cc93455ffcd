// The CSV history reader plus attainment (issue goal: 1,000,000 tickets a second, and memory
// flat, under 200 MB of RSS at 10,000,000 rows). Each case is a fresh process (measure-child.ts)
// over a CSV export generated into a temporary folder; the figures are medians. Tickets a second
// count the pass over the file (after start-up), by the clock and per CPU second; peak RSS is
// the whole process's. Alongside:
// reading alone, and csv-parse alone, which shows what bounds the pass.
//
//   MEASURE_ROWS=1000000,10000000  row counts (default)   MEASURE_RUNS=3  runs per case
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { mebibytes, median, REPO, runNode, SCRATCH } from './whole-process.js';

const ROWS = (process.env.MEASURE_ROWS ?? '1000000,10000000').split(',').map(Number);
const RUNS = Number(process.env.MEASURE_RUNS ?? 3);
const START = Date.parse('2026-01-05T00:00:00Z');
const AS_OF = '2027-02-01';
const CHANNELS = ['email', 'web-form', 'messenger'];
const PRIORITIES = ['urgent', 'high', 'normal', 'normal'];
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A year of tickets over the example's channels, `rows` of them, with seeded reply and solve times. */
async function generate(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,channel,created,first_response,solved,status,priority,tags\n');
  let x = 12345;
  const rand = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 1; i <= rows; i++) {
    const created = START + Math.floor(i * ((365 * 86_400_000) / rows));
    const fr = created + Math.floor(rand() * 8 * 3_600_000);
    const solved = fr + Math.floor(rand() * 72 * 3_600_000);
    if (!out.write(`${i},${CHANNELS[i % 3]},${iso(created)},${iso(fr)},${iso(solved)},solved,${PRIORITIES[i % 4]},how-to\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// The child and the sources it uses in one file of plain JavaScript, as the built CLI runs.
const child = join(SCRATCH, 'measure-child.mjs');
buildSync({ entryPoints: [join(REPO, 'bench', 'measure-child.ts')], outfile: child, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
const dir = mkdtempSync(join(tmpdir(), 'supportops-measure-bench-'));
try {
  for (const rows of ROWS) {
    const file = join(dir, `history-${rows}.csv`);
    await generate(file, rows);
    console.log(`${rows.toLocaleString('en')} rows (${mebibytes(statSync(file).size)}), medians of ${RUNS}:`);
    const modes = rows <= 1_000_000 ? (['measure', 'read', 'csv-parse'] as const) : (['measure'] as const);
    for (const mode of modes) {
      const runs = Array.from({ length: RUNS }, () => {
        const r = runNode([child, mode, file, AS_OF], { label: `${mode} ${rows}` });
        return { ...r, pass: JSON.parse(r.stdout.trim().split('\n').pop()!) as { tickets: number; ms: number; cpuMs: number } };
      });
      const perSecond = median(runs.map((r) => r.pass.tickets / (r.pass.ms / 1000)));
      // CPU time says what the pass costs when other work shares the machine (GC threads count too).
      const perCpuSecond = median(runs.map((r) => r.pass.tickets / (r.pass.cpuMs / 1000)));
      const words = { measure: 'reader + attainment', read: 'reader alone', 'csv-parse': 'csv-parse alone (rows)' }[mode];
      console.log(`  ${words.padEnd(24)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} tickets/s (${Math.round(perCpuSecond).toLocaleString('en')} per CPU second)   peak RSS ${mebibytes(median(runs.map((r) => r.peakBytes)))}`);
    }
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
