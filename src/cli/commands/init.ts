/** `supportops init [dir]`: writes a small policy set that checks clean, never overwriting a file. */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFailure } from '../../host/fs-errors.js';
import { packageRoot } from '../../host/package-root.js';
import { DEFAULT_CACHE_DIR } from '../../host/simulation-store.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';

/** templates/init in the package. */
export function starterDir(): string {
  return join(packageRoot(), 'templates', 'init');
}

/** A write that fails is about the place the user chose, not a bug: say why, and what to do. */
export function starterWriteFailure(dir: string, error: unknown): UsageError {
  return writeFailure(`the starter policies to ${dir}`, error, 'Choose a folder you can write to, such as policies.');
}

export function runInit(dir: string, io: CliIo): number {
  const target = resolve(io.cwd, dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(`${dir} is a file, not a folder. Choose a folder for the starter policies, such as policies.`);
  const files = readdirSync(starterDir()).sort();
  const clashes = files.filter((f) => existsSync(join(target, f)));
  if (clashes.length > 0) throw new UsageError(`${dir} already has ${clashes.join(', ')}; init never overwrites files. Choose an empty folder.`);
  try {
    cpSync(starterDir(), target, { recursive: true, errorOnExist: true, force: false });
  } catch (error) {
    throw starterWriteFailure(dir, error);
  }
  io.stdout(`Created ${files.length} policy files in ${dir}:\n${files.map((f) => `  ${dir}/${f}`).join('\n')}\nNext: supportops check ${dir}\n` +
    `supportops keeps simulations in ${DEFAULT_CACHE_DIR}/ where it runs: add that line to your .gitignore.\n`);
  return EXIT.clean;
}
