// The enterprise organisation (bench/org): validate, check, build, diff and the Action, whole
// processes, each run right after the floor (parse + schema-validate the same files; for the diff
// and a pull request, which load the base and the head, both trees) so that a drift in the
// machine's speed hits both; ratios are taken pair by pair, then the median.
// Figures: user CPU (the process's own), wall, peak RSS; for build, the bytes it writes.
//
//   npm run bench                     quick: scale 1, all eight cases (validate, check cold and
//                                     warm, build, diff, the Action on a push and on a pull request
//                                     cold, and on a pull request with the base's simulations cached)
//   BENCH_ORG=full npm run bench org  everything: scales 1 and 2, and the linearity of check
//   BENCH_ORG_SCALES=2 BENCH_ORG_CASES=check,diff BENCH_ORG_RUNS=5 npm run bench org
//                                     any scales, cases (validate check check-warm build diff
//                                     action-push action-pr action-pr-warm) and paired runs (default 3; 1 for a case whose
//                                     run takes over a minute); BENCH_ORG_TIMEOUT_S bounds a run.
//   A case that runs over the bound or fails is reported as stopped and the bench goes on.
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF } from './org/plan.js';
import { cleanUp, prepareScale, prepareTools, type ScaleSetup, type Tools } from './org/prepare.js';
import { mebibytes, median, REPO, RunFailed, runNode, SCRATCH, seconds, type ProcessRun } from './whole-process.js';

interface Case {
  id: string;
  label: string;
  args: (tools: Tools, s: ScaleSetup) => string[];
  cwd?: (s: ScaleSetup) => string;
  env?: (s: ScaleSetup) => NodeJS.ProcessEnv;
  before?: (s: ScaleSetup) => void;
  /** Once per scale before the timed runs, untimed: what a warm case finds in its cache. */
  prime?: (t: Tools, s: ScaleSetup) => void;
  /** The case loads the base and the head: its floor parses and validates both (one process, the schemas compiled once). */
  twoTrees?: boolean;
}

/**
 * The simulation cache: the cold cases run without it (--no-cache; the Action's runner temp is
 * its workspace here, and `cache-dir: none` says so). The warm ones find what an earlier run left:
 * `check` the same policies checked before; the Action's pull request the base's simulations,
 * left by a push run on the base as CI would, restored before every run so none is warmer.
 */
const cacheOf = (s: ScaleSetup, name: string) => join(SCRATCH, `org-${s.scale}-cache-${name}`);
const cold = { 'INPUT_CACHE-DIR': 'none' };
const primedPr = (s: ScaleSetup) => ({ ...s.pr.env, 'INPUT_CACHE-DIR': cacheOf(s, 'pr') });

function primePullRequest(t: Tools, s: ScaleSetup): void {
  rmSync(cacheOf(s, 'base'), { recursive: true, force: true });
  runNode([t.action], { label: 'the push run that fills the cache', cwd: s.push.dir, env: { ...s.push.env, 'INPUT_CACHE-DIR': cacheOf(s, 'base') } });
}

function restoreBaseCache(s: ScaleSetup): void {
  rmSync(cacheOf(s, 'pr'), { recursive: true, force: true });
  cpSync(cacheOf(s, 'base'), cacheOf(s, 'pr'), { recursive: true });
}

const checkArgs = (t: Tools, s: ScaleSetup) => [t.cli, 'check', s.root, '--as-of', AS_OF];

