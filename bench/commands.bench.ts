// Whole-process figures a CI user feels: `supportops check` on the example organisation, and
// the GitHub Action bundle from start to finish (goal: under 1.5 s). Prints medians of 7 runs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function timeCommand(label: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = root): void {
  const walls: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr}${result.stdout}`);
    if (i > 0) walls.push(wall); // the first run warms the file cache
  }
  console.log(`${label.padEnd(58)} median ${median(walls).toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}, ${RUNS} runs)`);
}

// The built CLI (npm ci runs `prepare`, which compiles to lib/).
timeCommand('supportops check policies (built CLI)', ['lib/cli/main.js', 'check', 'policies', '--as-of', '2026-11-23']);

const workspace = mkdtempSync(join(tmpdir(), 'supportops-bench-'));
cpSync(join(root, 'policies'), join(workspace, 'policies'), { recursive: true });
writeFileSync(join(workspace, 'summary.md'), '');
writeFileSync(join(workspace, 'output.txt'), '');
timeCommand('GitHub Action bundle on the example, start to finish', [join(root, 'dist', 'index.js')], {
  GITHUB_WORKSPACE: workspace,
  GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
  GITHUB_OUTPUT: join(workspace, 'output.txt'),
  RUNNER_TEMP: workspace,
  'INPUT_PATH': 'policies',
  'INPUT_AS-OF': '2026-11-23',
  'INPUT_BASELINE': 'none',
  'INPUT_SARIF': 'supportops.sarif',
}, workspace);
