/**
 * A fake GitHub REST API on loopback: the endpoints the Action uses, as GitHub documents them.
 * Comments carry their author (`user.login`): each token acts as a user, and an installation
 * token (GITHUB_TOKEN) acts as github-actions[bot] and may not call GET /user (403, "Resource not
 * accessible by integration").
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  /** The login of the comment's author. */
  author: string;
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  requests: { method: string; path: string; auth: string | undefined }[];
  /** Answer writes with 403, as GitHub does for a read-only token. */
  readOnly: boolean;
  /** Tokens that act as a person or app user (a personal access token): token → login. Any other token is an installation token. */
  users: Record<string, string>;
  close(): Promise<void>;
}

export const ACTIONS_BOT = 'github-actions[bot]';

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const tokenOf = (auth: string | undefined): string => (auth ?? '').replace(/^(token|Bearer) /, '');
const shown = (c: FakeComment) => ({ id: c.id, body: c.body, user: { login: c.author, type: c.author.endsWith('[bot]') ? 'Bot' : 'User' } });

export async function startFakeGitHub(owner: string, repo: string, issue: number): Promise<FakeGitHub> {
  const state: Omit<FakeGitHub, 'url' | 'close'> = { comments: [], requests: [], readOnly: false, users: {} };
  let nextId = 1000;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      state.requests.push({ method: req.method ?? '', path, auth: req.headers.authorization });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      };
      const login = state.users[tokenOf(req.headers.authorization)];
      if (req.method === 'GET' && path === '/user') {
        return login ? send(200, { login, id: 1, type: 'User' }) : send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
      }
      const list = `/repos/${owner}/${repo}/issues/${issue}/comments`;
      if (req.method === 'GET' && path === list) return send(200, state.comments.map(shown));
      if (state.readOnly && req.method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });
      if (req.method === 'POST' && path === list) {
        const comment = { id: nextId++, body: String((await body(req)).body), author: login ?? ACTIONS_BOT };
        state.comments.push(comment);
        return send(201, shown(comment));
      }
      const update = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`).exec(path);
      if (req.method === 'PATCH' && update) {
        const comment = state.comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        // GitHub lets a user edit only their own comments (or, with write access, others'; the Action must not).
        comment.body = String((await body(req)).body);
        return send(200, shown(comment));
      }
      send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
