/**
 * The GitHub Action: a thin front over the host layer. Check the policies (against the pull
 * request's base when there is one, with the base's config, suppressions and baseline file),
 * annotate, summarise, write SARIF and the JSON report, optionally build and comment, and fail
 * at the fail level — counting only new findings when a baseline is set — or on a worse
 * customer promise (fail-on) that the pull request does not acknowledge with its label. It reads
 * YAML and templates only: no code from the checked repository runs.
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { GateReport } from '../config/gate-change.js';
import { failsAt } from '../diagnostics/diagnostic.js';
import { diffMarkdown } from '../format/diff-markdown.js';
import type { OutputFile } from '../generate/generate-artifacts.js';
import { withFsErrors, writeFailure } from '../host/fs-errors.js';
import { assertReplaceable, StagedOutput } from '../host/output-dir.js';
import { requirePolicyFolder } from '../host/policy-source.js';
import { runPolicies, type RunRequest } from '../host/run-policies.js';
import { UsageError } from '../host/usage-error.js';
import { actionCache } from './action-cache.js';
import { comment } from './post-comment.js';
import { fetchCommit } from './fetch-commit.js';
import { helpdeskPlan, readPlanInputs } from './helpdesk-plan.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { promiseVerdict } from './promise-gate.js';
import { pullRequestFromEvent } from './pull-request.js';
import { failureCount, report, writeBuild, type ActionRun } from './report.js';
import { workflowChange } from './workflow-change.js';

export async function run(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Promise<void> {
  try {
    await main(env, now);
  } catch (error) {
    // Anything thrown — an Error or not — fails the step; a bug must never leave it green.
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    core.setFailed(`supportops: ${message}`);
  }
}

async function main(env: NodeJS.ProcessEnv, now: Date): Promise<void> {
  const inputs = readInputs(now);
  const planInputs = readPlanInputs();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  requirePolicyFolder(workspace, inputs.path, 'path');
  const pr = pullRequestFromEvent(env.GITHUB_EVENT_PATH);
  const baseRef = inputs.baseline === 'base' ? pr?.baseSha : inputs.baseline;
  const labels = pr?.labels ?? [];
  // `out`: build exactly as `supportops build` does — nothing when the policies fail at the fail level.
  // Built files go to a temporary folder as they are made; writeBuild puts it in place or drops it.
  const staged = stagedOut(inputs, workspace);
  try {
    const policies = runPolicies({
      cwd: workspace, root: inputs.path, asOf: inputs.asOf, horizonDays: inputs.horizonDays, rules: true, config: inputs.config,
      configFrom: inputs.configFrom, acknowledged: labels.includes(inputs.allowBreakingLabel), cache: actionCache(inputs.cacheDir, workspace, env, () => new Date()),
      ...(baseRef ? { baseline: { ref: baseRef, option: 'baseline', fetch: fetchCommit }, diff: true } : {}),
      ...stagedBuild(staged, inputs),
    });
    const gate: GateReport | undefined = policies.gate && pr ? { ...policies.gate, changes: [...policies.gate.changes, ...workflowChange(workspace, pr.baseSha, env.GITHUB_WORKFLOW_REF)] } : policies.gate;
    const changes = policies.diff && policies.base ? diffMarkdown(policies.diff, { base: policies.base.label, head: pr ? `#${pr.number}` : 'HEAD', asOf: inputs.asOf }) : undefined;
    const promises = promiseVerdict(policies.diff, inputs, labels);
    const failing = failsAt(policies.diagnostics, inputs.failLevel);
    const helpdesk = await helpdeskPlan(policies, planInputs, workspace, env);
    const action: ActionRun = { policies, inputs, workspace, env, gate, changes, promises, failing, ...(helpdesk ? { helpdesk } : {}) };
    await report(action);
    if (staged) writeBuild(action, staged);
    if (inputs.comment) await comment(action, pr);
    if (failing) core.setFailed(`supportops: ${failureCount(policies.diagnostics, inputs.failLevel, Boolean(baseRef))} at or above fail-level ${inputs.failLevel}.`);
    if (promises.failure) core.setFailed(promises.failure);
  } finally {
    staged?.discard();
  }
}

/** The `out` folder's staged build, once the folder is known to be replaceable; none without `out`. */
function stagedOut(inputs: ActionInputs, workspace: string): StagedOutput | undefined {
  if (!inputs.out) return undefined;
  const out = resolve(workspace, inputs.out);
  assertReplaceable(out, `out: ${inputs.out}`, [resolve(workspace, inputs.path), workspace]);
  return new StagedOutput(out);
}

/** The build part of the request: each file goes into the staged folder as it is made. */
function stagedBuild(staged: StagedOutput | undefined, inputs: ActionInputs): Pick<RunRequest, 'build'> {
  if (!staged) return {};
  const write = (artifact: OutputFile) => withFsErrors(() => staged.write(artifact), (e) => writeFailure(`out: ${inputs.out}`, e, 'Choose a folder in the workspace.'));
  return { build: { failLevel: inputs.failLevel, write } };
}
