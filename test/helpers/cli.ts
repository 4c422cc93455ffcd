/** Running the CLI: in-process through run(), or as a real process the way users run it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { listFiles } from '../../src/host/output-dir.js';
import { REPO } from './policies.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** One cache for the test file's in-process runs: the same policies reuse their facts. */
const sharedCache = new FactsCache();

function ioFor(cwd: string, out: { stdout: string; stderr: string }, extra: Partial<CliIo> = {}): CliIo {
  return {
    cwd,
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    now: () => new Date('2026-11-23T12:00:00Z'),
    color: false,
    cache: sharedCache,
    ...extra,
  };
}

/** The commands that run without the network (all but the helpdesk ones). */
export function cli(argv: string[], cwd = REPO): CliResult {
  const out = { stdout: '', stderr: '' };
  const code = run(argv, ioFor(cwd, out));
  if (typeof code !== 'number') throw new Error(`${argv[0]} is asynchronous: use cliAsync`);
  return { code, ...out };
}

/** Any command, awaited; `extra` passes the environment (the token) and a sleep that records waits. */
export async function cliAsync(argv: string[], cwd = REPO, extra: Partial<CliIo> = {}): Promise<CliResult> {
  const out = { stdout: '', stderr: '' };
  const code = await run(argv, ioFor(cwd, out, extra));
  return { code, ...out };
}

/** tsx's loader by absolute URL: `--import tsx` would resolve from the child's working directory. */
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * The real executable in a child process, with its own environment (TZ, locale). Without
 * --cache-dir it runs with --no-cache: each process computes its own facts, so a comparison
 * across time zones compares computations, not one computation read back from the cache.
 */
export function spawnCli(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const cacheArgs = argv.includes('--cache-dir') ? [] : ['--no-cache'];
  const result = spawnSync(process.execPath, ['--import', TSX, join(REPO, 'src', 'cli', 'main.ts'), ...argv, ...cacheArgs], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', CI: 'true', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of a folder (default: the example policies). */
export function copyPolicies(from = join(REPO, 'policies')): string {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-'));
  cpSync(from, join(dir, 'policies'), { recursive: true });
  return dir;
}

/** Every file of a folder with its bytes, for byte-for-byte comparisons. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}
