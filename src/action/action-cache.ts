/**
 * Where the Action keeps simulations between runs (docs/cache.md). Never in the workspace: the
 * pull request controls every file there, and an entry it planted would be trusted as a result
 * the engine computed. By default `$RUNNER_TEMP/supportops-cache`, which the runner empties after
 * the job; a workflow persists it with actions/cache (docs/action.md shows how).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { FactsCache } from '../facts/facts-cache.js';
import { DiskSimulationStore } from '../host/simulation-store.js';
import { UsageError } from '../host/usage-error.js';
import { isInside } from '../load/files.js';

/** The folder itself when it exists, else its nearest existing parent's real path with the rest appended: symbolic links resolved. */
function realPathOf(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

/**
 * The run's facts cache for the `cache-dir` input: 'none' keeps nothing between runs; empty is
 * `$RUNNER_TEMP/supportops-cache` (nothing outside a runner); a path must lie outside the workspace.
 */
export function actionCache(given: string | undefined, workspace: string, env: NodeJS.ProcessEnv, now: () => Date): FactsCache {
  if (given === 'none') return new FactsCache();
  const dir = given !== undefined ? resolve(workspace, given) : env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'supportops-cache') : undefined;
  if (dir === undefined) return new FactsCache();
  if (isInside(realPathOf(workspace), realPathOf(dir))) {
    // A runner whose temporary folder lies in the workspace gets no cache rather than a failure it did not ask for.
    if (given === undefined) return new FactsCache();
    throw new UsageError(
      `cache-dir ${given} is inside the workspace, which the pull request controls: a cache it planted there could weaken the check. ` +
        'Leave cache-dir empty (the cache then lives under runner.temp) or give a folder outside the workspace.',
    );
  }
  return new FactsCache(new DiskSimulationStore(dir, now));
}
