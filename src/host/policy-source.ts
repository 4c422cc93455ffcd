/** A policy set named on the command line: a folder, or a git ref read with git (no checkout). */
import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDirectory, readPolicyFiles, type PolicyFile } from '../load/files.js';
import { readPolicyFilesAtCommit, resolveCommit } from '../load/git-files.js';
import { readFailure, withFsErrors } from './fs-errors.js';
import { commitTree, diskTree, type SettingsTree } from './settings-tree.js';
import { UsageError } from './usage-error.js';

export interface PolicySource {
  files: PolicyFile[];
  /** For output: the folder as given, or "ref (abc1234)". */
  label: string;
  /** Where this version's gate settings (config, baseline file) are read. */
  tree: SettingsTree;
  /** The policy root in that tree, absolute. */
  rootDir: string;
  /** A git commit rather than files on disk. */
  committed: boolean;
}

/**
 * `spec` is a folder holding policies, or a git ref whose version of `root` is read. `fetch`
 * is given the chance to bring in a commit the clone lacks (the Action's shallow checkout),
 * so git is asked for the commit again only when it was missing.
 */
export function readPolicySource(spec: string, root: string, cwd: string, option: string, fetch?: (dir: string, ref: string) => void): PolicySource {
  const folder = resolve(cwd, spec);
  if (isDirectory(folder)) {
    const files = withFsErrors(() => readPolicyFiles(folder), (error) => readFailure(`the policy folder ${spec}`, error, 'Let the user who runs supportops read it.'));
    return { files, label: spec, tree: diskTree(cwd, folder), rootDir: folder, committed: false };
  }
  const rootDir = resolve(cwd, root);
  const lookUp = () => (isDirectory(rootDir) ? resolveCommit(rootDir, spec) : undefined);
  let found = lookUp();
  if (!found && fetch) {
    fetch(rootDir, spec);
    found = lookUp();
  }
  if (!found) throw new UsageError(`${option} ${spec} is neither a folder nor a git commit of the repository holding ${root}.`);
  const { commit, top } = found;
  const label = `${spec} (${commit.slice(0, 7)})`;
  // git names the top by its real path: name the root the same way, so paths between them line up.
  const realRoot = realpathSync(rootDir);
  return { files: readPolicyFilesAtCommit(realRoot, commit, top), label, tree: commitTree(top, commit, label), rootDir: realRoot, committed: true };
}

/**
 * The policy root must be a folder. A file is refused with the folder to pass instead: rules
 * look across files (a tag names a team defined elsewhere), so one file alone would mislead.
 */
export function requirePolicyFolder(cwd: string, root: string, option: string): void {
  const full = resolve(cwd, root);
  let isFile = false;
  try {
    isFile = !statSync(full).isDirectory();
  } catch {
    throw new UsageError(`policy folder not found: ${root}. Pass the folder that holds your policy YAML (default: policies).`);
  }
  if (!isFile) return;
  const folder = dirname(root) === '' ? '.' : dirname(root);
  throw new UsageError(`${option} ${root} is a file; supportops checks a whole policy folder, so that references between files resolve. Pass the folder that holds it: ${folder}.`);
}
