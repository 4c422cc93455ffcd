/**
 * The build's output folder: compare it with what a build would write (`--check`), or replace
 * it atomically. Artifacts are written as they are produced to a temporary sibling, which is
 * renamed into place at the end; the old folder is moved aside first and removed only once the
 * new one is in place, so a failed build never leaves a half-written folder behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isInside } from '../load/files.js';
import { MANIFEST_PATH, type OutputFile } from '../generate/generate-artifacts.js';
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

/** Compares `dir` with a build's artifacts one at a time, as they are produced: write each, then ask for the differences. */
export class OutputComparison {
  private readonly present: Set<string>;
  private readonly found: Difference[] = [];
  private readonly expected = new Set<string>();

  constructor(private readonly dir: string) {
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder.`);
    this.present = new Set(listFiles(dir));
  }

  readonly write = (file: OutputFile): void => {
    this.expected.add(file.path);
    const present = this.present.has(file.path);
    if (!present) this.found.push({ kind: 'missing', path: file.path });
    // A parted file is read to the end even when missing: its parts give the manifest's hash.
    if ('parts' in file) {
      const written = present ? readFileSync(join(this.dir, file.path)) : undefined;
      let offset = 0;
      let same = written !== undefined;
      for (const part of file.parts()) {
        const bytes = Buffer.from(part, 'utf8');
        if (same && !written!.subarray(offset, offset + bytes.length).equals(bytes)) same = false;
        offset += bytes.length;
      }
      if (written && !(same && offset === written.length)) this.found.push({ kind: 'stale', path: file.path });
    } else if (present && !readFileSync(join(this.dir, file.path)).equals(Buffer.from(file.contents, 'utf8'))) this.found.push({ kind: 'stale', path: file.path });
  };

  /** Missing, stale and extra files, by path. */
  differences(): Difference[] {
    const extra = [...this.present].filter((path) => !this.expected.has(path)).map((path): Difference => ({ kind: 'extra', path }));
    return [...this.found, ...extra].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/**
 * `shown` names the folder as the user gave it (`--out site`, or `out: site` in the Action).
 * A build (or an export, `writer`) replaces the whole folder, so it only replaces a folder it
 * wrote itself (one whose manifest.json names the writer) or an empty one, and never one that
 * holds the policies or the working directory.
 */
export function assertReplaceable(dir: string, shown: string, protectedDirs: readonly string[], writer = 'supportops build'): void {
  for (const p of protectedDirs) {
    if (isInside(dir, p)) throw new UsageError(`${shown} holds the policies or the working directory, and ${writer} replaces its output folder as a whole. Choose a separate folder such as out/.`);
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

/**
 * A build's new output folder: each artifact is written as it is produced into a temporary
 * sibling of `dir` (made on the first write), and commit() puts the whole folder in place;
 * discard() removes it. Nothing under `dir` changes until commit().
 */
export class StagedOutput {
  private fresh: string | undefined;
  /** Files written so far. */
  files = 0;

  constructor(private readonly dir: string) {}

  readonly write = (artifact: OutputFile): void => {
    this.fresh ??= mkdtempSync(join(mkdirParent(this.dir), `.${basename(this.dir)}.new-`));
    const file = resolve(this.fresh, artifact.path);
    if (!isInside(this.fresh, file) || file === this.fresh) throw new Error(`artifact path escapes the output folder: ${artifact.path}`);
    mkdirSync(dirname(file), { recursive: true });
    if ('parts' in artifact) {
      const fd = openSync(file, 'w');
      try {
        for (const part of artifact.parts()) writeSync(fd, part, null, 'utf8');
      } finally {
        closeSync(fd);
      }
    } else writeFileSync(file, artifact.contents, 'utf8');
    this.files++;
  };

  /** Replaces `dir` with what was written: the old folder is moved aside first and removed only once the new one is in place. */
  commit(): void {
    const fresh = (this.fresh ??= mkdtempSync(join(mkdirParent(this.dir), `.${basename(this.dir)}.new-`)));
    const parent = dirname(this.dir);
    if (!existsSync(this.dir)) {
      renameSync(fresh, this.dir);
      this.fresh = undefined;
      return;
    }
    const old = join(parent, `.${basename(this.dir)}.old-${randomBytes(6).toString('hex')}`);
    renameSync(this.dir, old);
    try {
      renameSync(fresh, this.dir);
      this.fresh = undefined;
    } catch (error) {
      renameSync(old, this.dir); // put the previous output back
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  }

  /** Removes what was written, if it was not committed. */
  discard(): void {
    if (this.fresh) rmSync(this.fresh, { recursive: true, force: true });
    this.fresh = undefined;
  }
}

function mkdirParent(dir: string): string {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  return parent;
}

/** Replaces `dir` with these artifacts, all or nothing. */
export function writeOutputAtomically(dir: string, artifacts: Iterable<OutputFile>): void {
  const staged = new StagedOutput(dir);
  try {
    for (const artifact of artifacts) staged.write(artifact);
    staged.commit();
  } finally {
    staged.discard();
  }
}
