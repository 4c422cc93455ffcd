/**
 * Finding policy files (YAML, and the .ics calendars schedules name) under a root and reading
 * them as bytes, ready for decoding.
 *
 * Symbolic links are followed when they lead to a file or folder inside the policy root; a
 * link that is broken or leads outside the root is reported instead of read, so a pull request
 * cannot make CI read (and echo) files from elsewhere on the runner. Every real file and folder
 * is read once, under its direct path when it has one, so loops and doubled folders are harmless.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { cmp } from '../values/order.js';
import { MAX_FILE_BYTES, tooLargeMessage } from './decode.js';

export interface PolicyFile {
  /** Relative to the policy root, POSIX separators. */
  path: string;
  bytes: Uint8Array;
  /** Why the file was not read (too large, unreadable, a link out of the root); `bytes` is then empty. */
  problem?: string;
}

const YAML_FILE = /\.ya?ml$/i;
/** The repository-level config shares the extension but is not a policy document. */
const NOT_POLICIES = new Set(['supportops.yaml', 'supportops.yml']);
/** iCalendar files: holiday calendars a schedule names (`holidays: { ics: … }`), read with the policies. */
const CALENDAR_FILE = /\.ics$/i;

export function isCalendarFile(path: string): boolean {
  return CALENDAR_FILE.test(path);
}

/** What the loader reads: YAML policies and .ics calendars, never the repository's supportops.yaml. */
export function isPolicyFileName(name: string, topLevel: boolean): boolean {
  return (YAML_FILE.test(name) && !(topLevel && NOT_POLICIES.has(name))) || CALENDAR_FILE.test(name);
}

const posix = (root: string, full: string): string => relative(root, full).split(sep).join('/');

/** A file that is listed but not read: `bytes` stays empty and `problem` says why. */
const unread = (path: string, problem: string): PolicyFile => ({ path, bytes: new Uint8Array(0), problem });

/** A sub-folder the walk cannot list: its policies go unchecked, and the user is told so, at the folder. */
function unreadableFolder(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const why = code === 'EACCES' || code === 'EPERM' ? `${code}: permission denied` : code;
  return `This folder cannot be read (${why}), so no policy in it was checked. Let the user who runs supportops read it, or move the policies out of it.`;
}

/** `child` is `parent` or inside it (paths resolved the same way). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** One walk of a policy root: what was found, and what was taken, so each real file and folder is read once. */
class PolicyWalk {
  readonly found = new Map<string, PolicyFile>(); // by path
  private readonly readFiles = new Set<string>(); // real paths already taken
  private readonly walkedDirs: Set<string>;
  /** Links are followed after the walk, so a file reached both directly and through a link keeps its direct path. */
  private readonly links: { full: string; name: string; top: boolean }[] = [];

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {
    this.walkedDirs = new Set([realRoot]);
  }

  private addFile(full: string, real: string, stats: Stats): void {
    if (this.readFiles.has(real)) return;
    this.readFiles.add(real);
    const path = posix(this.root, full);
    this.found.set(path, readOne(path, real, stats));
  }

  /** `realDir` is what `dir` resolves to: realpathSync lstats every path component, so only links pay for it. */
  walk(dir: string, realDir: string): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name));
    } catch (error) {
      if (dir === this.root) throw error; // the host says so before reading
      const path = posix(this.root, dir);
      this.found.set(path, unread(path, unreadableFolder(error)));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        this.links.push({ full, name: entry.name, top: dir === this.root });
        continue;
      }
      const real = join(realDir, entry.name); // not a link, so no realpathSync needed
      if (entry.isDirectory()) {
        if (this.walkedDirs.has(real)) continue;
        this.walkedDirs.add(real);
        this.walk(full, real);
      } else if (entry.isFile() && isPolicyFileName(entry.name, dir === this.root)) {
        this.addFile(full, real, statSync(real));
      }
    }
  }

  /** Every link met so far, and those met in the folders they lead to. */
  followLinks(): void {
    for (let i = 0; i < this.links.length; i++) this.follow(this.links[i]!);
  }

  private follow({ full, name, top }: { full: string; name: string; top: boolean }): void {
    const policyName = isPolicyFileName(name, top);
    const path = posix(this.root, full);
    let real: string;
    let stats: Stats;
    try {
      real = realpathSync(full);
      stats = statSync(real);
    } catch {
      if (policyName) this.found.set(path, unread(path, 'This is a symbolic link to a file that does not exist (a broken link). Fix the link or delete it.'));
      return;
    }
    if (stats.isDirectory()) {
      if (this.walkedDirs.has(real)) return; // already read, or a loop back to a parent folder
      if (!isInside(this.realRoot, real)) {
        this.found.set(path, unread(path, 'This is a symbolic link to a folder outside the policy folder; supportops reads only files inside it. Move or copy the files into the policy folder.'));
        return;
      }
      this.walkedDirs.add(real);
      this.walk(full, real);
    } else if (stats.isFile() && policyName) {
      if (!isInside(this.realRoot, real)) {
        this.found.set(path, unread(path, 'This is a symbolic link to a file outside the policy folder; supportops reads only files inside it. Move or copy the file into the policy folder.'));
        return;
      }
      this.addFile(full, real, stats);
    }
  }
}

/** Every *.yaml, *.yml and *.ics file below `root`, sorted by path; hidden folders and node_modules are skipped. */
export function readPolicyFiles(root: string): PolicyFile[] {
  const realRoot = realpathSync(root);
  const walk = new PolicyWalk(root, realRoot);
  walk.walk(root, realRoot);
  walk.followLinks();
  return [...walk.found.values()].sort((a, b) => cmp(a.path, b.path));
}

/** Size is checked before reading: a sparse 3 GiB file must not be loaded to learn it is too big. */
function readOne(path: string, real: string, stats: Stats): PolicyFile {
  if (stats.size > MAX_FILE_BYTES) return unread(path, tooLargeMessage(stats.size));
  try {
    return { path, bytes: readFileSync(real) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return unread(path, `This file cannot be read (${code}). Check that it is a regular file you have permission to read.`);
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
