/** The CLI's simulation cache: on by default in .supportops-cache, output byte-identical cold and warm. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run-cli.js';
import { copyPolicies } from '../helpers/cli.js';
import { exampleRepo } from '../helpers/git-repo.js';

/** The CLI as main.ts runs it: no cache handed in, so the command makes its own. */
function cliWithoutCache(argv: string[], cwd: string) {
  const out = { stdout: '', stderr: '' };
  const code = run(argv, { cwd, stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), now: () => new Date('2026-11-23T12:00:00Z'), color: false });
  return { code, ...out };
}

const CHECK = ['check', 'policies', '--as-of', '2026-11-23', '--horizon', '28'];
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sim.json')) : []);

describe('the simulation cache in the CLI', () => {
  it('keeps simulations in .supportops-cache by default, and prints the same bytes cold and warm', () => {
    const dir = copyPolicies();
    for (const format of ['json', 'stylish']) {
      const uncached = cliWithoutCache([...CHECK, '--format', format, '--no-cache'], dir);
      const cold = cliWithoutCache([...CHECK, '--format', format], dir);
      const warm = cliWithoutCache([...CHECK, '--format', format], dir);
      expect(cold).toEqual(uncached);
      expect(warm).toEqual(uncached);
    }
    expect(entries(join(dir, '.supportops-cache')).length).toBeGreaterThan(0);
  });

  it('uses --cache-dir when given, and writes nothing with --no-cache', () => {
    const dir = copyPolicies();
    expect(cliWithoutCache([...CHECK, '--no-cache'], dir).code).toBe(0);
    expect(existsSync(join(dir, '.supportops-cache'))).toBe(false);
    expect(cliWithoutCache([...CHECK, '--cache-dir', 'elsewhere/sims'], dir).code).toBe(0);
    expect(entries(join(dir, 'elsewhere', 'sims')).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, '.supportops-cache'))).toBe(false);
  });

  it('leaves the working copy\'s default folder alone when judging a change, unless told where to keep it', () => {
    // A branch could commit .supportops-cache/ with entries claiming any attainment (docs/cache.md).
    const dir = exampleRepo();
    expect(cliWithoutCache(['diff', '--base', 'HEAD', '--as-of', '2026-11-23', '--horizon', '28'], dir).code).toBe(0);
    expect(cliWithoutCache(['check', '--baseline', 'HEAD', '--as-of', '2026-11-23', '--horizon', '28'], dir).code).toBe(0);
    expect(existsSync(join(dir, '.supportops-cache'))).toBe(false);
    expect(cliWithoutCache(['check', '--baseline', 'HEAD', '--as-of', '2026-11-23', '--horizon', '28', '--cache-dir', 'trusted'], dir).code).toBe(0);
    expect(entries(join(dir, 'trusted')).length).toBeGreaterThan(0);
  });

  it('refuses contradicting or empty cache options with a usage error', () => {
    const dir = copyPolicies();
    expect(cliWithoutCache([...CHECK, '--no-cache', '--cache-dir', 'x'], dir)).toEqual({ code: 2, stdout: '', stderr: 'supportops: --cache-dir and --no-cache contradict each other: give one of them.\n' });
    expect(cliWithoutCache([...CHECK, '--cache-dir', ''], dir)).toEqual({ code: 2, stdout: '', stderr: 'supportops: --cache-dir needs a folder, such as --cache-dir .supportops-cache\n' });
  });
});
