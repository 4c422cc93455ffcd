/**
 * The HTTP client against the fakes on 127.0.0.1: pagination of each product, 429 Retry-After
 * waited out with the injected sleep, bounded 5xx retries, 4xx as a plain error naming the
 * field, no contact with any other host, and the token in no message in any form.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FRESHDESK_API } from '../../src/helpdesk/freshdesk/api.js';
import { ZAMMAD_API } from '../../src/helpdesk/zammad/api.js';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { HelpdeskClient, HelpdeskError } from '../../src/host/http/client.js';
import { tokenFromEnv } from '../../src/host/http/token.js';
import type { ProductApi } from '../../src/helpdesk/api.js';
import { startFreshdesk } from '../fakes/freshdesk-fake.js';
import { startZammad } from '../fakes/zammad-fake.js';
import { loopbackHarness } from '../fakes/harness.js';
import { startZendesk, type FakeHelpdesk } from '../fakes/zendesk-fake.js';

const loopback = loopbackHarness();

async function setup(start: () => Promise<FakeHelpdesk>, api: ProductApi) {
  const fake = loopback.track(await start());
  const sleeps: number[] = [];
  const client = new HelpdeskClient({ api, url: fake.url, token: fake.token, sleep: async (ms) => void sleeps.push(ms) });
  return { fake, client, sleeps };
}

/** A server that answers every request with `answer`, and echoes what it was sent. */
async function rogue(answer: (auth: string, origin: string) => { status: number; body: unknown }) {
  const server = createServer((req, res) => {
    const { status, body } = answer(req.headers.authorization ?? '', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  loopback.onClose(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failure(promise: Promise<unknown>): Promise<HelpdeskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HelpdeskError) return error;
    throw error;
  }
  throw new Error('expected a HelpdeskError');
}

describe('pagination', () => {
  it.each([
    ['Zendesk (next_page)', startZendesk, ZENDESK_API, { group: { name: '' } }, 'groups'],
    ['Freshdesk (Link header)', startFreshdesk, FRESHDESK_API, { name: '' }, null],
    ['Zammad (short page)', startZammad, ZAMMAD_API, { name: '' }, null],
  ] as const)('%s: reads every page', async (_name, start, api, shape, listKey) => {
    const { fake, client } = await setup(start, api);
    const before = (await client.list('/api/' + (api === ZAMMAD_API ? 'v1' : 'v2') + '/groups', listKey)).length;
    for (let i = 0; i < 230; i++) await client.request('POST', api === ZAMMAD_API ? '/api/v1/groups' : '/api/v2/groups', JSON.parse(JSON.stringify(shape).replace('""', `"g${i}"`)));
    const all = await client.list(api === ZAMMAD_API ? '/api/v1/groups' : '/api/v2/groups', listKey);
    expect(all.length - before).toBe(230);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path.includes('page=')).length).toBe(1 + 3);
  });

  it('refuses a next-page link to another host', async () => {
    const url = await rogue(() => ({ status: 200, body: { groups: [], next_page: 'https://evil.example/api/v2/groups?page=2' } }));
    const client = new HelpdeskClient({ api: ZENDESK_API, url, token: 't0ken-secret', sleep: async () => {} });
    const error = await failure(client.list('/api/v2/groups', 'groups'));
    expect(error.message).toBe(`Zendesk sent a link to another host (https://evil.example); supportops only contacts ${url}.`);
  });
});

describe('throttling and failures', () => {
  it('waits out 429 Retry-After with the injected sleep, then succeeds', async () => {
    const { fake, client, sleeps } = await setup(startZendesk, ZENDESK_API);
    fake.throttleNext(2, 7);
    expect((await client.request('GET', '/api/v2/groups')).status).toBe(200);
    expect(sleeps).toEqual([7000, 7000]);
  });

  it('stops with a plain message when asked to wait too long or too often', async () => {
    const { fake, client } = await setup(startZendesk, ZENDESK_API);
    fake.throttleNext(1, 3600);
    expect((await failure(client.request('GET', '/api/v2/groups'))).message).toBe('Zendesk kept answering "too many requests" (GET /api/v2/groups, asked to wait 3600 s). Try again later.');
    fake.throttleNext(20, 1);
    expect((await failure(client.request('GET', '/api/v2/groups'))).status).toBe(429);
  });

  it('retries a 5xx a bounded number of times', async () => {
    const { fake, client, sleeps } = await setup(startZammad, ZAMMAD_API);
    fake.failNext(3, 503);
    expect((await client.request('GET', '/api/v1/groups')).status).toBe(200);
    expect(sleeps).toEqual([1000, 2000, 4000]);
    fake.failNext(10, 500);
    const error = await failure(client.request('GET', '/api/v1/groups'));
    expect(error.message).toBe('Zammad failed with 500 4 times (GET /api/v1/groups). Try again later.');
    expect(fake.requests.length).toBe(4 + 4);
  });

  it('turns a 4xx into an error naming the field', async () => {
    const { client } = await setup(startFreshdesk, FRESHDESK_API);
    const error = await failure(client.request('POST', '/api/v2/groups', { name: 'x', business_hour_id: 42 }));
    expect([error.status, error.field, error.detail]).toEqual([400, 'business_hour_id', 'There is no business hours with id 42']);
  });
});

describe('the token', () => {
  it('is only sent over https, or to loopback', () => {
    expect(() => new HelpdeskClient({ api: ZENDESK_API, url: 'http://example.zendesk.com', token: 'SECRET-1234' })).toThrow('Use an https:// address for Zendesk (got http://example.zendesk.com): supportops does not send a token over plain HTTP.');
    expect(() => new HelpdeskClient({ api: ZENDESK_API, url: 'https://example.zendesk.com', token: 'SECRET-1234' })).not.toThrow();
  });

  it('comes from SUPPORTOPS_<TARGET>_TOKEN only, and a missing one says where to put it', () => {
    expect(tokenFromEnv('zendesk', { SUPPORTOPS_ZENDESK_TOKEN: ' abc ' })).toEqual({ ok: true, token: 'abc' });
    const missing = tokenFromEnv('freshdesk', { SUPPORTOPS_ZENDESK_TOKEN: 'abc' });
    expect(missing.ok ? '' : missing.message).toMatch(/^Set SUPPORTOPS_FRESHDESK_TOKEN to your Freshdesk API key\./);
  });

  it.each([
    ['Zendesk bearer', ZENDESK_API, 'oauth-SECRET-1234'],
    ['Zendesk API token', ZENDESK_API, 'agent@example.com/token:SECRET-1234'],
    ['Freshdesk', FRESHDESK_API, 'SECRET-1234'],
    ['Zammad', ZAMMAD_API, 'SECRET-1234'],
  ] as const)('%s: never appears in an error, even when the server echoes it', async (_name, api, token) => {
    const url = await rogue((auth) => ({ status: 422, body: { error: `bad ${auth}`, description: `token ${token} rejected`, details: { name: [{ description: `auth was ${auth}` }] }, errors: [{ field: 'name', message: `auth ${auth}` }], error_human: `auth ${auth} ${token}` } }));
    const client = new HelpdeskClient({ api, url, token, sleep: async () => {} });
    const error = await failure(client.request('POST', '/x', {}));
    const everything = `${error.message} ${error.detail} ${String(error.stack)} ${JSON.stringify(error)}`;
    const authorization = api.authorization(token);
    for (const secret of [token, authorization, authorization.split(' ')[1]!]) expect(everything).not.toContain(secret);
    expect(everything).toContain('[redacted]');
  });
});