const CASES: Case[] = [
  { id: 'validate', label: 'validate', args: (t, s) => [t.cli, 'validate', s.root, '--as-of', AS_OF] },
  { id: 'check', label: 'check', args: (t, s) => [...checkArgs(t, s), '--no-cache'] },
  {
    id: 'check-warm', label: 'check, warm cache', args: (t, s) => [...checkArgs(t, s), '--cache-dir', cacheOf(s, 'check')],
    prime: (t, s) => (rmSync(cacheOf(s, 'check'), { recursive: true, force: true }), runNode([...checkArgs(t, s), '--cache-dir', cacheOf(s, 'check')], { label: 'the check that fills the cache' })),
  },
  { id: 'build', label: 'build', args: (t, s) => [t.cli, 'build', s.root, '--as-of', AS_OF, '--out', s.out, '--no-cache'], before: (s) => rmSync(s.out, { recursive: true, force: true }) },
  { id: 'diff', label: 'diff (one tier, one schedule)', twoTrees: true, args: (t, s) => [t.cli, 'diff', '--base', s.root, s.head, '--as-of', AS_OF, '--no-cache'] },
  { id: 'action-push', label: 'Action, push', args: (t) => [t.action], cwd: (s) => s.push.dir, env: (s) => ({ ...s.push.env, ...cold }) },
  { id: 'action-pr', label: 'Action, pull request', twoTrees: true, args: (t) => [t.action], cwd: (s) => s.pr.dir, env: (s) => ({ ...s.pr.env, ...cold }) },
  { id: 'action-pr-warm', label: 'Action, PR, base cached', twoTrees: true, args: (t) => [t.action], cwd: (s) => s.pr.dir, env: primedPr, prime: primePullRequest, before: restoreBaseCache },
];

const full = process.env.BENCH_ORG === 'full';
const list = (value: string | undefined, fallback: string) => (value ?? fallback).split(',').map((x) => x.trim()).filter(Boolean);
const scales = list(process.env.BENCH_ORG_SCALES, full ? '1,2' : '1').map(Number);
const casesWanted = list(process.env.BENCH_ORG_CASES, CASES.map((c) => c.id).join(','));
const RUNS = Number(process.env.BENCH_ORG_RUNS ?? 3);
/** A case whose run takes longer than this is run once: its median is that run. */
const SLOW_MS = 60_000;
const TIMEOUT_MS = Number(process.env.BENCH_ORG_TIMEOUT_S ?? 1200) * 1000;
for (const id of casesWanted) if (!CASES.some((c) => c.id === id)) throw new Error(`unknown case '${id}' in BENCH_ORG_CASES: ${CASES.map((c) => c.id).join(', ')}`);
const wanted = new Set(casesWanted);
/** Cases that ran over the timeout or failed (out of memory, say), and why: reported, and not tried again at a larger scale. */
const stopped = new Map<string, string>();

interface Paired {
  floor: ProcessRun;
  run: ProcessRun;
}

function sizes(dir: string): { total: number; files: number; largest: { path: string; bytes: number } } {
  const found = { total: 0, files: 0, largest: { path: '', bytes: 0 } };
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const bytes = statSync(path).size;
        found.total += bytes;
        found.files++;
        if (bytes > found.largest.bytes) found.largest = { path: path.slice(dir.length + 1), bytes };
      }
    }
  };
  walk(dir);
  return found;
}

const ratio = (pairs: Paired[], of: (r: ProcessRun) => number) => median(pairs.map((p) => of(p.run) / of(p.floor)));
const cell = (text: string, width: number) => text.padStart(width);

function line(label: string, runs: ProcessRun[], pairs?: Paired[], extra = ''): string {
  const user = median(runs.map((r) => r.userMs));
  const wall = median(runs.map((r) => r.wallMs));
  const times = pairs ? `${cell(seconds(user), 8)} ${cell(`${ratio(pairs, (r) => r.userMs).toFixed(2)}×`, 7)}  ${cell(seconds(wall), 8)} ${cell(`${ratio(pairs, (r) => r.wallMs).toFixed(2)}×`, 7)}` : `${cell(seconds(user), 8)} ${cell('', 7)}  ${cell(seconds(wall), 8)} ${cell('', 7)}`;
  return `  ${label.padEnd(30)} ${times}  ${cell(mebibytes(median(runs.map((r) => r.peakBytes))), 9)}${extra}`;
}

