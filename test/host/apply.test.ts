/**
 * apply against the fakes: a dry run changes nothing, a real run makes the plan and prints it,
 * a second run does nothing, the first refused request stops the run with a plain message
 * naming the object and the field, and throttling and 5xx on the way are waited out. (That
 * the token never reaches a message is tested on the client, test/host/client.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { FRESHDESK_API } from '../../src/helpdesk/freshdesk/api.js';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { ZAMMAD_API } from '../../src/helpdesk/zammad/api.js';
import type { DesiredObject, JsonObject } from '../../src/helpdesk/target.js';
import { apply, type ApplyOptions } from '../../src/host/apply.js';
import { HelpdeskClient } from '../../src/host/http/client.js';
import type { ProductApi } from '../../src/helpdesk/api.js';
import { startFreshdesk } from '../fakes/freshdesk-fake.js';
import { startZammad } from '../fakes/zammad-fake.js';
import { loopbackHarness } from '../fakes/harness.js';
import { startZendesk, type FakeHelpdesk } from '../fakes/zendesk-fake.js';
import { exportOf } from '../helpdesk/helpers.js';

const loopback = loopbackHarness();

async function setup(start: () => Promise<FakeHelpdesk>, api: ProductApi) {
  const fake = loopback.track(await start());
  const printed: string[] = [];
  const client = new HelpdeskClient({ api, url: fake.url, token: fake.token, sleep: async () => {} });
  const run = (desired: readonly DesiredObject[], options: Partial<ApplyOptions> = {}) => apply({ client, desired, yes: true, print: (l) => printed.push(l), ...options });
  return { fake, printed, run };
}

const zendesk = exportOf('zendesk').exported.objects;

describe('apply', () => {
  it('changes nothing without yes, and says what it would do', async () => {
    const { fake, printed, run } = await setup(startZendesk, ZENDESK_API);
    const result = await run(zendesk, { yes: false });
    expect(result.dryRun).toBe(true);
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(printed).toContain("would create SLA policy 'async-sla'");
    expect(printed.at(-1)).toBe(`Dry run: nothing was changed in Zendesk. Run apply again with --yes to make these ${zendesk.length} changes.`);
  });

  it('creates what is missing, prints each change, and a second run does nothing', async () => {
    const { fake, printed, run } = await setup(startZendesk, ZENDESK_API);
    const first = await run(zendesk);
    expect([first.stopped, first.done.length]).toEqual([null, zendesk.length]);
    expect(printed).toContain(`created schedule 'support-hours' (id ${fake.store.list('schedule').find((s) => s.data.name === 'support-hours')!.id})`);
    const writes = fake.requests.length;
    const second = await run(zendesk);
    expect([second.stopped, second.done]).toEqual([null, []]);
    expect(fake.requests.slice(writes).every((r) => r.method === 'GET')).toBe(true);
    expect(printed.at(-1)).toBe('Nothing to do: Zendesk matches the policies.');
  });

  it('updates only what changed, including a schedule\'s workweek and holidays', async () => {
    const { fake, run } = await setup(startZendesk, ZENDESK_API);
    await run(zendesk);
    const changed = zendesk.map((o) => (o.key === 'schedule/support-hours' ? { ...o, payload: { ...o.payload, intervals: [{ start_time: 1920, end_time: 2400 }], holidays: [] } } : o));
    const from = fake.requests.length;
    const result = await run(changed);
    expect(result.done).toEqual([`updated schedule 'support-hours' (id ${fake.store.list('schedule').find((s) => s.data.name === 'support-hours')!.id})`]);
    const writes = fake.requests.slice(from).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`);
    expect(new Set(writes)).toEqual(new Set(['PUT /api/vN/business_hours/schedules/N/workweek', 'DELETE /api/vN/business_hours/schedules/N/holidays/N']));
    // One DELETE per holiday of support-hours in the window: GB-ENG's nine, Boxing Day's Saturday included.
    expect(writes.filter((w) => w.startsWith('DELETE'))).toHaveLength(9);
  });

});

describe('apply when the helpdesk pushes back', () => {
  it('stops at the first refused request, naming the object and the field', async () => {
    const { fake, run } = await setup(startZendesk, ZENDESK_API);
    const broken = zendesk.map((o) => (o.key === 'sla_policy/async-sla' ? { ...o, payload: { ...o.payload, policy_metrics: [{ ...(o.payload.policy_metrics as JsonObject[])[0]!, target: 0 }] } } : o));
    const result = await run(broken);
    const before = result.done.length;
    expect(result.stopped).toBe(`Zendesk refused to create SLA policy 'async-sla': field policy_metrics: /policy_metrics/0/target must be >= 1. Apply stopped there: ${before} changes were made before it and none after. Fix the policy (or the helpdesk) and run apply again; it carries on from what the helpdesk then holds.`);
    expect(fake.store.list('trigger')).toEqual([]);
  });

  it('waits out throttling and retries failures on the way', async () => {
    const { fake, run } = await setup(startZammad, ZAMMAD_API);
    fake.throttleEvery(5, 2);
    const zammad = exportOf('zammad').exported.objects;
    const result = await run(zammad);
    expect([result.stopped, result.done.length]).toEqual([null, zammad.length]);
    fake.throttleEvery(0, 1);
    fake.failNext(2, 503);
    expect((await run(zammad)).done).toEqual([]);
  });

  it('stops before writing an object whose reference the API cannot create', async () => {
    const { fake, run } = await setup(startFreshdesk, FRESHDESK_API);
    const freshdesk = exportOf('freshdesk').exported.objects;
    const result = await run(freshdesk);
    expect(result.stopped).toMatch(/^Could not create group 'billing-specialists': it refers to business hours 'support-hours' \(field business_hour_id\), which Freshdesk does not have\. Freshdesk's API can read business hours but not create, change or delete them/);
    expect(result.done).toEqual([]);
    expect(fake.store.list('group')).toEqual([]);
  });

  it('prunes unmanaged objects only when asked, and never a built-in one', async () => {
    const { fake, run } = await setup(startZammad, ZAMMAD_API);
    const zammad = exportOf('zammad').exported.objects;
    await run(zammad);
    fake.store.add('group', { name: 'Sales', active: true });
    expect((await run(zammad)).done).toEqual([]);
    const pruned = await run(zammad, { prune: true });
    const sales = pruned.plan.changes.find((c) => c.name === 'Sales')!;
    expect(pruned.done).toEqual([`deleted group 'Sales' (id ${String(sales.id)})`]);
    expect(fake.store.list('group').map((g) => g.data.name)).toContain('Users');
    expect(fake.store.list('calendar').map((c) => c.data.name)).toContain('Default');
  });
});
