/** A fake GitHub REST API on loopback: just the issue-comment endpoints the Action uses. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  requests: { method: string; path: string; auth: string | undefined }[];
  /** Answer writes with 403, as GitHub does for a read-only token. */
  readOnly: boolean;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeGitHub(owner: string, repo: string, issue: number): Promise<FakeGitHub> {
  const state: Omit<FakeGitHub, 'url' | 'close'> = { comments: [], requests: [], readOnly: false };
  let nextId = 1000;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      state.requests.push({ method: req.method ?? '', path, auth: req.headers.authorization });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      const list = `/repos/${owner}/${repo}/issues/${issue}/comments`;
      if (req.method === 'GET' && path === list) return send(200, state.comments.map((c) => ({ id: c.id, body: c.body })));
      if (state.readOnly && req.method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });
      if (req.method === 'POST' && path === list) {
        const comment = { id: nextId++, body: String((await body(req)).body) };
        state.comments.push(comment);
        return send(201, comment);
      }
      const update = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`).exec(path);
      if (req.method === 'PATCH' && update) {
        const comment = state.comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = String((await body(req)).body);
        return send(200, comment);
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
