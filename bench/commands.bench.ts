// Whole-process figures a CI user feels: `supportops check` on the example organisation, and
// the GitHub Action bundle from start to finish (goal: under 1.5 s), on a push and on a pull
// request that loosens one tier (check against the base, diff, comment text). Medians of 7 runs:
// wall time, and the process's own user CPU time and peak memory.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pullRequest, pushInputs, runnerWorkspace } from './action-workspace.js';
import { mebibytes, median, REPO, runNode, seconds, type ProcessRun } from './whole-process.js';

const RUNS = 7;

function timeCommand(label: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO): void {
  const runs: ProcessRun[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const run = runNode(args, { cwd, env, label });
    if (i > 0) runs.push(run); // the first run warms the file cache
  }
  const walls = runs.map((r) => r.wallMs);
  console.log(`${label.padEnd(58)} median ${median(walls).toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}, ${RUNS} runs); user CPU ${seconds(median(runs.map((r) => r.userMs)))}, peak ${mebibytes(median(runs.map((r) => r.peakBytes)))}`);
}

// The built CLI (npm ci runs `prepare`, which compiles to lib/).
timeCommand('supportops check policies (built CLI)', ['lib/cli/main.js', 'check', 'policies', '--as-of', '2026-11-23']);

const action = join(REPO, 'dist', 'index.js');
const push = runnerWorkspace('supportops-bench-', join(REPO, 'policies'));
timeCommand('GitHub Action bundle on the example, start to finish', [action], push.env(pushInputs), push.dir);

// A pull request: the base commit is the example, the head loosens one tier's first response.
const pr = runnerWorkspace('supportops-bench-pr-', join(REPO, 'policies'));
const prEnv = pullRequest(pr, (policies) => {
  const sla = join(policies, 'sla', 'async-sla.yaml');
  writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
});
timeCommand('GitHub Action bundle on a pull request (baseline + diff)', [action], prEnv, pr.dir);
for (const dir of [push.dir, pr.dir]) rmSync(dir, { recursive: true, force: true });