function benchScale(tools: Tools, setup: ScaleSetup): Map<string, Paired[]> {
  const floor = (twoTrees = false): ProcessRun =>
    runNode([tools.floor, '--schemas', join(REPO, 'schemas'), setup.root, ...(twoTrees ? [setup.head] : [])], { label: twoTrees ? 'floor of base and head' : 'floor' });
  const cases = CASES.filter((c) => wanted.has(c.id) && !stopped.has(c.id));
  // Warms the file cache (the head's too, when a case reads it); not counted.
  floor(cases.some((c) => c.twoTrees));
  const results = new Map<string, Paired[]>(cases.map((c) => [c.id, []]));
  for (const c of cases) c.prime?.(tools, setup);
  const slow = new Set<string>();
  for (let rep = 0; rep < RUNS; rep++) {
    for (const c of cases) {
      if (slow.has(c.id) || stopped.has(c.id)) continue;
      c.before?.(setup);
      const f = floor(c.twoTrees);
      try {
        const run = runNode(c.args(tools, setup), { label: `${c.id} at scale ${setup.scale}`, cwd: c.cwd?.(setup) ?? REPO, env: c.env?.(setup) ?? {}, timeoutMs: TIMEOUT_MS });
        results.get(c.id)!.push({ floor: f, run });
        if (run.wallMs > SLOW_MS) slow.add(c.id);
      } catch (error) {
        if (!(error instanceof RunFailed)) throw error;
        stopped.set(c.id, error.reason);
        console.log(`\n${error.message}`);
      }
    }
  }
  return results;
}

function report(setup: ScaleSetup, results: Map<string, Paired[]>): void {
  console.log(`\nEnterprise org at scale ${setup.scale}: ${setup.files} files, ${setup.documents.toLocaleString('en-US')} documents; ${RUNS} paired run${RUNS === 1 ? '' : 's'}, medians`);
  console.log(`  ${''.padEnd(30)} ${cell('user CPU', 8)} ${cell('÷ floor', 7)}  ${cell('wall', 8)} ${cell('÷ floor', 7)}  ${cell('peak RSS', 9)}`);
  const floors = (twoTrees: boolean) => CASES.filter((c) => Boolean(c.twoTrees) === twoTrees).flatMap((c) => results.get(c.id) ?? []).map((p) => p.floor);
  const [oneTree, bothTrees] = [floors(false), floors(true)];
  if (oneTree.length > 0) console.log(line('floor (yaml + ajv)', oneTree));
  if (bothTrees.length > 0) console.log(line('floor, base and head', bothTrees));
  for (const c of CASES) {
    const pairs = results.get(c.id);
    if (!pairs) continue;
    if (pairs.length === 0) {
      console.log(`  ${c.label.padEnd(30)} stopped (${stopped.get(c.id)}); not run at larger scales`);
      continue;
    }
    let extra = '';
    if (c.id === 'build') {
      const out = sizes(setup.out);
      extra = `  writes ${mebibytes(out.total)} in ${out.files} files (largest ${out.largest.path}, ${mebibytes(out.largest.bytes)})`;
    }
    // Beside its own floor (both trees), a two-tree case's CPU against one tree's: the cost of the second version.
    if (c.twoTrees && oneTree.length > 0) extra += `  (${(median(pairs.map((p) => p.run.userMs)) / median(oneTree.map((r) => r.userMs))).toFixed(2)}× one tree's floor)`;
    if (pairs.length < RUNS) extra += `  (${pairs.length} run${pairs.length === 1 ? '' : 's'}: over a minute each)`;
    console.log(line(c.label, pairs.map((p) => p.run), pairs, extra));
  }
  const peak = (id: string) => median((results.get(id) ?? []).map((p) => p.run.peakBytes));
  if (results.get('build')?.length && results.get('check')?.length) console.log(`  build's peak RSS ÷ check's: ${(peak('build') / peak('check')).toFixed(2)}×`);
}

const tools = prepareTools();
const byScale = new Map<number, Map<string, Paired[]>>();
for (const scale of scales) {
  const setup = prepareScale(scale);
  try {
    byScale.set(scale, benchScale(tools, setup));
    report(setup, byScale.get(scale)!);
  } finally {
    cleanUp(setup);
    for (const name of ['check', 'base', 'pr']) rmSync(cacheOf(setup, name), { recursive: true, force: true });
  }
}
const [one, two] = [byScale.get(1)?.get('check'), byScale.get(2)?.get('check')];
if (one?.length && two?.length) {
  const of = (pairs: Paired[], pick: (p: Paired) => ProcessRun) => median(pairs.map((p) => pick(p).userMs));
  console.log(`\nLinearity: check at scale 2 ÷ scale 1, user CPU ${(of(two, (p) => p.run) / of(one, (p) => p.run)).toFixed(2)}× (the floor: ${(of(two, (p) => p.floor) / of(one, (p) => p.floor)).toFixed(2)}×; linear is 2×)`);
}
