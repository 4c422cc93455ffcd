import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/host/output-dir.js';
import { cli } from '../helpers/cli.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { AS_OF, exampleSet } from '../helpers/policies.js';
import { generate, GOLDEN } from './helpers.js';

const UPDATE = 'run `npx tsx scripts/update-golden.ts` after an intended change and review the diff';

describe('golden output for the example organisation', () => {
  const g = generate();

  it('generates without problems from a policy set that checks clean', () => {
    expect(g.errors).toEqual([]);
    expect(g.problems).toEqual([]);
  });

  it(`matches test/golden/example file by file (${UPDATE})`, () => {
    expect([...g.files.keys()]).toEqual(listFiles(GOLDEN));
    for (const [path, contents] of g.files) expect(readFileSync(join(GOLDEN, path), 'utf8'), path).toBe(contents);
  });

  it('is what `supportops build --check` accepts', () => {
    const result = cli(['build', 'policies', '--check', '--out', 'test/golden/example', '--as-of', AS_OF]);
    expect(result.stdout).toContain('test/golden/example is up to date');
    expect(result.code).toBe(0);
  });

  it('is the same on a second run (no hidden state, no clock)', () => {
    // A cache of its own: everything is computed again, from the policies alone.
    const again = generate(exampleSet(), { cache: new FactsCache() });
    expect([...again.files]).toEqual([...g.files]);
  });
});
