// What the enterprise-org bench measures, made ready before any timing: the CLI built from the
// current sources, the Action bundled from them, the floor compiled, and per scale the generated
// organisation, its pull-request head, and runner workspaces for a push and a pull request.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pullRequest, pushInputs, runnerWorkspace } from '../action-workspace.js';
import { compileForNode, REPO, SCRATCH } from '../whole-process.js';
import { writeOrganisation } from './generate.js';
import { editHead } from './head.js';

export interface Tools {
  /** The built CLI, lib/supportops.mjs (package.json's bin). */
  cli: string;
  /** The Action bundled from the current sources (what `npm run bundle` would commit). */
  action: string;
  floor: string;
}

export interface ScaleSetup {
  scale: number;
  files: number;
  documents: number;
  root: string;
  head: string;
  out: string;
  push: { dir: string; env: NodeJS.ProcessEnv };
  pr: { dir: string; env: NodeJS.ProcessEnv };
}

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** lib/supportops.mjs is what `npx supportops` runs; rebuild it when any source is newer, so the figures are today's code. */
function builtCli(): string {
  const cli = join(REPO, 'lib', 'supportops.mjs');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestUnder(join(REPO, 'src'))) {
    console.log('lib/ is older than src/: building it (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  }
  return cli;
}

export function prepareTools(): Tools {
  const action = join(SCRATCH, 'action.mjs');
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/bundle.ts', action], { cwd: REPO, stdio: 'ignore' });
  return { cli: builtCli(), action, floor: compileForNode('bench/org/floor.ts', 'floor') };
}

export function prepareScale(scale: number): ScaleSetup {
  const root = join(SCRATCH, `org-${scale}`);
  const { files, documents } = writeOrganisation(root, scale);
  const head = join(SCRATCH, `org-${scale}-head`);
  rmSync(head, { recursive: true, force: true });
  cpSync(root, head, { recursive: true });
  editHead(head);
  const push = runnerWorkspace(`supportops-bench-org-${scale}-`, root);
  const pr = runnerWorkspace(`supportops-bench-org-${scale}-pr-`, root);
  return {
    scale, files, documents, root, head, out: join(SCRATCH, `org-${scale}-out`),
    push: { dir: push.dir, env: push.env(pushInputs) },
    pr: { dir: pr.dir, env: pullRequest(pr, editHead) },
  };
}

/** Removes the runner workspaces (the generated organisations stay, for timing by hand). */
export function cleanUp(setup: ScaleSetup): void {
  for (const dir of [setup.push.dir, setup.pr.dir, setup.out]) rmSync(dir, { recursive: true, force: true });
}
