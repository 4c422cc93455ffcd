/** Runs the committed bundle (dist/index.js) the way the GitHub runner does. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { commitAll, exampleRepo, git } from '../helpers/git-repo.js';
import { REPO } from '../helpers/policies.js';
import { runAction } from '../helpers/run-action.js';

describe('the Action on a pull request', () => {
  let api: FakeGitHub;
  let workspace: string;
  let event: string;

  beforeAll(async () => {
    api = await startFakeGitHub('acme', 'policies', 7);
    workspace = exampleRepo();
    const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
    const tags = join(workspace, 'policies', 'routing', 'tags.yaml');
    writeFileSync(tags, readFileSync(tags, 'utf8').replace('owner: billing-specialists', 'owner: billing-specialsts'));
    const sla = join(workspace, 'policies', 'sla', 'async-sla.yaml');
    writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
    commitAll(workspace, 'a broken change');
    event = join(workspace, '..', `event-${process.pid}-${Math.random()}.json`);
    writeFileSync(event, JSON.stringify({
      pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } } },
      repository: { full_name: 'acme/policies' },
    }));
  });
  afterAll(() => api.close());

  const inputs = () => ({ path: 'policies', 'as-of': '2026-11-23', comment: 'true', sarif: 'results/supportops.sarif', 'github-token': 'test-token' });
  const env = () => ({ GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/policies' });

  it('fails with an annotation at the file and line, and reports through outputs, summary, SARIF and one comment', async () => {
    const run = await runAction(workspace, inputs(), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error title=no-unresolved-references,file=policies/routing/tags.yaml,line=37,endLine=37,col=10,endColumn=28::The owner 'billing-specialsts' is not defined: no Team or Role has that name. (did you mean 'billing-specialists'?)");
    // Loosening the SLA to 8h also leaves the metric target at 4h: a new warning, below the fail level.
    expect(run.stdout).toContain('::warning title=metric-target-matches-sla,file=policies/governance/metrics.yaml,line=10,');
    expect(run.stdout).toContain('::error::supportops: 1 new error at or above fail-level error.');
    // fail-on defaults to breaking: the loosened 4h → 8h promise fails the step too, unacknowledged.
    expect(run.stdout).toContain('::error::supportops: 1 breaking change to what customers are promised. Add the label supportops:breaking-ok to the pull request to accept it.');
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '1', 'new-errors': '1' });
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).summary).toMatchObject({ errors: 1, warnings: 1, new: { errors: 1, warnings: 1 } });
    expect(run.summary).toContain('| ❌ error | `policies/routing/tags.yaml:37:10` | `no-unresolved-references` |');
    expect(run.summary).toContain('| 🔴 breaking | async-sla › high › first response | 90% within 4h → 90% within 8h | email, messenger, web-form |');
    const sarif = JSON.parse(readFileSync(join(workspace, 'results', 'supportops.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['metric-target-matches-sla', 'no-unresolved-references']);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(/^<!-- supportops-comment workflow="policies" job="check" -->\n## supportops check/);
    expect(api.requests.every((r) => r.auth === 'token test-token' || r.auth === 'Bearer test-token')).toBe(true);
  });

  it('updates the same comment on the next run instead of adding another', async () => {
    const before = api.comments[0]!.id;
    await runAction(workspace, inputs(), env());
    expect(api.comments.map((c) => c.id)).toEqual([before]);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('with a read-only token skips the comment with a notice and still fails on findings', async () => {
    api.readOnly = true;
    const run = await runAction(workspace, { ...inputs(), comment: 'true' }, env());
    api.readOnly = false;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::notice::supportops: pull-request comment skipped: the token may not write comments here (HTTP 403).');
  });

  it('passes on a clean example and counts only new findings against the baseline', async () => {
    const clean = exampleRepo();
    const sha = git(clean, 'rev-parse', 'HEAD').trim();
    const cleanEvent = join(clean, '..', `event-clean-${process.pid}-${Math.random()}.json`);
    writeFileSync(cleanEvent, JSON.stringify({ pull_request: { number: 8, base: { sha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'someone/policies' } } }, repository: { full_name: 'acme/policies' } }));
    const run = await runAction(clean, { ...inputs(), sarif: '' }, { ...env(), GITHUB_EVENT_PATH: cleanEvent });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', 'new-errors': '0' });
    expect(run.stdout).toContain('pull-request comment skipped: pull requests from forks get a read-only token');
  });

  it('with out set, writes nothing while the policies fail, and gives the feasibility report beside the failure', async () => {
    const run = await runAction(workspace, { ...inputs(), comment: 'false', out: 'site' }, env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::notice::supportops: nothing was written to site: fix the findings first.');
    expect(existsSync(join(workspace, 'site'))).toBe(false);
    expect(readFileSync(run.outputs['feasibility-report']!, 'utf8')).toContain('# Feasibility report');
    expect(run.summary).toContain('<details><summary>Feasibility report (why the feasibility rules fail; no customer artifact is published while the check fails)</summary>');
  });

  it('with out set on a clean example, builds the artifacts as supportops build does, and rebuilds over them', async () => {
    const clean = exampleRepo();
    const first = await runAction(clean, { path: 'policies', 'as-of': '2026-11-23', out: 'site', baseline: 'none' });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/supportops: wrote \d+ files to site \(policies sha256:[0-9a-f]{12}…\)\./);
    const golden = join(REPO, 'test', 'golden', 'example');
    for (const file of ['manifest.json', 'routing-guide.md', 'disclosures/messenger.html', 'report/feasibility.json']) {
      expect(readFileSync(join(clean, 'site', file), 'utf8')).toBe(readFileSync(join(golden, file), 'utf8'));
    }
    const again = await runAction(clean, { path: 'policies', 'as-of': '2026-11-23', out: 'site', baseline: 'none' });
    expect(again.code).toBe(0);
    const refused = await runAction(clean, { path: 'policies', 'as-of': '2026-11-23', out: 'policies', baseline: 'none' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::supportops: out: policies holds the policies or the working directory');
    expect(existsSync(join(clean, 'policies', 'routing', 'tags.yaml'))).toBe(true);
  });

  it('covers the horizon the horizon input names, as --horizon does, and refuses one out of range', async () => {
    const clean = exampleRepo();
    const run = await runAction(clean, { path: 'policies', 'as-of': '2026-11-23', horizon: '28', baseline: 'none' });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).facts.horizon).toEqual({ from: '2026-11-23', days: 28 });
    const refused = await runAction(clean, { path: 'policies', 'as-of': '2026-11-23', horizon: '3', baseline: 'none' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("::error::supportops: horizon must be a whole number of days from 7 to 730, not '3' (default 365)");
  });

  it('a bad input fails the step with a clear message', async () => {
    const run = await runAction(workspace, { ...inputs(), 'fail-level': 'loud' }, env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::supportops: fail-level must be error, warn or info, not 'loud'");
  });
});

/** A pull request on a copy of the example: `change` edits the working tree, which is committed as the head. */
function pullRequest(change: (dir: string) => void, labels: string[] = []): { workspace: string; event: string } {
  const workspace = exampleRepo();
  const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
  change(workspace);
  commitAll(workspace, 'the change');
  const event = join(workspace, '..', `event-${Math.random()}.json`);
  writeFileSync(event, JSON.stringify({
    pull_request: { number: 9, base: { sha: baseSha, repo: { full_name: 'acme/policies' } }, head: { repo: { full_name: 'acme/policies' } }, labels: labels.map((name) => ({ name })) },
    repository: { full_name: 'acme/policies' },
  }));
  return { workspace, event };
}

