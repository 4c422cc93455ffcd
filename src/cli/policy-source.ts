/** A policy set named on the command line: a folder, or a git ref read with git (no checkout). */
import { resolve } from 'node:path';
import { isDirectory, readPolicyFiles, type PolicyFile } from '../load/files.js';
import { readPolicyFilesAtCommit, resolveCommit } from '../load/git-files.js';
import { UsageError } from './io.js';

export interface PolicySource {
  files: PolicyFile[];
  /** For output: the folder as given, or "ref (abc1234)". */
  label: string;
}

/** `spec` is a folder holding policies, or a git ref whose version of `root` is read. */
export function readPolicySource(spec: string, root: string, cwd: string, option: string): PolicySource {
  const folder = resolve(cwd, spec);
  if (isDirectory(folder)) return { files: readPolicyFiles(folder), label: spec };
  const rootDir = resolve(cwd, root);
  const commit = isDirectory(rootDir) ? resolveCommit(rootDir, spec) : undefined;
  if (!commit) throw new UsageError(`${option} ${spec} is neither a folder nor a git commit of the repository holding ${root}.`);
  return { files: readPolicyFilesAtCommit(rootDir, commit), label: `${spec} (${commit.slice(0, 7)})` };
}
