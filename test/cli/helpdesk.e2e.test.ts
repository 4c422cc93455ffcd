/**
 * The helpdesk commands from the command line: the whole sequence for Zendesk (Freshdesk and
 * Zammad run it in helpdesk-products.slow.test.ts; the library round trip covers all three in
 * this suite), and what the commands do when something is wrong: a missing or wrong token, a
 * refused change, throttling, a live file that is not JSON, options that do not fit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFreshdesk } from '../fakes/freshdesk-fake.js';
import { startZammad } from '../fakes/zammad-fake.js';
import { startZendesk } from '../fakes/zendesk-fake.js';
import { cliAsync, copyPolicies } from '../helpers/cli.js';
import { AS_OF, helpdeskSequence, type PlanReport } from './helpdesk-sequence.js';

helpdeskSequence('zendesk');

describe('helpdesk commands when something is wrong', () => {
  it('a missing token is a plain usage error, and nothing is sent', async () => {
    const fake = await startZendesk();
    try {
      const result = await cliAsync(['apply', 'policies', '--target', 'zendesk', '--url', fake.url], undefined, { env: {} });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('supportops: Set SUPPORTOPS_ZENDESK_TOKEN to an OAuth access token, or "email/token:api_token" for an API token. supportops reads the token from the environment only, never from a flag or a file, and never prints it.\n');
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it.each([
    [['plan', '--target', 'zendesk'], /^supportops: plan needs the live Zendesk configuration: --live DIR/],
    [['plan', '--target', 'zendesk', '--url', 'https://x.zendesk.com'], /^supportops: --url needs --pull for plan/],
    [['plan', '--target', 'zendesk', '--yes', '--live', 'x'], /^supportops: --yes does not apply to plan \(it is for apply\)/],
    [['export', '--target', 'hubspot', '--out', 'x'], /^supportops: --target must be zendesk, freshdesk or zammad, not 'hubspot'/],
    [['export', '--out', 'x'], /^supportops: export needs --target zendesk, freshdesk or zammad/],
    [['export', '--target', 'zammad'], /^supportops: export needs --out DIR/],
    [['import', 'policies', '--target', 'zammad', '--live', 'x', '--out', 'y'], /^supportops: import takes no folder/],
    [['plan', '--target', 'zammad', '--live', 'x', '--format', 'sarif'], /^supportops: --format for plan must be stylish, json or markdown, not 'sarif'/],
    [['apply', '--target', 'zammad', '--url', 'http://zammad.example.com'], /^supportops: Use an https:\/\/ address for Zammad/],
  ])('%j is a usage error', async (argv, message) => {
    const result = await cliAsync(argv, undefined, { env: { SUPPORTOPS_ZAMMAD_TOKEN: 'zt', SUPPORTOPS_ZENDESK_TOKEN: 'zd' } });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(message);
  });

  it('apply stops at the first refused request with the object and the field, and exits 1', async () => {
    const fake = await startZendesk(undefined, { refuseHolidayName: /^Christmas Day and the days around it/ });
    const dir = copyPolicies();
    try {
      const hours = join(dir, 'policies', 'schedules', 'support-hours.yaml');
      // A date written by hand renames the day the GB-ENG calendar gives.
      writeFileSync(hours, readFileSync(hours, 'utf8').replace('    - calendar: GB-ENG\n', '    - calendar: GB-ENG\n    - { date: 2026-12-25, name: Christmas Day and the days around it }\n'));
      const result = await cliAsync(['apply', 'policies', '--target', 'zendesk', '--url', fake.url, '--yes', ...AS_OF], dir, { env: { SUPPORTOPS_ZENDESK_TOKEN: fake.token } });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/Zendesk refused to create schedule 'support-hours': field name: .*Apply stopped there: \d+ changes were made before it and none after\./);
    } finally {
      await fake.close();
    }
  });

  it('waits as long as 429 Retry-After says, then carries on', async () => {
    const fake = await startFreshdesk();
    const waits: number[] = [];
    try {
      fake.throttleNext(2, 7);
      const result = await cliAsync(['plan', 'policies', '--target', 'freshdesk', '--pull', '--url', fake.url, '--format', 'json', ...AS_OF], undefined, {
        env: { SUPPORTOPS_FRESHDESK_TOKEN: fake.token }, sleep: async (ms) => void waits.push(ms),
      });
      expect(result.code).toBe(0);
      expect(waits).toEqual([7000, 7000]);
      expect((JSON.parse(result.stdout) as PlanReport).planned).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('a wrong token is refused with a hint, and the token is not in the output', async () => {
    const fake = await startZammad();
    try {
      const token = 'wrong-zammad-token-5521';
      const result = await cliAsync(['plan', 'policies', '--target', 'zammad', '--pull', '--url', fake.url, ...AS_OF], undefined, { env: { SUPPORTOPS_ZAMMAD_TOKEN: token } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^supportops: Zammad refused GET \/api\/v1\/\S+ with 401: .*\nCheck that SUPPORTOPS_ZAMMAD_TOKEN holds a token/);
      expect(`${result.stdout}${result.stderr}`).not.toContain(token);
    } finally {
      await fake.close();
    }
  });

  it('plan --live locates a live file that is not JSON, makes no plan, and exits 1', async () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'sla_policy.json'), '[{"id": 1,, }]');
    const result = await cliAsync(['plan', 'policies', '--target', 'freshdesk', '--live', '.', '--format', 'json', ...AS_OF], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Omit<PlanReport, 'findings'> & { findings: { ruleId: string; location: { file: string; start: { line: number; column: number } } }[] };
    expect(report.planned).toBe(false);
    const bad = report.findings.find((f) => f.ruleId === 'live-json' && f.location.file === 'sla_policy.json')!;
    expect(bad.location.start).toEqual({ line: 1, column: 11 });
  });
});
