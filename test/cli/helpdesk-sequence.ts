/**
 * The helpdesk commands end to end for one product, against a fake helpdesk on 127.0.0.1:
 * export the example organisation, apply it to an empty helpdesk (a dry run first), plan again
 * (nothing to do, by --pull and by --live alike), change a policy and plan (exactly the
 * expected update), apply, and import the helpdesk back into policy files that `supportops
 * check` passes. Everything the commands print is scanned for the token.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTS } from '../../src/helpdesk/products.js';
import type { DesiredObject, TargetName } from '../../src/helpdesk/target.js';
import { HelpdeskClient } from '../../src/host/http/client.js';
import { secretForms } from '../../src/host/http/redact.js';
import { pullLiveFiles } from '../../src/host/pull.js';
import { startFreshdesk, type FakeFreshdesk } from '../fakes/freshdesk-fake.js';
import { schemaProblem } from '../fakes/vendor-schemas.js';
import { withStandIns } from '../helpdesk/helpers.js';
import { startZammad } from '../fakes/zammad-fake.js';
import { startZendesk, type FakeHelpdesk } from '../fakes/zendesk-fake.js';
import { cli, cliAsync, copyPolicies, type CliResult } from '../helpers/cli.js';

const START: Record<TargetName, () => Promise<FakeHelpdesk>> = { zendesk: startZendesk, freshdesk: startFreshdesk, zammad: startZammad };

/** What a high tier answering in 6h instead of 4h changes in each product, by key and field. */
const UPDATE: Record<TargetName, Record<string, string[]>> = {
  zendesk: { 'sla_policy/async-sla': ['/policy_metrics'], 'trigger/ack-email-high': ['/actions'], 'trigger/ack-web-form-high': ['/actions'] },
  freshdesk: {
    'sla_policy/async-sla': ['/sla_target/priority_3/respond_within'],
    'canned_response/Acknowledgement: email (high)': ['/content_html'],
    'canned_response/Acknowledgement: messenger (high)': ['/content_html'],
    'canned_response/Acknowledgement: web-form (high)': ['/content_html'],
  },
  zammad: { 'sla/async-sla (high)': ['/first_response_time'], 'trigger/ack-email-high': ['/perform/notification.email/body'], 'trigger/ack-web-form-high': ['/perform/notification.email/body'] },
};

export const AS_OF = ['--as-of', '2026-11-23'];

export interface PlanReport {
  summary: Record<string, number>;
  planned: boolean;
  changes: { action: string; key: string; fields: { path: string }[] }[];
  findings: { ruleId: string }[];
}

