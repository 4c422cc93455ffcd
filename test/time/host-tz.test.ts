// Results must not depend on the host's TZ: compare answers computed under other TZ values.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { probe } from './support/probe.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const HOST_ZONES = ['America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];

describe('host time zone', () => {
  it('gives identical answers under TZ values on both sides of UTC', async () => {
    const expected = JSON.parse(JSON.stringify(probe())) as unknown;
    const children = await Promise.all(
      HOST_ZONES.map(async (tz) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', join(here, 'support', 'probe-main.ts')], {
          cwd: root,
          env: { ...process.env, TZ: tz },
        });
        return JSON.parse(stdout) as { tz: string; offset: number; answers: unknown };
      }),
    );
    // The children really ran under different zones…
    expect(new Set(children.map((c) => c.offset)).size).toBe(HOST_ZONES.length);
    // …and agree with this process.
    for (const child of children) expect({ tz: child.tz, answers: child.answers }).toEqual({ tz: child.tz, answers: expected });
  });
});
