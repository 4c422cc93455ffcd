/**
 * The fake helpdesks behave as the documented APIs do: authentication, validation with the
 * vendor-derived schemas and the vendor's error body, each product's pagination, 429 with
 * Retry-After and injected 5xx. Everything runs on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFreshdesk } from './freshdesk-fake.js';
import { schemaProblem } from './vendor-schemas.js';
import { startZammad } from './zammad-fake.js';
import { startZendesk, type FakeHelpdesk } from './zendesk-fake.js';

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const AUTH = {
  zendesk: (token: string) => `Bearer ${token}`,
  freshdesk: (token: string) => `Basic ${Buffer.from(`${token}:X`).toString('base64')}`,
  zammad: (token: string) => `Token token=${token}`,
};
type Product = keyof typeof AUTH;
const START = { zendesk: startZendesk, freshdesk: startFreshdesk, zammad: startZammad };
const GROUPS = { zendesk: '/api/v2/groups', freshdesk: '/api/v2/groups', zammad: '/api/v1/groups' };

async function call(product: Product, method: string, path: string, body?: unknown, auth?: string) {
  const response = await fetch(`${fake!.url}${path}`, {
    method,
    headers: { authorization: auth ?? AUTH[product](fake!.token), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

const group = (product: Product, name: string) => (product === 'zendesk' ? { group: { name } } : { name });

describe.each(['zendesk', 'freshdesk', 'zammad'] as const)('the fake %s', (product) => {
  it('answers 401 without the right credentials', async () => {
    fake = await START[product]();
    expect((await call(product, 'GET', GROUPS[product], undefined, 'Bearer wrong')).status).toBe(401);
    expect((await call(product, 'GET', GROUPS[product], undefined, '')).status).toBe(401);
    expect((await call(product, 'GET', GROUPS[product])).status).toBe(200);
  });

  it('rejects what the schema rejects, with the vendor error body', async () => {
    fake = await START[product]();
    const response = await call(product, 'POST', GROUPS[product], product === 'zendesk' ? { group: { name: 'x', colour: 'red' } } : { name: 'x', colour: 'red' });
    expect(response.status).toBe(product === 'freshdesk' ? 400 : 422);
    expect(schemaProblem(product, 'error', response.body)).toBeNull();
    expect(JSON.stringify(response.body)).toContain('colour');
  });

  it("pages lists the product's way", async () => {
    fake = await START[product]();
    for (let i = 0; i < 120; i++) expect((await call(product, 'POST', GROUPS[product], group(product, `g${i}`))).status).toBe(201);
    const first = await call(product, 'GET', `${GROUPS[product]}?page=1&per_page=100`);
    const items = (b: unknown) => (product === 'zendesk' ? (b as { groups: unknown[] }).groups : (b as unknown[]));
    expect(items(first.body)).toHaveLength(100);
    if (product === 'zendesk') expect(first.body!.next_page).toBe(`${fake.url}/api/v2/groups?page=2&per_page=100`);
    if (product === 'freshdesk') expect(first.headers.get('link')).toBe(`<${fake.url}/api/v2/groups?page=2&per_page=100>; rel="next"`);
    const second = await call(product, 'GET', `${GROUPS[product]}?page=2&per_page=100`);
    expect(items(second.body).length).toBe(product === 'zammad' ? 21 : 20);
    if (product === 'zendesk') expect(second.body!.next_page).toBeNull();
    if (product === 'freshdesk') expect(second.headers.get('link')).toBeNull();
  });

  it('throttles with 429 and Retry-After, and fails on demand with a 5xx', async () => {
    fake = await START[product]();
    fake.throttleNext(1, 7);
    const throttled = await call(product, 'GET', GROUPS[product]);
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '7']);
    fake.failNext(1, 502);
    expect((await call(product, 'GET', GROUPS[product])).status).toBe(502);
    expect((await call(product, 'GET', GROUPS[product])).status).toBe(200);
  });
});

describe('product behaviour', () => {
  it('Zendesk: a new schedule is Monday–Friday 09:00–17:00, and intervals may not span days', async () => {
    fake = await startZendesk();
    const created = await call('zendesk', 'POST', '/api/v2/business_hours/schedules', { schedule: { name: 'EMEA', time_zone: 'London' } });
    const schedule = created.body!.schedule as { id: number; intervals: unknown[] };
    expect(schedule.intervals[0]).toEqual({ start_time: 1980, end_time: 2460 });
    const bad = await call('zendesk', 'PUT', `/api/v2/business_hours/schedules/${schedule.id}/workweek`, { workweek: { intervals: [{ start_time: 2760, end_time: 3240 }] } });
    expect(bad.status).toBe(422);
    expect((await call('zendesk', 'POST', '/api/v2/business_hours/schedules', { schedule: { name: 'x', time_zone: 'Europe/London' } })).status).toBe(422);
  });

  it('Zendesk: SLA metrics read back with target_in_seconds; duplicates are refused', async () => {
    fake = await startZendesk();
    const metric = { priority: 'high', metric: 'first_reply_time', target: 60, business_hours: false };
    const created = await call('zendesk', 'POST', '/api/v2/slas/policies', { sla_policy: { title: 'x', filter: { all: [], any: [] }, policy_metrics: [metric] } });
    expect((created.body!.sla_policy as { policy_metrics: unknown[] }).policy_metrics).toEqual([{ ...metric, target_in_seconds: 3600 }]);
    expect((await call('zendesk', 'POST', '/api/v2/slas/policies', { sla_policy: { title: 'y', filter: { all: [], any: [] }, policy_metrics: [metric, metric] } })).status).toBe(422);
  });

  it('Freshdesk: business hours can be read but not written; references must exist; canned responses need a visibility and have no delete', async () => {
    fake = await startFreshdesk();
    expect((await call('freshdesk', 'GET', '/api/v2/business_hours')).body).toEqual([]);
    expect((await call('freshdesk', 'POST', '/api/v2/business_hours', { name: 'x' })).status).toBe(404);
    const refused = await call('freshdesk', 'POST', '/api/v2/groups', { name: 'x', business_hour_id: 99 });
    expect(refused.body).toEqual({ description: 'Validation failed', errors: [{ field: 'business_hour_id', message: 'There is no business hours with id 99', code: 'invalid_value' }] });
    const folder = (await call('freshdesk', 'POST', '/api/v2/canned_response_folders', { name: 'f' })).body!.id as number;
    expect((await call('freshdesk', 'POST', '/api/v2/canned_responses', { title: 't', content_html: '<p>x</p>', folder_id: folder })).status).toBe(400);
    const created = await call('freshdesk', 'POST', '/api/v2/canned_responses', { title: 't', content_html: '<p>x</p>', folder_id: folder, visibility: 0 });
    expect(created.status).toBe(201);
    expect(((await call('freshdesk', 'GET', `/api/v2/canned_response_folders/${folder}/responses`)).body as unknown as unknown[]).length).toBe(1);
    expect((await call('freshdesk', 'DELETE', `/api/v2/canned_responses/${String(created.body!.id)}`)).status).toBe(404);
  });

  it('Zammad: holds its seeds, and refuses a calendar without business hours', async () => {
    fake = await startZammad();
    expect(((await call('zammad', 'GET', '/api/v1/groups')).body as unknown as { name: string }[]).map((g) => g.name)).toEqual(['Users']);
    const closed = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { active: false, timeframes: [] }]));
    const refused = await call('zammad', 'POST', '/api/v1/calendars', { name: 'c', timezone: 'Europe/Berlin', business_hours: closed });
    expect(refused).toMatchObject({ status: 422, body: { error: 'No configured business hours found!' } });
  });
});
