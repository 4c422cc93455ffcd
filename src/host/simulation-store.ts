/**
 * The on-disk facts cache: simulations kept in a folder between runs, so a pull request
 * re-simulates only the channels whose inputs it changed (docs/cache.md). Content-addressed: an
 * entry's file name is a digest of its key, and the key a digest of everything the simulation
 * reads, with the cache's format, the supportops version and the engine's own code, so an
 * upgrade or an edit to the engine never reads an old result.
 *
 * It can only save work: a missing, unreadable, truncated or foreign entry reads as absent and
 * is recomputed; a write that fails (a read-only disk, a full one) is dropped. Entries are
 * written to a temporary file and renamed, so a concurrent reader sees a whole entry or none.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimulationResult } from '../capacity/index.js';
import type { SimulationStore } from '../facts/facts-cache.js';
import { engineDigest } from './engine-digest.js';
import { packageVersion } from './package-root.js';

/** Where the CLI keeps the cache unless told otherwise: relative to the working folder. */
export const DEFAULT_CACHE_DIR = '.supportops-cache';
/** Bump when the stored shape changes. */
const CACHE_FORMAT = 1;
/** The folder is pruned to this, oldest first, before a run writes (one run adds a few hundred kilobytes). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const SUFFIX = '.sim.json';
const HEADER = 'supportops-simulation';

/** JSON keeps neither infinities, NaN nor −0; these stand for them, so a read result equals the written one. */
const SPECIAL = '~n';

function encodeNumber(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || (Number.isFinite(value) && !Object.is(value, -0))) return value;
  return { [SPECIAL]: Object.is(value, -0) ? '-0' : String(value) };
}

function decodeNumber(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== SPECIAL) return value;
  return Number((value as Record<string, string>)[SPECIAL]);
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Enough of the shape to be sure the entry is a simulation result, not some other JSON. */
function isResult(value: unknown): value is SimulationResult {
  const r = value as Partial<SimulationResult> | null;
  return typeof r === 'object' && r !== null && typeof r.seed === 'number' && typeof r.replications === 'number' && Array.isArray(r.tiers);
}

export class DiskSimulationStore implements SimulationStore {
  private namespace: string | undefined;
  private pruned = false;

  /**
   * `dir` need not exist: it is made on the first write. `now` is the entry point's clock: it
   * dates what was used last, for pruning, and never reaches a result.
   */
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {}

  /** What every key is scoped by: an entry written by another format, version or engine never matches. */
  private scope(): string {
    return (this.namespace ??= JSON.stringify([HEADER, CACHE_FORMAT, packageVersion(), engineDigest()]));
  }

  private fileOf(fullKey: string): string {
    return join(this.dir, sha256(fullKey) + SUFFIX);
  }

  read(key: string): SimulationResult | undefined {
    const fullKey = JSON.stringify([this.scope(), key]);
    const file = this.fileOf(fullKey);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const result = decodeEntry(text, fullKey);
    // Recently used entries are the last to go when the folder is pruned.
    if (result) ignoreFailure(() => utimesSync(file, this.now(), this.now()));
    return result;
  }

  write(key: string, result: SimulationResult): void {
    const fullKey = JSON.stringify([this.scope(), key]);
    ignoreFailure(() => {
      mkdirSync(this.dir, { recursive: true });
      if (!this.pruned) pruneFolder(this.dir, MAX_CACHE_BYTES, this.now().getTime());
      this.pruned = true;
      const file = this.fileOf(fullKey);
      const temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        writeFileSync(temp, encodeEntry(fullKey, result));
        renameSync(temp, file);
      } finally {
        rmSync(temp, { force: true });
      }
    });
  }
}

/** Three lines: the full key, a digest of the body, the body. A reader checks both before trusting the body. */
function encodeEntry(fullKey: string, result: SimulationResult): string {
  const body = JSON.stringify(result, encodeNumber);
  return `${JSON.stringify(fullKey)}\n${sha256(body)}\n${body}\n`;
}

/** The result an entry holds for `fullKey`, or undefined when it holds anything else or is damaged. */
function decodeEntry(text: string, fullKey: string): SimulationResult | undefined {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  if (first < 0 || second < 0 || !text.endsWith('\n')) return undefined;
  if (text.slice(0, first) !== JSON.stringify(fullKey)) return undefined;
  const body = text.slice(second + 1, -1);
  if (text.slice(first + 1, second) !== sha256(body)) return undefined;
  try {
    const value: unknown = JSON.parse(body, decodeNumber);
    return isResult(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A temporary file this old was left by a writer that died; a younger one may be a concurrent writer's. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Deletes the oldest entries until the folder holds at most `maxBytes`, and temporary files left by dead writers. */
export function pruneFolder(dir: string, maxBytes: number, nowMs: number): void {
  const entries: { path: string; size: number; mtimeMs: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    ignoreFailure(() => {
      const stat = statSync(path);
      if (!stat.isFile()) return;
      if (name.endsWith(SUFFIX)) entries.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
      else if (name.endsWith('.tmp') && nowMs - stat.mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    });
  }
  let total = entries.reduce((sum, e) => sum + e.size, 0);
  entries.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.path < b.path ? -1 : 1));
  for (const entry of entries) {
    if (total <= maxBytes) break;
    ignoreFailure(() => rmSync(entry.path, { force: true }));
    total -= entry.size;
  }
}

/** The cache only ever saves work: a failure to read, write or prune costs a recomputation, never the run. */
function ignoreFailure(act: () => void): void {
  try {
    act();
  } catch {
    // Deliberately nothing: see above.
  }
}
