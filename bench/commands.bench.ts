// Whole-process figures a CI user feels: `supportops check` on the example organisation, and
// the GitHub Action bundle from start to finish (goal: under 1.5 s), on a push and on a pull
// request that loosens one tier (check against the base, diff, comment text). Medians of 7 runs:
// wall time, and the process's own user CPU time and peak memory. Each cold (no simulation cache)
// and warm: `check` again on the same policies, the pull request with the base's simulations left
// by a push run, as a CI that persists the cache would have them. The Action is bundled from the
// current sources, as `npm run bundle` would. Each run is paired with the floor of the org bench
// (bench/org/floor.ts) on the example, run just before it: yaml + ajv over the policy folder, both
// versions for a pull request. The machine is shared and its speed drifts; the ratio says what a
// wall time alone cannot.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pullRequest, pushInputs, runnerWorkspace } from './action-workspace.js';
import { compileForNode, mebibytes, median, REPO, runNode, SCRATCH, seconds, type ProcessRun } from './whole-process.js';

const RUNS = 7;
const floorTool = compileForNode('bench/org/floor.ts', 'floor');
const example = join(REPO, 'policies');

/** `trees`: how many versions of the example the command loads (its floor reads as many). */
function timeCommand(label: string, args: string[], trees: 1 | 2, env: NodeJS.ProcessEnv = {}, cwd = REPO, before?: () => void): void {
  const runs: { run: ProcessRun; floor: ProcessRun }[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    before?.();
    const floor = runNode([floorTool, '--schemas', join(REPO, 'schemas'), ...Array<string>(trees).fill(example)], { label: 'floor' });
    const run = runNode(args, { cwd, env, label });
    if (i > 0) runs.push({ run, floor }); // the first pair warms the file cache
  }
  const walls = runs.map((r) => r.run.wallMs);
  const ratio = median(runs.map((r) => r.run.wallMs / r.floor.wallMs)).toFixed(2);
  console.log(`${label.padEnd(58)} median ${median(walls).toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}, ${RUNS} runs), ${ratio}× its floor's wall (${median(runs.map((r) => r.floor.wallMs)).toFixed(0)} ms); user CPU ${seconds(median(runs.map((r) => r.run.userMs)))}, peak ${mebibytes(median(runs.map((r) => r.run.peakBytes)))}`);
}

const cache = (name: string) => join(SCRATCH, `example-cache-${name}`);
for (const name of ['check', 'base', 'pr']) rmSync(cache(name), { recursive: true, force: true });

// The built CLI (npm ci runs `prepare`, which compiles to lib/ and bundles lib/supportops.mjs).
const check = ['lib/supportops.mjs', 'check', 'policies', '--as-of', '2026-11-23'];
timeCommand('supportops check policies (built CLI)', [...check, '--no-cache'], 1);
// The first, uncounted run fills the cache.
timeCommand('supportops check policies, warm cache', [...check, '--cache-dir', cache('check')], 1);

const action = join(SCRATCH, 'action.mjs');
execFileSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/bundle.ts', action], { cwd: REPO, stdio: 'ignore' });
const cold = { 'INPUT_CACHE-DIR': 'none' };
const push = runnerWorkspace('supportops-bench-', join(REPO, 'policies'));
timeCommand('GitHub Action bundle on the example, start to finish', [action], 1, { ...push.env(pushInputs), ...cold }, push.dir);

// A pull request: the base commit is the example, the head loosens one tier's first response.
const pr = runnerWorkspace('supportops-bench-pr-', join(REPO, 'policies'));
const prEnv = pullRequest(pr, (policies) => {
  const sla = join(policies, 'sla', 'async-sla.yaml');
  writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
});
timeCommand('GitHub Action bundle on a pull request (baseline + diff)', [action], 2, { ...prEnv, ...cold }, pr.dir);
runNode([action], { cwd: push.dir, env: { ...push.env(pushInputs), 'INPUT_CACHE-DIR': cache('base') }, label: 'the push run that fills the cache' });
const restore = () => (rmSync(cache('pr'), { recursive: true, force: true }), cpSync(cache('base'), cache('pr'), { recursive: true }));
timeCommand('GitHub Action bundle on a pull request, base cached', [action], 2, { ...prEnv, 'INPUT_CACHE-DIR': cache('pr') }, pr.dir, restore);
for (const dir of [push.dir, pr.dir, cache('check'), cache('base'), cache('pr')]) rmSync(dir, { recursive: true, force: true });
