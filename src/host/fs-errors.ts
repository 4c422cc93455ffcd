/**
 * File-system failures are about the place the user chose (a folder they cannot read, a parent
 * they cannot write to), not bugs: each is said in plain words, with what to do.
 */
import { UsageError } from './usage-error.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'a file is in the way',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'it does not exist',
  ELOOP: 'it is a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'it is in use',
};

/** The error's code, when it is a file-system error we can put in words. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in REASONS ? code : undefined;
}

/** "permission denied", "the disk is full", …; the bare code or message for anything else. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || (error as Error).message);
}

/** A failed write to `place` (as the user named it) as a usage error: why, and what to do. */
export function writeFailure(place: string, error: unknown, advice: string): UsageError {
  return new UsageError(`cannot write ${place}: ${fsReason(error)}. ${advice}`);
}

/** A failed read of `place` (as the user named it) as a usage error: why, and what to do. */
export function readFailure(place: string, error: unknown, advice = 'Check that it exists and that you have permission to read it.'): UsageError {
  return new UsageError(`cannot read ${place}: ${fsReason(error)}. ${advice}`);
}

/**
 * Runs `work`; a file-system error it throws becomes the usage error `explain` makes of it.
 * Usage errors and anything else (a bug) pass through untouched.
 */
export function withFsErrors<T>(work: () => T, explain: (error: unknown) => UsageError): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UsageError || fsErrorCode(error) === undefined) throw error;
    throw explain(error);
  }
}
