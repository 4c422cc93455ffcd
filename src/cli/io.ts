/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, read once for the default --as-of. */
  now: () => Date;
  color: boolean;
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
