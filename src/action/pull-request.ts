/** What the Action needs from the triggering pull request, read from the event payload. */
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  owner: string;
  repo: string;
  /** A pull request from a fork gets a read-only token. */
  fromFork: boolean;
  /** The labels on the pull request when the event fired (a `labeled` event runs again with the new one). */
  labels: string[];
}

interface Payload {
  pull_request?: { number: number; base: { sha: string; repo: { full_name: string } }; head: { repo?: { full_name: string } | null }; labels?: { name?: unknown }[] };
  repository?: { full_name: string };
}

export function pullRequestFromEvent(eventPath: string | undefined): PullRequestInfo | undefined {
  if (!eventPath) return undefined;
  let payload: Payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Payload;
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  if (!pr) return undefined;
  const [owner, repo] = (payload.repository?.full_name ?? pr.base.repo.full_name).split('/') as [string, string];
  const labels = (Array.isArray(pr.labels) ? pr.labels : []).map((l) => l?.name).filter((name): name is string => typeof name === 'string');
  return { number: pr.number, baseSha: pr.base.sha, owner, repo, fromFork: (pr.head.repo?.full_name ?? '') !== pr.base.repo.full_name, labels };
}
