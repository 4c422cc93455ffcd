/**
 * On `pull_request`, GitHub runs the workflow file of the pull request's merge commit: a pull
 * request can change the Action's inputs (path, fail-level, fail-on, config-from…) for its own
 * run. The Action cannot stop that, but it says so, as a change to the check itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GateChange } from '../config/gate-change.js';
import { readFilesAtCommit, repositoryTop } from '../load/git-files.js';

/** "owner/repo/.github/workflows/x.yml@refs/pull/7/merge" → ".github/workflows/x.yml". */
export function workflowPath(workflowRef: string | undefined): string | undefined {
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef ?? '');
  return match?.[1];
}

export function workflowChange(workspace: string, baseSha: string, workflowRef: string | undefined): GateChange[] {
  const path = workflowPath(workflowRef);
  const top = path ? repositoryTop(workspace) : undefined;
  if (!path || !top) return [];
  let now: Buffer;
  let before: Uint8Array | undefined;
  try {
    now = readFileSync(join(top, path));
    before = readFilesAtCommit(top, baseSha, [path]).get(path);
  } catch {
    return []; // the base commit or the file cannot be read: nothing to compare
  }
  if (before !== undefined && Buffer.from(before).equals(now)) return [];
  return [{
    kind: 'workflow',
    message: `This change ${before === undefined ? 'adds' : 'edits'} ${path}, the workflow that runs this check: this run used the pull request's version of its inputs (path, fail-level, fail-on, config-from, config, allow-breaking-label). Review that file, and protect .github/workflows with CODEOWNERS.`,
    weakens: true,
  }];
}
