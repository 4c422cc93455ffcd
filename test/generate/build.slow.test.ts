// The real executable building under two host time zones and locales: one process each.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPolicies, snapshot, spawnCli } from '../helpers/cli.js';
import { AS_OF } from '../helpers/policies.js';

describe('supportops build, as a process', () => {
  it('writes byte-identical output under any host time zone and locale', () => {
    const dir = copyPolicies();
    const a = spawnCli(['build', 'policies', '--as-of', AS_OF, '--out', 'utc'], { cwd: dir, env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } });
    const b = spawnCli(['build', 'policies', '--as-of', AS_OF, '--out', 'kolkata'], { cwd: dir, env: { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    const utc = snapshot(join(dir, 'utc'));
    expect(Object.keys(utc).length).toBeGreaterThan(30);
    expect(snapshot(join(dir, 'kolkata'))).toEqual(utc);
  });
});
