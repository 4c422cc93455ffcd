// The real executable under several host time zones and locales: one process per zone.
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

describe('supportops check on the example organisation, as a process', () => {
  it('gives byte-identical JSON under any host time zone and locale', () => {
    const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'].map((tz, i) =>
      spawnCli(['check', '--as-of', '2026-11-23', '--format', 'json'], { env: { TZ: tz, LANG: ['C', 'de_DE.UTF-8', 'hi_IN.UTF-8', 'ja_JP.UTF-8'][i]! } }).stdout,
    );
    expect(JSON.parse(outputs[0]!).summary).toEqual({ files: 23, documents: 61, errors: 0, warnings: 0, infos: 0 });
    expect(new Set(outputs).size).toBe(1);
  });
});
