/**
 * The one HTTP client that talks to a helpdesk. It only ever contacts the URL it is given (a
 * next-page link to another origin is refused), sends the token from the environment and keeps
 * it out of every message, follows the product's pagination, waits out 429 Retry-After (with an
 * injectable sleep, so tests do not wait), retries a 5xx or a dropped connection a bounded
 * number of times, and turns a 4xx into a HelpdeskError with the field the helpdesk named.
 */
import { isObject, type ProductApi } from '../../helpdesk/api.js';
import type { JsonValue } from '../../helpdesk/target.js';
import { redact, secretForms } from './redact.js';

export interface ClientOptions {
  api: ProductApi;
  /** The helpdesk's base URL, e.g. https://example.zendesk.com. Nothing else is contacted. */
  url: string;
  token: string;
  sleep?: (ms: number) => Promise<void>;
  /** Retries of a 5xx or a failed connection (default 3). */
  retries?: number;
  /** 429s waited out per request (default 8). */
  throttles?: number;
  /** The longest Retry-After honoured, in seconds (default 300); longer stops with a message. */
  maxWaitSeconds?: number;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export interface HttpResult {
  status: number;
  body: JsonValue;
  headers: Headers;
}

/** A request the helpdesk refused (4xx), or one that never succeeded; the message is safe to print. */
export class HelpdeskError extends Error {
  constructor(message: string, readonly status: number | null, readonly field: string | null, readonly detail: string) {
    super(message);
    this.name = 'HelpdeskError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HelpdeskClient {
  readonly api: ProductApi;
  private readonly origin: string;
  private readonly base: string;
  private readonly authorization: string;
  private readonly secrets: string[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ClientOptions) {
    this.api = options.api;
    const url = new URL(options.url);
    // A token over plain HTTP could be read on the way; only loopback (the tests' fakes) may use it.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
      throw new HelpdeskError(`Use an https:// address for ${options.api.label} (got ${url.protocol}//${url.host}): supportops does not send a token over plain HTTP.`, null, null, 'insecure url');
    }
    this.origin = url.origin;
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.authorization = options.api.authorization(options.token);
    this.secrets = secretForms(options.token, this.authorization);
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Text with the token in every form replaced. */
  safe(text: string): string {
    return redact(text, this.secrets);
  }

  /** An absolute URL for a path, or a next-page link checked to stay on the given origin. */
  private target(pathOrUrl: string): string {
    if (!/^https?:\/\//i.test(pathOrUrl)) return `${this.base}${pathOrUrl}`;
    if (new URL(pathOrUrl).origin !== this.origin) {
      throw new HelpdeskError(`${this.api.label} sent a link to another host (${this.safe(new URL(pathOrUrl).origin)}); supportops only contacts ${this.origin}.`, null, null, 'foreign link');
    }
    return pathOrUrl;
  }

  private async once(method: string, url: string, body: JsonValue | undefined): Promise<Response> {
    return fetch(url, {
      method,
      headers: { authorization: this.authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }

  private async parse(response: Response): Promise<JsonValue> {
    const text = await response.text();
    if (!text) return null;
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return text.slice(0, 500);
    }
  }

  /** One request, with waits and retries; resolves on 2xx, throws HelpdeskError otherwise. */
  async request(method: string, pathOrUrl: string, body?: JsonValue): Promise<HttpResult> {
    const url = this.target(pathOrUrl);
    const where = `${method} ${this.safe(new URL(url).pathname)}`;
    let failures = 0;
    let throttles = 0;
    for (;;) {
      let response: Response;
      try {
        response = await this.once(method, url, body);
      } catch (error) {
        if (++failures > (this.options.retries ?? 3)) throw new HelpdeskError(`Could not reach ${this.api.label} at ${this.origin} (${where}): ${this.safe(error instanceof Error ? error.message : String(error))}.`, null, null, 'unreachable');
        await this.sleep(250 * 2 ** failures);
        continue;
      }
      if (response.status === 429) {
        const wait = Number(response.headers.get('retry-after') ?? '1');
        const seconds = Number.isFinite(wait) && wait >= 0 ? wait : 1;
        await response.text();
        if (++throttles > (this.options.throttles ?? 8) || seconds > (this.options.maxWaitSeconds ?? 300)) {
          throw new HelpdeskError(`${this.api.label} kept answering "too many requests" (${where}, asked to wait ${seconds} s). Try again later.`, 429, null, 'rate limited');
        }
        await this.sleep(seconds * 1000);
        continue;
      }
      const parsed = await this.parse(response);
      if (response.status >= 500) {
        if (++failures > (this.options.retries ?? 3)) throw new HelpdeskError(`${this.api.label} failed with ${response.status} ${failures} times (${where}). Try again later.`, response.status, null, 'server error');
        await this.sleep(500 * 2 ** failures);
        continue;
      }
      if (response.status >= 400) {
        const { field, message } = this.api.parseError(parsed);
        throw new HelpdeskError(this.safe(`${this.api.label} refused ${where} with ${response.status}: ${field ? `${field}: ` : ''}${message}`), response.status, field, this.safe(message));
      }
      return { status: response.status, body: parsed, headers: response.headers };
    }
  }

  /** Every item of a list, following the product's pagination. */
  async list(path: string, listKey: string | null): Promise<JsonValue[]> {
    const { pageSize } = this.api;
    const items: JsonValue[] = [];
    let next: string | null = `${path}${path.includes('?') ? '&' : '?'}page=1&per_page=${pageSize}`;
    for (let page = 1; next !== null && page <= 10_000; page++) {
      const result = await this.request('GET', next);
      const body = result.body;
      const list = listKey === null ? body : isObject(body) ? body[listKey] : null;
      if (!Array.isArray(list)) throw new HelpdeskError(`${this.api.label} answered GET ${path} with something that is not a list.`, result.status, null, 'not a list');
      items.push(...list);
      next = this.nextPage(path, page, list.length, result);
    }
    return items;
  }

  private nextPage(path: string, page: number, count: number, result: HttpResult): string | null {
    const { pagination, pageSize } = this.api;
    if (pagination === 'next-page') {
      const body = result.body;
      const link = isObject(body) ? body.next_page : null;
      return typeof link === 'string' && link ? link : null;
    }
    if (pagination === 'link-header') {
      const link = /<([^>]+)>\s*;\s*rel="next"/.exec(result.headers.get('link') ?? '');
      return link ? link[1]! : null;
    }
    return count < pageSize ? null : `${path}${path.includes('?') ? '&' : '?'}page=${page + 1}&per_page=${pageSize}`;
  }
}
