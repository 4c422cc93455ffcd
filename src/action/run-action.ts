/**
 * The GitHub Action: a thin front over the host layer. Check the policies (against the pull
 * request's base when there is one), annotate, summarise, write SARIF and the JSON report,
 * optionally build and comment, and fail at the fail level — counting only new findings when
 * a baseline is set. It reads YAML and templates only: no code from the checked repository runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { failing, failsAt, summarize, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { diffMarkdown } from '../format/diff-markdown.js';
import { planAnnotations } from '../format/github-annotations.js';
import { json } from '../format/json-report.js';
import { markdownSummary } from '../format/markdown-summary.js';
import { sarif } from '../format/sarif.js';
import { isDirectory } from '../load/files.js';
import { assertReplaceable, StagedOutput } from '../host/output-dir.js';
import { packageVersion } from '../host/package-root.js';
import { runPolicies, type PolicyRun } from '../host/run-policies.js';
import { UsageError } from '../host/usage-error.js';
import { commentMarker, upsertComment } from './comment.js';
import { fetchCommit } from './fetch-commit.js';
import { appended, helpdeskPlan, readPlanInputs } from './helpdesk-plan.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { pullRequestFromEvent, type PullRequestInfo } from './pull-request.js';

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
  const root = resolve(workspace, inputs.path);
  if (!isDirectory(root)) throw new UsageError(`policy folder not found: ${inputs.path}`);
  const pr = pullRequestFromEvent(env.GITHUB_EVENT_PATH);
  const baseRef = inputs.baseline === 'base' ? pr?.baseSha : inputs.baseline;
  // `out`: build exactly as `supportops build` does — nothing when the policies fail at the fail level.
  const out = inputs.out ? resolve(workspace, inputs.out) : undefined;
  if (out) assertReplaceable(out, `out: ${inputs.out}`, [root, workspace]);
  // Artifacts go to a temporary folder as they are made; writeBuild puts it in place or drops it.
  const staged = out ? new StagedOutput(out) : undefined;
  try {
    const run = runPolicies({
      cwd: workspace, root: inputs.path, asOf: inputs.asOf, horizonDays: inputs.horizonDays, rules: true, config: inputs.config,
      ...(baseRef ? { baseline: { ref: baseRef, option: 'baseline', fetch: fetchCommit }, diff: true } : {}),
      ...(staged ? { build: { failLevel: inputs.failLevel, write: staged.write } } : {}),
    });
    const changes = run.diff && run.base ? diffMarkdown(run.diff, { base: run.base.label, head: pr ? `#${pr.number}` : 'HEAD', asOf: inputs.asOf }) : undefined;
    const helpdesk = await helpdeskPlan(run, planInputs, workspace, env);
    await report(run, inputs, workspace, env, appended(changes, helpdesk?.summary));
    if (staged) writeBuild(run, staged, inputs);
    if (inputs.comment) await comment(run, inputs, env, pr, appended(changes, helpdesk?.comment));
    if (failsAt(run.diagnostics, inputs.failLevel)) core.setFailed(`supportops: ${failureCount(run.diagnostics, inputs.failLevel, Boolean(baseRef))} at or above fail-level ${inputs.failLevel}.`);
  } finally {
    staged?.discard();
  }
}

/** Annotations, the JSON report, SARIF, the job summary and the outputs. */
async function report(run: PolicyRun, inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv, changes: string | undefined): Promise<void> {
  const { diagnostics, context } = run;
  const plan = planAnnotations(diagnostics, inputs.path);
  for (const line of plan.lines) process.stdout.write(`${line}\n`);
  if (plan.omitted > 0) core.info(`${plan.omitted} more findings are listed in the job summary (GitHub shows 10 annotations of each level per step).`);
  const reportPath = join(env.RUNNER_TEMP ?? workspace, 'supportops-report.json');
  writeFileSync(reportPath, json(diagnostics, context));
  if (inputs.sarif) {
    const target = resolve(workspace, inputs.sarif);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, sarif(diagnostics, { root: inputs.path, version: packageVersion() }));
  }
  const summary = markdownSummary(diagnostics, context);
  await core.summary.addRaw(changes ? `${summary}\n${changes}` : summary).write();
  const all = summarize(diagnostics);
  const fresh = summarize(diagnostics.filter((d) => d.baseline !== 'existing'));
  core.setOutput('errors', all.errors);
  core.setOutput('warnings', all.warnings);
  core.setOutput('new-errors', fresh.errors);
  core.setOutput('report', reportPath);
}

function writeBuild(run: PolicyRun, staged: StagedOutput, inputs: ActionInputs): void {
  const built = run.built;
  if (built && built.problems.length === 0) {
    staged.commit();
    core.info(`supportops: wrote ${built.count} files to ${inputs.out} (policies ${built.hash.slice(0, 19)}…).`);
  } else {
    staged.discard();
    core.notice(`supportops: nothing was written to ${inputs.out}: fix the ${built ? 'templates' : 'findings'} first.`);
  }
}

async function comment(run: PolicyRun, inputs: ActionInputs, env: NodeJS.ProcessEnv, pr: PullRequestInfo | undefined, changes: string | undefined): Promise<void> {
  if (!pr) {
    core.notice('supportops: comment is true but this is not a pull request event; no comment was posted.');
    return;
  }
  const body = changes ? `${markdownSummary(run.diagnostics, run.context, 20_000)}\n${changes}` : markdownSummary(run.diagnostics, run.context, 60_000);
  const outcome = await upsertComment(inputs.token, pr, commentMarker(env.GITHUB_WORKFLOW ?? 'workflow', env.GITHUB_JOB ?? 'job'), body, env.GITHUB_API_URL ?? 'https://api.github.com');
  if (outcome.status === 'skipped') core.notice(`supportops: pull-request comment skipped: ${outcome.reason}. Annotations, the job summary and the exit status still report the result.`);
  else core.info(`supportops: pull-request comment ${outcome.status} (id ${outcome.id}).`);
}

/** "1 new error, 2 new warnings": only the levels that fail the step, only new ones with a baseline. */
function failureCount(diagnostics: readonly Diagnostic[], level: Severity, baselined: boolean): string {
  const counts = summarize(failing(diagnostics, level));
  const counted = baselined ? 'new ' : '';
  const part = (n: number, noun: string) => (n > 0 ? [`${n} ${counted}${noun}${n === 1 ? '' : 's'}`] : []);
  return [...part(counts.errors, 'error'), ...part(counts.warnings, 'warning'), ...part(counts.infos, 'info finding')].join(', ');
}
