// The CSV history reader plus attainment: tickets per second and peak RSS. Rows are generated on
// the fly into a temp file (MEASURE_ROWS, default 1,000,000; the goal is checked at 10,000,000).
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolicyFiles } from '../src/load/files.js';
import { HistoryProblems } from '../src/history/read-history.js';
import { historyFile } from '../src/host/history-files.js';
import { measureHistory } from '../src/measure/measure-history.js';
import { policyView } from '../src/measure/policy-view.js';
import { validatePolicies } from '../src/model/validate-policies.js';

const rows = Number(process.env.MEASURE_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'supportops-bench-'));
const file = join(dir, 'history.csv');
const START = Date.parse('2026-01-05T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const channels = ['email', 'web-form', 'messenger'];
const priorities = ['urgent', 'high', 'normal', 'normal'];

const out = createWriteStream(file);
out.write('id,channel,created,first_response,solved,status,priority,tags\n');
let x = 12345;
const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (let i = 1; i <= rows; i++) {
  const created = START + Math.floor(i * (365 * 86_400_000 / rows));
  const fr = created + Math.floor(rand() * 8 * 3_600_000);
  const solved = fr + Math.floor(rand() * 72 * 3_600_000);
  const line = `${i},${channels[i % 3]},${iso(created)},${iso(fr)},${iso(solved)},solved,${priorities[i % 4]},how-to\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
const bytes = statSync(file).size;

const { model } = validatePolicies(readPolicyFiles('policies'));
const view = policyView(model);
const problems = new HistoryProblems();
const t0 = performance.now();
const m = measureHistory({ format: 'csv', files: [historyFile(file, 'history.csv')] }, view, { asOfMs: START + 400 * 86_400_000 }, problems);
const seconds = (performance.now() - t0) / 1000;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`csv reader + attainment: ${rows.toLocaleString('en')} rows (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString('en')} tickets/s; peak RSS ${rssMb.toFixed(0)} MB; measured ${m.records.measured}, problems ${problems.total}`);
rmSync(dir, { recursive: true, force: true });
