/** actions/checkout fetches one commit by default; fetch the base commit too (git, no shell). */
import { execFileSync } from 'node:child_process';

export function fetchCommit(dir: string, ref: string): void {
  if (!/^[0-9a-f]{7,40}$/i.test(ref)) return; // only commit ids are fetched by name
  try {
    execFileSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', ref], { cwd: dir, stdio: 'ignore' });
  } catch {
    // Reading the ref will then fail with a clear message.
  }
}
