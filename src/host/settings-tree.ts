/**
 * Where a version's gate settings are read from: the files on disk (the working tree, or a
 * folder given as a baseline), or a git commit read with git itself. Config discovery, `extends`
 * and the baseline file go through one of these, so the base version of a pull request is read
 * as it was committed, never as the pull request left the working tree.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse, relative, sep } from 'node:path';
import { readFilesAtCommit } from '../load/git-files.js';
import { MAX_FILE_BYTES, tooLargeMessage } from '../load/decode.js';
import { fsReason } from './fs-errors.js';

/** A file read, missing, or not readable: `problem` in words, as a whole sentence (`tooLarge`) or a reason. */
export type TreeRead = { bytes: Uint8Array } | { missing: true } | { problem: string; tooLarge?: boolean };

export interface SettingsTree {
  /**
   * The folder discovery stops at and paths may not leave: the repository's top, or the
   * file system's root outside a repository.
   */
  top: string;
  /** How a file of this tree is named in messages ("supportops.yaml", "supportops.yaml at main (1a2b3c4)"). */
  show(path: string): string;
  /** Reads absolute paths inside `top`; several at once (one git process for a commit). */
  read(paths: readonly string[]): Map<string, TreeRead>;
  /** Reads ahead what later calls will likely ask for, where reading several at once saves a process (a commit); else nothing. */
  readAhead(paths: readonly string[]): void;
}

/** The repository's top around a folder on disk (a folder holding .git), or the file system's root. */
export function diskTop(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return parse(at).root;
  }
}

const posix = (from: string, to: string): string => relative(from, to).split(sep).join('/') || '.';

function readDisk(path: string): TreeRead {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { problem: 'it is a folder, not a file' };
    if (stats.size > MAX_FILE_BYTES) return { problem: tooLargeMessage(stats.size), tooLarge: true };
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { problem: `it cannot be read: ${fsReason(error)}` };
  }
}

/** Files on disk, shown relative to `cwd`. */
export function diskTree(cwd: string, from: string): SettingsTree {
  return {
    top: diskTop(from),
    show: (path) => posix(cwd, path),
    read: (paths) => new Map(paths.map((p) => [p, readDisk(p)])),
    readAhead: () => undefined,
  };
}

/** Files as they were at a commit of the repository whose top is `top`; `label` names the version ("main (1a2b3c4)"). */
export function commitTree(top: string, commit: string, label: string): SettingsTree {
  // A commit never changes: each file is read from git once, however often discovery, extends
  // and the explicit-config check ask for it.
  const known = new Map<string, TreeRead>();
  const readNew = (paths: readonly string[]): void => {
    const fresh = [...new Set(paths.filter((p) => !known.has(p)))];
    if (fresh.length === 0) return;
    const found = readFilesAtCommit(top, commit, fresh.map((p) => posix(top, p)));
    for (const p of fresh) {
      const bytes = found.get(posix(top, p));
      known.set(p, bytes === undefined ? { missing: true } : bytes.length > MAX_FILE_BYTES ? { problem: tooLargeMessage(bytes.length), tooLarge: true } : { bytes });
    }
  };
  return {
    top,
    show: (path) => `${posix(top, path)} at ${label}`,
    read: (paths) => {
      readNew(paths);
      return new Map(paths.map((p): [string, TreeRead] => [p, known.get(p)!]));
    },
    readAhead: readNew,
  };
}
