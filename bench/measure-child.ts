// Child process of measure-csv.bench.ts: one pass over a generated CSV export in a fresh process,
// printing JSON. `measure` reads and measures (what `supportops measure` does after start-up),
// `read` only reads records, `csv-parse` only parses rows with csv-parse (the reference the
// scanner replaced). The parent reads the whole process's peak RSS.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { HistoryProblems, readHistory } from '../src/history/read-history.js';
import { historyFile } from '../src/host/history-files.js';
import { readPolicyFiles } from '../src/load/files.js';
import { measureHistory } from '../src/measure/measure-history.js';
import { measureView } from '../src/measure/measure-view.js';
import { validatePolicies } from '../src/model/validate-policies.js';

const [mode, file, asOf] = process.argv.slice(2) as ['measure' | 'read' | 'csv-parse', string, string];

/** csv-parse as its documentation streams a file: piped, records read with for await. */
async function csvParseOnly(): Promise<number> {
  let rows = 0;
  for await (const _ of createReadStream(file).pipe(parse({ bom: true }))) rows++;
  return rows - 1;
}

const { model } = validatePolicies(readPolicyFiles('policies'));
const view = measureView(model);
const problems = new HistoryProblems();
const source = { format: 'csv' as const, files: [historyFile(file, 'history.csv')] };
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let tickets = 0;
if (mode === 'csv-parse') tickets = await csvParseOnly();
else if (mode === 'read') readHistory(source, problems, () => tickets++);
else tickets = measureHistory(source, view, { asOfMs: Date.parse(`${asOf}T00:00:00Z`) }, problems).records.measured;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ tickets, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, problems: problems.total }));
