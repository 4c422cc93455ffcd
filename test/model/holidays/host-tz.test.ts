// Holiday expansion must not depend on the host's zone: the CI zones (UTC, and one on each
// side of it) must give byte-identical dates from date-holidays and ical.js.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/policies.js';

const run = promisify(execFile);
const CI_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];

describe('holidays under other host time zones', () => {
  it('expand to the same dates under every CI zone', async () => {
    const outputs = await Promise.all(
      CI_ZONES.map(async (tz) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'holidays-probe.ts')], { cwd: REPO, env: { ...process.env, TZ: tz } });
        return JSON.parse(stdout) as { offset: number; holidays: unknown };
      }),
    );
    expect(new Set(outputs.map((o) => o.offset)).size).toBe(CI_ZONES.length);
    const [first, ...rest] = outputs.map((o) => JSON.stringify(o.holidays));
    for (const other of rest) expect(other).toBe(first);
    expect(first).toContain('["2027-12-27","Christmas Day (substitute day)","GB-ENG"]');
    expect(first).toContain('["2027-12-25","Christmas Day","calendars/singapore-office.ics"]');
  });
});
