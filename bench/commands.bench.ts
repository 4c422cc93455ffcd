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

// A pull request: the base commit is the example, the head loosens one tier's first response.
const repo = mkdtempSync(join(tmpdir(), 'supportops-bench-pr-'));
cpSync(join(root, 'policies'), join(repo, 'policies'), { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'base');
const baseSha = git('rev-parse', 'HEAD');
const sla = join(repo, 'policies', 'sla', 'async-sla.yaml');
writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
git('commit', '-q', '-am', 'loosen high');
const event = join(repo, 'event.json');
writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } } }, repository: { full_name: 'acme/policies' } }));
writeFileSync(join(repo, 'summary.md'), '');
writeFileSync(join(repo, 'output.txt'), '');
timeCommand('GitHub Action bundle on a pull request (baseline + diff)', [join(root, 'dist', 'index.js')], {
  GITHUB_WORKSPACE: repo,
  GITHUB_STEP_SUMMARY: join(repo, 'summary.md'),
  GITHUB_OUTPUT: join(repo, 'output.txt'),
  GITHUB_EVENT_PATH: event,
  GITHUB_EVENT_NAME: 'pull_request',
  RUNNER_TEMP: repo,
  'INPUT_PATH': 'policies',
  'INPUT_AS-OF': '2026-11-23',
  'INPUT_BASELINE': 'base',
}, repo);
