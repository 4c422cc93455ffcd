/**
 * The GitHub Action: a thin front over the library. Check the policies (against the pull
 * request's base when there is one), annotate, summarise, write SARIF and the JSON report,
 * optionally build and comment, and fail at the fail level — counting only new findings when
 * a baseline is set. It reads YAML and templates only: no code from the checked repository runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../host/usage-error.js';
import { loadConfig } from '../host/config-file.js';
import { assertReplaceable, writeOutputAtomically } from '../host/output-dir.js';
import { readPolicySource } from '../host/policy-source.js';
import { defaultTemplates, renderArtifacts, type Rendered } from '../host/render-artifacts.js';
import { failing, failsAt, sortDiagnostics, summarize, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { markBaseline } from '../diff/baseline.js';
import { FactsCache } from '../facts/facts-cache.js';
import { diffPolicies } from '../diff/diff-policies.js';
import { diffMarkdown } from '../format/diff-markdown.js';
import { planAnnotations } from '../format/github-annotations.js';
import { json } from '../format/json.js';
import { markdownSummary } from '../format/markdown-summary.js';
import { sarif } from '../format/sarif.js';
import { isDirectory, readPolicyFiles } from '../load/files.js';
import { packageVersion } from '../host/package-root.js';
import { checkPolicies } from '../rules/check-policies.js';
import { commentMarker, upsertComment } from './comment.js';
import { fetchCommit } from './fetch-commit.js';
import { InputError, readInputs } from './inputs.js';
import { pullRequestFromEvent } from './pull-request.js';

export async function run(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Promise<void> {
  try {
    await main(env, now);
  } catch (error) {
    // Anything thrown — an Error or not — fails the step; a bug must never leave it green.
    const message = error instanceof InputError || error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    core.setFailed(`supportops: ${message}`);
  }
}

async function main(env: NodeJS.ProcessEnv, now: Date): Promise<void> {
  const inputs = readInputs(now);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, inputs.path);
  if (!isDirectory(root)) throw new InputError(`policy folder not found: ${inputs.path}`);
  const { config } = loadConfig(workspace, inputs.config);
  const files = readPolicyFiles(root);
  // One cache for the head, the base and the diff: facts they agree on are computed once.
  const cache = new FactsCache();
  const result = checkPolicies(files, { asOf: inputs.asOf, config, cache });
  const context = { root: inputs.path, asOf: inputs.asOf, files: result.files, documents: result.documents, sourceText: (f: string) => result.sources.get(f)?.text, ...(result.facts ? { facts: result.facts } : {}) };

  const pr = pullRequestFromEvent(env.GITHUB_EVENT_PATH);
  const baseRef = inputs.baseline === 'base' ? pr?.baseSha : inputs.baseline;
  let diagnostics: Diagnostic[] = result.diagnostics;
  let changes: string | undefined;
  if (baseRef) {
    const base = readPolicySource(baseRef, inputs.path, workspace, 'baseline', fetchCommit);
    const baseResult = checkPolicies(base.files, { asOf: inputs.asOf, config, cache });
    diagnostics = markBaseline(result, baseResult);
    changes = diffMarkdown(diffPolicies({ files: base.files, result: baseResult }, { files, result }, { asOf: inputs.asOf, templates: defaultTemplates(), cache }), { base: base.label, head: pr ? `#${pr.number}` : 'HEAD', asOf: inputs.asOf });
  }

  // `out`: build exactly as `supportops build` does — nothing when the policies fail at the fail level.
  const out = inputs.out ? resolve(workspace, inputs.out) : undefined;
  let built: Rendered | undefined;
  if (out) {
    assertReplaceable(out, `out: ${inputs.out}`, [root, workspace]);
    if (!failsAt(result.diagnostics, inputs.failLevel)) {
      built = renderArtifacts(result, files, inputs.asOf);
      diagnostics = sortDiagnostics([...diagnostics, ...built.problems]);
    }
  }

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

  if (out) {
    if (built && built.problems.length === 0) {
      writeOutputAtomically(out, built.artifacts);
      core.info(`supportops: wrote ${built.artifacts.length} files to ${inputs.out} (policies ${built.hash.slice(0, 19)}…).`);
    } else core.notice(`supportops: nothing was written to ${inputs.out}: fix the ${built ? 'templates' : 'findings'} first.`);
  }

  if (inputs.comment) {
    if (!pr) core.notice('supportops: comment is true but this is not a pull request event; no comment was posted.');
    else {
      const body = changes ? `${markdownSummary(diagnostics, context, 20_000)}\n${changes}` : markdownSummary(diagnostics, context, 60_000);
      const outcome = await upsertComment(inputs.token, pr, commentMarker(env.GITHUB_WORKFLOW ?? 'workflow', env.GITHUB_JOB ?? 'job'), body, env.GITHUB_API_URL ?? 'https://api.github.com');
      if (outcome.status === 'skipped') core.notice(`supportops: pull-request comment skipped: ${outcome.reason}. Annotations, the job summary and the exit status still report the result.`);
      else core.info(`supportops: pull-request comment ${outcome.status} (id ${outcome.id}).`);
    }
  }

  if (failsAt(diagnostics, inputs.failLevel)) core.setFailed(`supportops: ${failureCount(diagnostics, inputs.failLevel, Boolean(baseRef))} at or above fail-level ${inputs.failLevel}.`);
}

/** "1 new error, 2 new warnings": only the levels that fail the step, only new ones with a baseline. */
function failureCount(diagnostics: readonly Diagnostic[], level: Severity, baselined: boolean): string {
  const counts = summarize(failing(diagnostics, level));
  const counted = baselined ? 'new ' : '';
  const part = (n: number, noun: string) => (n > 0 ? [`${n} ${counted}${noun}${n === 1 ? '' : 's'}`] : []);
  return [...part(counts.errors, 'error'), ...part(counts.warnings, 'warning'), ...part(counts.infos, 'info finding')].join(', ');
}
