/** What a command may touch of the outside world; tests pass their own. */
import type { FactsCache } from '../facts/facts-cache.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, read once for the default --as-of. */
  now: () => Date;
  color: boolean;
  /** A progress line on stderr for long reads: on a terminal, never in CI or in a pipe. */
  progress?: boolean;
  /** Facts and simulations to reuse from earlier runs in this process (tests do); a real run starts empty. */
  cache?: FactsCache;
  /** The environment, read only for the helpdesk token (SUPPORTOPS_<TARGET>_TOKEN). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How 429 Retry-After waits are slept (tests record them instead of waiting). */
  sleep?: (ms: number) => Promise<void>;
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
