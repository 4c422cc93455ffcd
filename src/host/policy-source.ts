/** A policy set named on the command line: a folder, or a git ref read with git (no checkout). */
import { resolve } from 'node:path';
import { isDirectory, readPolicyFiles, type PolicyFile } from '../load/files.js';
import { readPolicyFilesAtCommit, resolveCommit } from '../load/git-files.js';
import { UsageError } from './usage-error.js';

export interface PolicySource {
  files: PolicyFile[];
  /** For output: the folder as given, or "ref (abc1234)". */
  label: string;
}

/**
 * `spec` is a folder holding policies, or a git ref whose version of `root` is read. `fetch`
 * is given the chance to bring in a commit the clone lacks (the Action's shallow checkout),
 * so git is asked for the commit again only when it was missing.
 */
export function readPolicySource(spec: string, root: string, cwd: string, option: string, fetch?: (dir: string, ref: string) => void): PolicySource {
  const folder = resolve(cwd, spec);
  if (isDirectory(folder)) return { files: readPolicyFiles(folder), label: spec };
  const rootDir = resolve(cwd, root);
  const lookUp = () => (isDirectory(rootDir) ? resolveCommit(rootDir, spec) : undefined);
  let commit = lookUp();
  if (!commit && fetch) {
    fetch(rootDir, spec);
    commit = lookUp();
  }
  if (!commit) throw new UsageError(`${option} ${spec} is neither a folder nor a git commit of the repository holding ${root}.`);
  return { files: readPolicyFilesAtCommit(rootDir, commit), label: `${spec} (${commit.slice(0, 7)})` };
}
