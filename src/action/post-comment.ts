/** The pull-request comment: the findings, the changes to the check itself, the promises verdict, the customer-facing changes and the helpdesk plan. */
import * as core from '@actions/core';
import { markdownSummary } from '../format/markdown-summary.js';
import { commentMarker, upsertComment } from './comment.js';
import type { PullRequestInfo } from './pull-request.js';
import { afterFindings, type ActionRun } from './report.js';

export async function comment(action: ActionRun, pr: PullRequestInfo | undefined): Promise<void> {
  const { policies, inputs, env } = action;
  if (!pr) {
    core.notice('supportops: comment is true but this is not a pull request event; no comment was posted.');
    return;
  }
  const after = afterFindings(action, 'comment');
  const body = `${markdownSummary(policies.diagnostics, policies.context, after ? 20_000 : 60_000)}${after}`;
  const outcome = await upsertComment(inputs.token, pr, commentMarker(env.GITHUB_WORKFLOW ?? 'workflow', env.GITHUB_JOB ?? 'job'), body, env.GITHUB_API_URL ?? 'https://api.github.com');
  if (outcome.status === 'skipped') core.notice(`supportops: pull-request comment skipped: ${outcome.reason}. Annotations, the job summary and the exit status still report the result.`);
  else core.info(`supportops: pull-request comment ${outcome.status} (id ${outcome.id}).`);
}
