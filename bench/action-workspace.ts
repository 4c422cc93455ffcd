// A GitHub runner's workspace for the bundled Action: a copy of a policy set under policies/, the
// files the runner provides (step summary, outputs), and the environment it sets. A pull request
// is a git repository whose base commit is the copy and whose head commit applies an edit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunnerWorkspace {
  dir: string;
  env: (inputs: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
}

export function runnerWorkspace(prefix: string, policies: string): RunnerWorkspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(policies, join(dir, 'policies'), { recursive: true });
  writeFileSync(join(dir, 'summary.md'), '');
  writeFileSync(join(dir, 'output.txt'), '');
  const env = (inputs: NodeJS.ProcessEnv) => ({
    GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output.txt'), RUNNER_TEMP: dir,
    'INPUT_PATH': 'policies', 'INPUT_AS-OF': '2026-11-23', ...inputs,
  });
  return { dir, env };
}

/** The push workspace's environment: no baseline, SARIF written, as on a push to main. */
export const pushInputs = { 'INPUT_BASELINE': 'none', 'INPUT_SARIF': 'supportops.sarif' };

/**
 * Turns a workspace into pull request #7: the base commit holds the policies as copied, the head
 * commit what `edit` makes of them (given the policy folder). The pull request carries the label
 * that accepts a looser promise, so the Action runs its whole path and passes. Returns the
 * Action's environment.
 */
export function pullRequest(workspace: RunnerWorkspace, edit: (policies: string) => void): NodeJS.ProcessEnv {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: workspace.dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', 'policies');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  edit(join(workspace.dir, 'policies'));
  git('commit', '-q', '-am', 'head');
  const event = join(workspace.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } }, labels: [{ name: 'supportops:breaking-ok' }] }, repository: { full_name: 'acme/policies' } }));
  return workspace.env({ GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', 'INPUT_BASELINE': 'base' });
}