/** The whole sequence for one product, as a describe block. */
export function helpdeskSequence(target: TargetName): void {
  describe(`${target} from the command line`, () => {
    let fake: FakeHelpdesk;
    let dir: string;
    const printed: string[] = [];
    const env = () => ({ [`SUPPORTOPS_${target.toUpperCase()}_TOKEN`]: fake.token });
    const run = async (...argv: string[]): Promise<CliResult> => {
      const result = await cliAsync([...argv, '--target', target, ...AS_OF], dir, { env: env(), sleep: async () => {} });
      printed.push(result.stdout, result.stderr);
      return result;
    };
    const planJson = async (): Promise<PlanReport> => JSON.parse((await run('plan', 'policies', '--pull', '--url', fake.url, '--format', 'json')).stdout) as PlanReport;

    beforeAll(async () => {
      fake = await START[target]();
      dir = copyPolicies();
    });
    afterAll(() => fake.close());

    it('exports one JSON file per object, each valid against the vendor schema, and exits 0', async () => {
      const result = await run('export', 'policies', '--out', 'out/helpdesk');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Wrote \d+ \S+ objects to out\/helpdesk/);
      const manifest = JSON.parse(readFileSync(join(dir, 'out/helpdesk/manifest.json'), 'utf8')) as { target: string; files: string[] };
      expect(manifest.target).toBe(target);
      expect(readdirSync(join(dir, 'out/helpdesk'), { recursive: true }).filter((f) => String(f).endsWith('.json'))).toHaveLength(manifest.files.length + 1);
      for (const file of manifest.files) {
        const object = JSON.parse(readFileSync(join(dir, 'out/helpdesk', file), 'utf8')) as DesiredObject;
        const payload = withStandIns(object);
        const schema = PRODUCTS[target].api.resources.find((r) => r.type === object.type)!.schema;
        expect(schemaProblem(target, schema, payload), file).toBeNull();
      }
    });

    it('applies the export to an empty helpdesk; a dry run first changes nothing', async () => {
      if (target === 'freshdesk') {
        // Freshdesk's API cannot write business hours: an admin enters them as the export says.
        for (const name of readdirSync(join(dir, 'out/helpdesk/business_hours'))) {
          (fake as FakeFreshdesk).seedBusinessHours((JSON.parse(readFileSync(join(dir, 'out/helpdesk/business_hours', name), 'utf8')) as { payload: Record<string, unknown> }).payload);
        }
      }
      const dry = await run('apply', 'policies', '--url', fake.url);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(/Dry run: nothing was changed in \S+\. Run apply again with --yes/);
      expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
      const result = await run('apply', 'policies', '--url', fake.url, '--yes');
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toMatch(/\ncreated [^\n]+ \(id \d+\)\n/);
      expect(result.stdout).toMatch(/Applied \d+ changes to /);
    });

    it('then plans nothing to do, by --pull and by --live alike', async () => {
      const report = await planJson();
      expect(report.planned).toBe(true);
      expect([report.summary.create, report.summary.update, report.summary.delete]).toEqual([0, 0, 0]);
      const stylish = await run('plan', 'policies', '--pull', '--url', fake.url);
      expect(stylish.stdout).toContain('Nothing to change: the helpdesk matches the policies.');
      // The same state as a live folder of the JSON the API returns.
      const client = new HelpdeskClient({ api: PRODUCTS[target].api, url: fake.url, token: fake.token });
      mkdirSync(join(dir, 'live'));
      for (const file of await pullLiveFiles(client)) writeFileSync(join(dir, 'live', file.path), file.text);
      const fromFolder = await run('plan', 'policies', '--live', 'live');
      expect(fromFolder.stdout).toBe(stylish.stdout);
    });

    it('plans exactly the update a slower tier makes, then applies it', async () => {
      const sla = join(dir, 'policies', 'sla', 'async-sla.yaml');
      writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 6h'));
      const report = await planJson();
      const changes = report.changes.filter((c) => c.action !== 'unmanaged');
      expect(changes.every((c) => c.action === 'update')).toBe(true);
      expect(Object.fromEntries(changes.map((c) => [c.key, c.fields.map((f) => f.path)]))).toEqual(UPDATE[target]);
      const markdown = await run('plan', 'policies', '--pull', '--url', fake.url, '--format', 'markdown');
      expect(markdown.stdout).toMatch(/^## supportops: what this changes in \S+\n/);
      expect(markdown.stdout).toContain(`${Object.keys(UPDATE[target]).length} to update`);
      const applied = await run('apply', 'policies', '--url', fake.url, '--yes');
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain(`Applied ${Object.keys(UPDATE[target]).length} change`);
      expect((await planJson()).summary.update).toBe(0);
    });

    it('imports the helpdesk back into policy files that check, never over an existing file', async () => {
      const result = await run('import', '--pull', '--url', fake.url, '--out', 'imported');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/imported\/teams\/[a-z0-9-]+\.yaml:\d+:\d+|imported\/teams\/[a-z0-9-]+\.yaml\n/);
      expect(result.stdout).toContain('helpdesk-guessed');
      expect(result.stdout).toMatch(/Wrote \d+ policy files to imported from \S+\. \d+ values are guesses/);
      const checked = cli(['check', 'imported', ...AS_OF], dir);
      expect([checked.code, checked.stdout.match(/\d+ errors/)?.[0] ?? '0 errors']).toEqual([0, '0 errors']);
      const again = await run('import', '--pull', '--url', fake.url, '--out', 'imported');
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/^supportops: import never overwrites a policy file, and imported\/\S+ .* already there/);
    });

    it('never prints the token, in any form', () => {
      const forms = secretForms(fake.token, PRODUCTS[target].api.authorization(fake.token));
      const leaks = forms.filter((form) => printed.some((text) => text.includes(form)));
      expect(leaks).toEqual([]);
    });
  });
}
