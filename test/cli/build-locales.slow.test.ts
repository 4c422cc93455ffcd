import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

describe('supportops build of the example organisation, as a process, in every host zone and locale', () => {
  // The German disclosure takes its names and numbers from Intl with the locale and zone passed
  // explicitly: the host's TZ and LANG must change nothing, so the golden files hold under each.
  it.each([
    ['Pacific/Chatham', 'de_DE.UTF-8'],
    ['America/Los_Angeles', 'ja_JP.UTF-8'],
    ['Asia/Kolkata', 'fr_FR.UTF-8'],
  ])('writes the golden files byte for byte under TZ=%s LANG=%s', (tz, lang) => {
    const result = spawnCli(['build', 'policies', '--check', '--out', 'test/golden/example', '--as-of', '2026-11-23'], { env: { TZ: tz, LANG: lang, LC_ALL: lang } });
    expect(result.stderr + result.stdout).toContain('test/golden/example is up to date');
    expect(result.code).toBe(0);
  }, 120_000);
});
