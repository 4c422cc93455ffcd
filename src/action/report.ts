/**
 * What the Action reports on every run: annotations, the JSON report, SARIF, the job summary
 * (findings, the changes to the check itself, the promises verdict, the customer-facing
 * changes, and the feasibility report when the check fails) and the step's outputs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { GateReport } from '../config/gate-change.js';
import { failing, summarize, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { gateMarkdown } from '../format/gate-markdown.js';
import { planAnnotations } from '../format/github-annotations.js';
import { json } from '../format/json-report.js';
import { markdownSummary } from '../format/markdown-summary.js';
import { sarif } from '../format/sarif.js';
import { withFsErrors, writeFailure } from '../host/fs-errors.js';
import { writeOutputAtomically } from '../host/output-dir.js';
import { packageVersion } from '../host/package-root.js';
import { renderReport } from '../host/render-artifacts.js';
import type { PolicyRun } from '../host/run-policies.js';
import type { ActionInputs } from './inputs.js';
import type { PlanSections } from './helpdesk-plan.js';
import type { PromiseVerdict } from './promise-gate.js';

export interface ActionRun {
  policies: PolicyRun;
  inputs: ActionInputs;
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** With a base: whose settings applied and what the change does to them (the workflow file included). */
  gate?: GateReport;
  /** The customer-facing changes, as Markdown, when there is a base. */
  changes?: string;
  promises: PromiseVerdict;
  /** What merging changes in the helpdesk (the Action's `plan` input), for the summary and the comment. */
  helpdesk?: PlanSections;
  /** The findings reach the fail level. */
  failing: boolean;
}

/** After the findings table: gate changes, the promises verdict, the customer-facing changes, the helpdesk plan. */
export function afterFindings(action: ActionRun, where: keyof PlanSections): string {
  const helpdesk = action.helpdesk?.[where];
  return `${gateMarkdown(action.gate)}${action.promises.markdown}${action.changes ? `\n${action.changes}` : ''}${helpdesk ? `\n${helpdesk}` : ''}`;
}

/** While the check fails, the feasibility report says why: written to RUNNER_TEMP and shown folded in the summary. */
function feasibilityReport(action: ActionRun): string {
  const { policies, env, workspace, inputs } = action;
  if (!action.failing || !policies.result.facts) return '';
  const rendered = renderReport(policies.result, policies.files, inputs.asOf);
  const dir = join(env.RUNNER_TEMP ?? workspace, 'supportops-feasibility-report');
  withFsErrors(() => writeOutputAtomically(dir, rendered.artifacts), (e) => writeFailure(dir, e, 'Check that RUNNER_TEMP is writable.'));
  core.setOutput('feasibility-report', join(dir, 'report', 'feasibility.md'));
  const markdown = rendered.artifacts.find((a) => a.path === 'report/feasibility.md')?.contents ?? '';
  const body = markdown.length > 200_000 ? `${markdown.slice(0, 200_000)}\n\n_Cut: see the feasibility-report output._` : markdown;
  return `\n<details><summary>Feasibility report (why the feasibility rules fail; no customer artifact is published while the check fails)</summary>\n\n${body}\n</details>\n`;
}

function writeReports(action: ActionRun): string {
  const { policies, inputs, workspace, env } = action;
  const reportPath = join(env.RUNNER_TEMP ?? workspace, 'supportops-report.json');
  const context = { ...policies.context, ...(action.gate ? { gate: action.gate } : {}) };
  withFsErrors(() => writeFileSync(reportPath, json(policies.diagnostics, context)), (e) => writeFailure(reportPath, e, 'Check that RUNNER_TEMP is writable.'));
  if (inputs.sarif) {
    const target = resolve(workspace, inputs.sarif);
    withFsErrors(() => {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, sarif(policies.diagnostics, { root: inputs.path, version: packageVersion() }));
    }, (e) => writeFailure(`sarif: ${inputs.sarif}`, e, 'Choose a path in the workspace.'));
  }
  return reportPath;
}

/** Annotations, the JSON report, SARIF, the job summary and the outputs. */
export async function report(action: ActionRun): Promise<void> {
  const { diagnostics, context } = action.policies;
  const plan = planAnnotations(diagnostics, action.inputs.path);
  for (const line of plan.lines) process.stdout.write(`${line}\n`);
  if (plan.omitted > 0) core.info(`${plan.omitted} more findings are listed in the job summary (GitHub shows 10 annotations of each level per step).`);
  const reportPath = writeReports(action);
  await core.summary.addRaw(`${markdownSummary(diagnostics, context)}${afterFindings(action, 'summary')}${feasibilityReport(action)}`).write();
  const all = summarize(diagnostics);
  const fresh = summarize(diagnostics.filter((d) => d.baseline !== 'existing'));
  core.setOutput('errors', all.errors);
  core.setOutput('warnings', all.warnings);
  core.setOutput('new-errors', fresh.errors);
  core.setOutput('breaking', action.policies.diff?.summary.breaking ?? 0);
  core.setOutput('report', reportPath);
}

export function writeBuild(action: ActionRun, out: string): void {
  const { built } = action.policies;
  const shown = action.inputs.out;
  if (built && built.problems.length === 0) {
    withFsErrors(() => writeOutputAtomically(out, built.artifacts), (e) => writeFailure(`out: ${shown}`, e, 'Choose a folder in the workspace.'));
    core.info(`supportops: wrote ${built.artifacts.length} files to ${shown} (policies ${built.hash.slice(0, 19)}…).`);
  } else core.notice(`supportops: nothing was written to ${shown}: fix the ${built ? 'templates' : 'findings'} first.`);
}

/** "1 new error, 2 new warnings": only the levels that fail the step, only new ones with a baseline. */
export function failureCount(diagnostics: readonly Diagnostic[], level: Severity, baselined: boolean): string {
  const counts = summarize(failing(diagnostics, level));
  const counted = baselined ? 'new ' : '';
  const part = (n: number, noun: string) => (n > 0 ? [`${n} ${counted}${noun}${n === 1 ? '' : 's'}`] : []);
  return [...part(counts.errors, 'error'), ...part(counts.warnings, 'warning'), ...part(counts.infos, 'info finding')].join(', ');
}
