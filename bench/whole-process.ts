// Whole-process figures: run a Node program as a child, from start to exit, and read its wall
// time, its own user and system CPU time and its peak RSS. Medians and paired ratios on top.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

export const REPO = join(import.meta.dirname, '..');
/** Git-ignored scratch space for what the benches compile and generate. */
export const SCRATCH = join(REPO, '.tmp', 'bench');

export interface ProcessRun {
  wallMs: number;
  userMs: number;
  systemMs: number;
  peakBytes: number;
  /** What the program printed (a child that reports figures of its own prints them). */
  stdout: string;
}

/**
 * Compiles one TypeScript file to plain JavaScript under SCRATCH, so it runs under plain `node`
 * like the built CLI, without a loader's start-up in the figures. Imports stay imports: they
 * resolve from the repository's node_modules.
 */
export function compileForNode(entry: string, name: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  const outfile = join(SCRATCH, `${name}.mjs`);
  buildSync({ entryPoints: [join(REPO, entry)], outfile, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return outfile;
}

let preload: string | undefined;

/** A run that did not finish: over its time bound, or exited other than 0 (the message says which, with the output's end). */
export class RunFailed extends Error {
  constructor(readonly reason: string, output: string) {
    super(`${reason}:\n${output.slice(-3000)}`);
  }
}

/** Runs `node <args>` and measures it; throws RunFailed when it exits other than 0 or runs past `timeoutMs`. */
export function runNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; label: string; timeoutMs?: number }): ProcessRun {
  preload ??= pathToFileURL(compileForNode('bench/rusage-preload.ts', 'rusage-preload')).href;
  const dir = mkdtempSync(join(SCRATCH, 'rusage-'));
  const usageFile = join(dir, 'usage.json');
  try {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, ['--import', preload, ...args], {
      cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env, SUPPORTOPS_BENCH_RUSAGE: usageFile }, encoding: 'utf8', maxBuffer: 1 << 30,
      ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
    });
    const wallMs = performance.now() - t0;
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
    if (options.timeoutMs && wallMs >= options.timeoutMs && result.status === null) throw new RunFailed(`${options.label} ran over ${seconds(options.timeoutMs)}`, output);
    if (result.status !== 0) throw new RunFailed(`${options.label} exited ${result.status ?? result.signal}`, output);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { userMicros: number; systemMicros: number; maxRssKiB: number };
    return { wallMs, userMs: usage.userMicros / 1000, systemMs: usage.systemMicros / 1000, peakBytes: usage.maxRssKiB * 1024, stdout: result.stdout ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const mebibytes = (bytes: number): string => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
