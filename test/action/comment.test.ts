/** The pull-request comment is found by its marker and its author, against a fake GitHub on 127.0.0.1. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, upsertComment } from '../../src/action/comment.js';
import type { PullRequestInfo } from '../../src/action/pull-request.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const pr: PullRequestInfo = { number: 7, baseSha: 'abc1234', owner: 'acme', repo: 'policies', fromFork: false, labels: [] };
const marker = commentMarker('policies', 'check');

describe('the pull-request comment', () => {
  let api: FakeGitHub;
  beforeAll(async () => {
    api = await startFakeGitHub('acme', 'policies', 7);
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.comments.length = 0;
    api.requests.length = 0;
  });

  it('with an installation token (GET /user forbidden) updates only the Actions bot\'s own comment', async () => {
    // Someone pastes the marker into their own comment, first.
    api.comments.push({ id: 1, body: `${marker}\nI can write the marker too`, author: 'mallory' });
    api.comments.push({ id: 2, body: `quoting: ${marker}`, author: ACTIONS_BOT });
    const first = await upsertComment('installation-token', pr, marker, 'report one', api.url);
    expect(first.status).toBe('created');
    expect(api.comments.find((c) => c.id === 1)!.body).toBe(`${marker}\nI can write the marker too`);
    const second = await upsertComment('installation-token', pr, marker, 'report two', api.url);
    expect(second).toEqual({ status: 'updated', id: (first as { id: number }).id });
    expect(api.comments.map((c) => [c.id, c.author, c.body.split('\n')[1] ?? c.body])).toEqual([
      [1, 'mallory', 'I can write the marker too'],
      [2, ACTIONS_BOT, `quoting: ${marker}`],
      [(first as { id: number }).id, ACTIONS_BOT, 'report two'],
    ]);
    expect(api.requests.filter((r) => r.path === '/user')).toHaveLength(2);
  });

  it('with a personal token updates the comment of that token\'s user, and not a look-alike of another', async () => {
    api.users['pat-token'] = 'release-bot';
    api.comments.push({ id: 10, body: `${marker}\nold`, author: 'someone-else' });
    api.comments.push({ id: 11, body: `${marker}\nold`, author: 'release-bot' });
    expect(await upsertComment('pat-token', pr, marker, 'new', api.url)).toEqual({ status: 'updated', id: 11 });
    expect(api.comments.find((c) => c.id === 10)!.body).toBe(`${marker}\nold`);
    expect(api.comments.find((c) => c.id === 11)!.body).toBe(`${marker}\nnew`);
  });
});