const editFile = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit changed nothing in ${file}`);
  writeFileSync(path, next);
};
const loosen = (dir: string) => editFile(dir, 'policies/sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');

describe('the gate a pull request cannot talk around', () => {
  let api: FakeGitHub;
  beforeAll(async () => {
    api = await startFakeGitHub('acme', 'policies', 9);
  });
  afterAll(() => api.close());
  const base = () => ({ path: 'policies', 'as-of': '2026-11-23', 'github-token': 'installation-token' });
  const envOf = (event: string, extra: Record<string, string> = {}) => ({ GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/policies', ...extra });

  it('a pull request that turns rules off for itself still fails on them, and the summary and comment say what it turns off', async () => {
    const pr = pullRequest((dir) => {
      editFile(dir, 'policies/teams/tier1.yaml', /headcount: \d+/g, 'headcount: 1');
      writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  capacity-meets-demand: "off"\n  disclosure-feasible: "off"\n  sync-service-level: "off"\n  predicted-attainment: "off"\n');
      // And a workflow edit, which can change the Action's inputs for this very run.
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(dir, '.github', 'workflows', 'policies.yml'), 'name: policies\n');
    });
    const run = await runAction(pr.workspace, { ...base(), comment: 'true' }, envOf(pr.event, { GITHUB_WORKFLOW_REF: 'acme/policies/.github/workflows/policies.yml@refs/pull/9/merge' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=capacity-meets-demand,file=policies/channels/email.yaml');
    expect(run.stdout).toMatch(/::error::supportops: \d+ new errors at or above fail-level error\./);
    expect(run.summary).toContain("### Changes to the check itself\n\nThis check applied the base version's settings (config: the defaults). What this change does to them applies once it is merged:\n\n- This change adds the config file supportops.yaml.\n- ⚠️ This change turns off capacity-meets-demand (error → off).");
    expect(run.summary).toContain('- ⚠️ This change adds .github/workflows/policies.yml, the workflow that runs this check');
    expect(api.comments.at(-1)!.body).toContain('This change turns off capacity-meets-demand');
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.gate.changes.filter((c: { weakens: boolean }) => c.weakens)).toHaveLength(5);
    // Trusting the pull request's own settings is a choice the workflow makes, in the open.
    const trusting = await runAction(pr.workspace, { ...base(), 'config-from': 'head' }, envOf(pr.event));
    expect(trusting.code).toBe(0);
  });

  it('a loosened promise fails without the label, and passes with it', async () => {
    const without = pullRequest(loosen);
    const failed = await runAction(without.workspace, base(), envOf(without.event));
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('::error::supportops: 1 breaking change to what customers are promised. Add the label supportops:breaking-ok to the pull request to accept it.');
    expect(failed.summary).toContain('❌ 1 breaking change to what customers are promised (fail-on: breaking). If the change is intended, a maintainer adds the label `supportops:breaking-ok` to the pull request');
    expect(failed.outputs.breaking).toBe('1');
    const labelled = pullRequest(loosen, ['documentation', 'supportops:breaking-ok']);
    const passed = await runAction(labelled.workspace, base(), envOf(labelled.event));
    expect(passed.code).toBe(0);
    expect(passed.summary).toContain('✅ 1 breaking change to what customers are promised, acknowledged by the label `supportops:breaking-ok`.');
    // A label of the team's own naming, and fail-on none.
    expect((await runAction(labelled.workspace, { ...base(), 'allow-breaking-label': 'promise-change-approved' }, envOf(labelled.event))).code).toBe(1);
    expect((await runAction(without.workspace, { ...base(), 'fail-on': 'none' }, envOf(without.event))).code).toBe(0);
    expect((await runAction(without.workspace, { ...base(), 'fail-on': 'sometimes' }, envOf(without.event))).stdout).toContain("::error::supportops: fail-on must be breaking, notable or none, not 'sometimes'");
  });

  it('never edits a comment that only carries the marker: another user\'s comment stays as written', async () => {
    const pr = pullRequest(loosen);
    const marker = '<!-- supportops-comment workflow="policies" job="check" -->';
    api.comments.push({ id: 1, body: `${marker}\nLooks fine to me, merge it`, author: 'mallory' });
    await runAction(pr.workspace, { ...base(), comment: 'true' }, envOf(pr.event));
    await runAction(pr.workspace, { ...base(), comment: 'true' }, envOf(pr.event));
    expect(api.comments.find((c) => c.id === 1)).toEqual({ id: 1, body: `${marker}\nLooks fine to me, merge it`, author: 'mallory' });
    const ours = api.comments.filter((c) => c.author === 'github-actions[bot]' && c.body.startsWith(marker) && c.body.includes('breaking change'));
    expect(ours).toHaveLength(1);
  });
});
