/**
 * The build's output folder: compare it with what a build would write (`--check`), or replace
 * it atomically. The new tree is written to a temporary sibling and renamed into place; the old
 * folder is moved aside first and removed only once the new one is in place, so a failed build
 * never leaves a half-written folder behind.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Artifact, MANIFEST_PATH } from '../generate/generate-artifacts.js';
import { UsageError } from './usage-error.js';

export interface Difference {
  kind: 'stale' | 'missing' | 'extra';
  path: string;
}

/** Every file below `dir` (hidden ones too), relative with POSIX separators, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join('/'))
    .sort();
}

export function compareOutput(dir: string, artifacts: readonly Artifact[]): Difference[] {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder.`);
  const expected = new Map(artifacts.map((a) => [a.path, a.contents]));
  const present = new Set(listFiles(dir));
  const out: Difference[] = [];
  for (const [path, contents] of expected) {
    if (!present.has(path)) out.push({ kind: 'missing', path });
    else if (!readFileSync(join(dir, path)).equals(Buffer.from(contents, 'utf8'))) out.push({ kind: 'stale', path });
  }
  for (const path of present) if (!expected.has(path)) out.push({ kind: 'extra', path });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * `shown` names the folder as the user gave it (`--out site`, or `out: site` in the Action).
 * A build (or an export, `writer`) replaces the whole folder, so it only replaces a folder it
 * wrote itself (one whose manifest.json names the writer) or an empty one, and never one that
 * holds the policies or the working directory.
 */
export function assertReplaceable(dir: string, shown: string, protectedDirs: readonly string[], writer = 'supportops build'): void {
  for (const p of protectedDirs) {
    if (isWithin(dir, p)) throw new UsageError(`${shown} holds the policies or the working directory, and ${writer} replaces its output folder as a whole. Choose a separate folder such as out/.`);
  }
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(`${shown} is a file, not a folder.`);
  if (readdirSync(dir).length === 0) return;
  let generator: unknown;
  try {
    generator = (JSON.parse(readFileSync(join(dir, MANIFEST_PATH), 'utf8')) as { generator?: unknown }).generator;
  } catch {
    generator = undefined;
  }
  if (generator !== writer) {
    throw new UsageError(`${shown} is not empty and was not written by ${writer} (no ${MANIFEST_PATH} saying so); ${writer} replaces the whole folder, so it will not touch it. Choose an empty or new folder.`);
  }
}

function writeTree(dir: string, artifacts: readonly Artifact[]): void {
  for (const a of artifacts) {
    const file = resolve(dir, a.path);
    if (!isWithin(dir, file) || file === dir) throw new Error(`artifact path escapes the output folder: ${a.path}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, a.contents, 'utf8');
  }
}

export function writeOutputAtomically(dir: string, artifacts: readonly Artifact[]): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const fresh = mkdtempSync(join(parent, `.${basename(dir)}.new-`));
  try {
    writeTree(fresh, artifacts);
    if (!existsSync(dir)) {
      renameSync(fresh, dir);
      return;
    }
    const old = join(parent, `.${basename(dir)}.old-${randomBytes(6).toString('hex')}`);
    renameSync(dir, old);
    try {
      renameSync(fresh, dir);
    } catch (error) {
      renameSync(old, dir); // put the previous output back
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
