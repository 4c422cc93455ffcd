// Whole-process figures a CI user feels: `supportops check` on the example organisation, and
// the GitHub Action bundle from start to finish (goal: under 1.5 s), on a push and on a pull
// request that loosens one tier (check against the base, diff, comment text). Medians of 7 runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A workspace holding a copy of the example, and the environment the runner gives the Action there. */
function runnerWorkspace(prefix: string): { dir: string; env: (inputs: NodeJS.ProcessEnv) => NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
  writeFileSync(join(dir, 'summary.md'), '');
  writeFileSync(join(dir, 'output.txt'), '');
  const env = (inputs: NodeJS.ProcessEnv) => ({
    GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output.txt'), RUNNER_TEMP: dir,
    'INPUT_PATH': 'policies', 'INPUT_AS-OF': '2026-11-23', ...inputs,
  });
  return { dir, env };
}

const push = runnerWorkspace('supportops-bench-');
timeCommand('GitHub Action bundle on the example, start to finish', [join(root, 'dist', 'index.js')], push.env({ 'INPUT_BASELINE': 'none', 'INPUT_SARIF': 'supportops.sarif' }), push.dir);

// A pull request: the base commit is the example, the head loosens one tier's first response.
const pr = runnerWorkspace('supportops-bench-pr-');
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: pr.dir, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('add', 'policies');
git('commit', '-q', '-m', 'base');
const baseSha = git('rev-parse', 'HEAD');
const sla = join(pr.dir, 'policies', 'sla', 'async-sla.yaml');
writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
git('commit', '-q', '-am', 'loosen high');
const event = join(pr.dir, 'event.json');
writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } } }, repository: { full_name: 'acme/policies' } }));
timeCommand('GitHub Action bundle on a pull request (baseline + diff)', [join(root, 'dist', 'index.js')], pr.env({ GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', 'INPUT_BASELINE': 'base' }), pr.dir);
