/**
 * The Action's `plan` input: what merging the pull request changes in the helpdesk, as one
 * section appended to the job summary and the comment. The head's policies are exported and
 * compared with the live configuration: a folder in the workspace (`plan-live`) or a pull from
 * `plan-url` with the token from SUPPORTOPS_<TARGET>_TOKEN, which the workflow sets from a
 * secret. Read-only: it never applies. Without a token (pull requests from forks get no
 * secrets) or when the helpdesk cannot be read, it says so and the step goes on; the plan
 * never changes the step's outcome, which the check decides. (The runner masks a secret in
 * its logs by itself; core.setSecret would print the token in an add-mask command, so the
 * token is only ever kept out of what this prints.)
 */
import * as core from '@actions/core';
import { planMarkdown } from '../format/plan-text.js';
import { plan } from '../helpdesk/plan/plan.js';
import { PRODUCTS } from '../helpdesk/products.js';
import { TARGETS, type TargetName } from '../helpdesk/target.js';
import { readLive, tokenSecrets, type LiveRead, type LiveSource } from '../host/helpdesk-live.js';
import { exportRun } from '../host/helpdesk-run.js';
import { redact } from '../host/http/redact.js';
import { tokenFromEnv, tokenVariable } from '../host/http/token.js';
import type { PolicyRun } from '../host/run-policies.js';
import { UsageError } from '../host/usage-error.js';

export interface PlanInputs {
  target: TargetName;
  /** plan-live: a folder in the workspace holding the live JSON. */
  live: string | undefined;
  /** plan-url: the helpdesk to pull the live configuration from. */
  url: string | undefined;
}

/** The section for the job summary, and a shorter one for the comment (which has GitHub's 65,536-character limit). */
export interface PlanSections {
  summary: string;
  comment: string;
}

const COMMENT_LIMIT = 12_000;

/** The plan inputs, checked before any work is done; undefined when `plan` is empty. */
export function readPlanInputs(): PlanInputs | undefined {
  const target = core.getInput('plan');
  const live = core.getInput('plan-live') || undefined;
  const url = core.getInput('plan-url') || undefined;
  if (!target) {
    if (live || url) throw new UsageError('plan-live and plan-url need plan: the helpdesk product (zendesk, freshdesk or zammad).');
    return undefined;
  }
  if (!(TARGETS as readonly string[]).includes(target)) throw new UsageError(`plan must be zendesk, freshdesk or zammad, not '${target}'`);
  if ((live === undefined) === (url === undefined)) throw new UsageError('plan needs exactly one of plan-live (a folder of the live JSON in the workspace) or plan-url (the helpdesk to read, with the token in the environment).');
  return { target: target as TargetName, live, url };
}

function note(target: TargetName, text: string): PlanSections {
  const section = `## supportops: what this changes in ${PRODUCTS[target].api.label}\n\n${text}\n`;
  return { summary: section, comment: section };
}

export async function helpdeskPlan(run: PolicyRun, inputs: PlanInputs | undefined, workspace: string, env: NodeJS.ProcessEnv): Promise<PlanSections | undefined> {
  if (!inputs) return undefined;
  const { target } = inputs;
  const api = PRODUCTS[target].api;
  const token = tokenFromEnv(target, env);
  if (inputs.url && !token.ok) {
    core.notice(`supportops: the ${api.label} plan was skipped: ${tokenVariable(target)} is not set. Pull requests from forks get no secrets; the plan runs on pull requests from this repository.`);
    return note(target, `Not planned: ${tokenVariable(target)} is not set (pull requests from forks get no secrets).`);
  }
  const secrets = tokenSecrets(api, env);
  const source: LiveSource = inputs.url ? { url: inputs.url, option: 'plan-url' } : { folder: inputs.live!, cwd: workspace, option: 'plan-live' };
  let live: LiveRead;
  try {
    live = await readLive(api, source, { env });
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    core.warning(`supportops: the ${api.label} plan could not be made: ${message}`);
    return note(target, `Not planned: the live ${api.label} configuration could not be read. The step's log says why.`);
  }
  const exported = exportRun(run, target);
  const readable = !live.diagnostics.some((d) => d.severity === 'error');
  const p = readable ? plan(api, exported.exported.objects, live.objects) : null;
  const findings = [...exported.mapping, ...live.diagnostics];
  const render = (limit: number) => redact(planMarkdown(p, api, { findings, limit }), secrets);
  core.info(`supportops: planned ${api.label} against ${inputs.url ? 'the live helpdesk' : inputs.live}.`);
  return { summary: render(60_000), comment: render(COMMENT_LIMIT) };
}
