/**
 * One pull-request comment per workflow and job, found by a hidden marker at its start and by
 * its author — the token's own user, or github-actions[bot] — and updated in place. Anyone can
 * write the marker into a comment of their own; such a comment is never edited. Every call uses
 * the token given; a read-only token skips the comment with a notice.
 */
import type { getOctokit } from '@actions/github';
import type { PullRequestInfo } from './pull-request.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export function commentMarker(workflow: string, job: string): string {
  return `<!-- supportops-comment workflow="${workflow.replace(/"|--/g, '')}" job="${job.replace(/"|--/g, '')}" -->`;
}

/** The user GITHUB_TOKEN (an installation token) comments as; it may not call GET /user. */
export const ACTIONS_BOT = 'github-actions[bot]';

type Octokit = ReturnType<typeof getOctokit>;

/** Who our own comments are written by: the token's user when GitHub says, and the Actions bot. */
async function ownAuthors(octokit: Octokit): Promise<string[]> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return [data.login, ACTIONS_BOT];
  } catch {
    return [ACTIONS_BOT];
  }
}

export type CommentOutcome = { status: 'created' | 'updated'; id: number } | { status: 'skipped'; reason: string };

export async function upsertComment(token: string, pr: PullRequestInfo, marker: string, body: string, apiUrl: string): Promise<CommentOutcome> {
  if (!token) return { status: 'skipped', reason: 'no github-token was given' };
  if (pr.fromFork) return { status: 'skipped', reason: 'pull requests from forks get a read-only token' };
  const text = `${marker}\n${body}`;
  const full = text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT - 200)}\n\n_Truncated: see the job summary for the full report._` : text;
  // Loaded here, not at start: a run that posts no comment never starts the HTTP client.
  const { getOctokit: octokitFor } = await import('@actions/github');
  const octokit = octokitFor(token, { baseUrl: apiUrl });
  const params = { owner: pr.owner, repo: pr.repo };
  try {
    const authors = await ownAuthors(octokit);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, issue_number: pr.number, per_page: 100 });
    const existing = comments.find((c) => c.body?.startsWith(marker) && authors.includes(c.user?.login ?? ''));
    if (existing) {
      await octokit.rest.issues.updateComment({ ...params, comment_id: existing.id, body: full });
      return { status: 'updated', id: existing.id };
    }
    const created = await octokit.rest.issues.createComment({ ...params, issue_number: pr.number, body: full });
    return { status: 'created', id: created.data.id };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) return { status: 'skipped', reason: `the token may not write comments here (HTTP ${status})` };
    throw error;
  }
}
