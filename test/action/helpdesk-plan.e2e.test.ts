/**
 * The Action's `plan` input, running the committed bundle against a fake Zendesk on 127.0.0.1
 * that holds what the base branch exported: a pull request that slows the high tier shows
 * exactly that update in the job summary and the comment, reads the helpdesk without writing
 * to it, and never shows the token. Without the token (a fork's pull request) the plan is
 * skipped with a notice; a live folder in the workspace works without any token.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { apply } from '../../src/host/apply.js';
import { HelpdeskClient } from '../../src/host/http/client.js';
import { secretForms } from '../../src/host/http/redact.js';
import { pullLiveFiles } from '../../src/host/pull.js';
import { startZendesk, type FakeHelpdesk } from '../fakes/zendesk-fake.js';
import { exportOf } from '../helpdesk/helpers.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { commitAll, exampleRepo, git } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';

describe('the Action with plan', () => {
  let github: FakeGitHub;
  let zendesk: FakeHelpdesk;
  let workspace: string;
  let event: string;

  beforeAll(async () => {
    github = await startFakeGitHub('acme', 'policies', 9);
    zendesk = await startZendesk();
    // The helpdesk holds what the base branch says: the example, applied.
    const client = new HelpdeskClient({ api: ZENDESK_API, url: zendesk.url, token: zendesk.token, sleep: async () => {} });
    await apply({ client, desired: exportOf('zendesk').exported.objects, yes: true, print: () => {} });
    workspace = exampleRepo();
    const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
    mkdirSync(join(workspace, 'live'));
    for (const file of await pullLiveFiles(client)) writeFileSync(join(workspace, 'live', file.path), file.text);
    const sla = join(workspace, 'policies', 'sla', 'async-sla.yaml');
    writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 6h'));
    commitAll(workspace, 'the high tier answers in 6h');
    event = join(workspace, '..', `event-plan-${process.pid}.json`);
    writeFileSync(event, JSON.stringify({
      // Slowing a tier is a breaking change: the pull request acknowledges it, so only the plan is under test.
      pull_request: { number: 9, labels: [{ name: 'supportops:breaking-ok' }], base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } } },
      repository: { full_name: 'acme/policies' },
    }));
  });
  afterAll(async () => {
    await github.close();
    await zendesk.close();
  });

  const inputs = (plan: Record<string, string>) => ({ path: 'policies', 'as-of': '2026-11-23', comment: 'true', 'github-token': 'test-token', plan: 'zendesk', ...plan });
  const env = (extra: Record<string, string> = {}) => ({ GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/policies', ...extra });

  it('puts what merging changes in Zendesk into the summary and the comment, reading only', async () => {
    const before = zendesk.requests.length;
    const run = await runAction(workspace, inputs({ 'plan-url': zendesk.url }), env({ SUPPORTOPS_ZENDESK_TOKEN: zendesk.token }));
    expect(run.code).toBe(0);
    for (const text of [run.summary, github.comments[0]!.body]) {
      expect(text).toContain('## supportops: what this changes in Zendesk');
      expect(text).toContain('Zendesk plan: 0 to create, 3 to update, 0 to delete');
      expect(text).toMatch(/\| update \| SLA policy \| async-sla \| `\/policy_metrics`: /);
      expect(text).toContain('### What the helpdesk cannot hold exactly');
    }
    expect(zendesk.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
    const forms = secretForms(zendesk.token, ZENDESK_API.authorization(zendesk.token));
    const texts = { stdout: run.stdout, summary: run.summary, comment: github.comments[0]!.body };
    expect(forms.flatMap((f) => Object.entries(texts).filter(([, t]) => t.includes(f)).map(([where]) => `${f} in ${where}`))).toEqual([]);
  });

  it('without the token (a fork) skips the plan with a notice and still passes', async () => {
    const run = await runAction(workspace, inputs({ 'plan-url': zendesk.url }), env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::supportops: the Zendesk plan was skipped: SUPPORTOPS_ZENDESK_TOKEN is not set.');
    expect(run.summary).toContain('Not planned: SUPPORTOPS_ZENDESK_TOKEN is not set (pull requests from forks get no secrets).');
  });

  it('plans against a live folder in the workspace without any token', async () => {
    const run = await runAction(workspace, inputs({ 'plan-live': 'live', comment: 'false' }), env());
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Zendesk plan: 0 to create, 3 to update, 0 to delete');
  });

  it('refuses plan without exactly one live source', async () => {
    const run = await runAction(workspace, inputs({ comment: 'false' }), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::supportops: plan needs exactly one of plan-live');
  });
});
