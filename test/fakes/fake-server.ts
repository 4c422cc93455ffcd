/**
 * The HTTP part every fake helpdesk shares: node:http on 127.0.0.1 on a random port, the
 * product's authentication, a request log, and the faults a real API shows under load: 429 with
 * Retry-After (for the next N requests, or every Nth) and injected 5xx.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The base URL the server answers on, for absolute next-page links. */
  origin: string;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle: (req: FakeRequest, match: RegExpExecArray) => FakeResponse;
}

export interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

export interface ServerOptions {
  authorized: (header: string | undefined) => boolean;
  unauthorized: FakeResponse;
  notFound: FakeResponse;
  /** What a body that is not JSON gets. */
  badJson: FakeResponse;
  /** What a throttled request gets besides the 429 status and Retry-After (the product's body). */
  throttled: unknown;
  routes: Route[];
}

export interface FakeServer {
  url: string;
  requests: LoggedRequest[];
  /** The next `count` requests are answered 429 with Retry-After: `seconds`. */
  throttleNext(count: number, seconds: number): void;
  /** Every `every`th request is answered 429 (0 turns it off). */
  throttleEvery(every: number, seconds: number): void;
  /** The next `count` requests are answered with `status` (a 5xx). */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  if (!text) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers });
  res.end(response.body === undefined ? '' : JSON.stringify(response.body));
}

export async function startServer(options: ServerOptions): Promise<FakeServer> {
  const requests: LoggedRequest[] = [];
  const faults = { throttled: 0, throttleSeconds: 1, every: 0, failing: 0, failStatus: 503, count: 0 };
  let origin = '';
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    const body = await readBody(req);
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, body: body.ok ? body.value : '(not JSON)', authorization: req.headers.authorization });
    faults.count++;
    const retry = { 'retry-after': String(faults.throttleSeconds) };
    if (faults.throttled > 0) return (faults.throttled--, send(res, { status: 429, headers: retry, body: options.throttled }));
    if (faults.every > 0 && faults.count % faults.every === 0) return send(res, { status: 429, headers: retry, body: options.throttled });
    if (faults.failing > 0) return (faults.failing--, send(res, { status: faults.failStatus, body: { error: 'Service unavailable' } }));
    if (!options.authorized(req.headers.authorization)) return send(res, options.unauthorized);
    if (!body.ok) return send(res, options.badJson);
    for (const route of options.routes) {
      const match = route.method === req.method ? route.pattern.exec(url.pathname) : null;
      if (match) return send(res, route.handle({ method: route.method, path: url.pathname, query: url.searchParams, body: body.value, origin }, match));
    }
    send(res, options.notFound);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, { status: 500, body: { error: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    throttleNext: (count, seconds) => Object.assign(faults, { throttled: count, throttleSeconds: seconds }),
    throttleEvery: (every, seconds) => Object.assign(faults, { every, throttleSeconds: seconds, count: 0 }),
    failNext: (count, status = 503) => Object.assign(faults, { failing: count, failStatus: status }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page of a list: `page` from 1, `perPage` capped at `max`. */
export function pageOf<T>(items: readonly T[], query: URLSearchParams, max: number): { items: T[]; page: number; perPage: number; more: boolean } {
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const perPage = Math.min(max, Math.max(1, Number(query.get('per_page') ?? max) || max));
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), page, perPage, more: start + perPage < items.length };
}
