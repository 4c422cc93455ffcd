// The helpdesk targets on the example organisation: export (pure), plan against a helpdesk that
// holds the export (pure), and apply to an empty fake helpdesk on 127.0.0.1 and then again (the
// idempotent second run, all reads). Prints medians of 5 runs; asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveObject } from '../src/helpdesk/live.js';
import { resourceOf } from '../src/helpdesk/api.js';
import { plan } from '../src/helpdesk/plan/plan.js';
import { policyView } from '../src/helpdesk/policy-view.js';
import { PRODUCTS } from '../src/helpdesk/products.js';
import { TARGETS, type TargetName } from '../src/helpdesk/target.js';
import { apply } from '../src/host/apply.js';
import { HelpdeskClient } from '../src/host/http/client.js';
import { readPolicyFiles } from '../src/load/files.js';
import { checkPolicies } from '../src/rules/check-policies.js';
import { startFreshdesk, type FakeFreshdesk } from '../test/fakes/freshdesk-fake.js';
import { startZammad } from '../test/fakes/zammad-fake.js';
import { startZendesk } from '../test/fakes/zendesk-fake.js';

const RUNS = 5;
const root = join(import.meta.dirname, '..');
const ASOF = '2026-11-23';
const result = checkPolicies(readPolicyFiles(join(root, 'policies')), { asOf: ASOF });
const template = { path: 'templates/acknowledgement.hbs', source: readFileSync(join(root, 'templates', 'acknowledgement.hbs'), 'utf8') };
const START = { zendesk: startZendesk, freshdesk: startFreshdesk, zammad: startZammad };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function time(label: string, run: () => unknown): Promise<void> {
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    walls.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(52)} median ${median(walls).toFixed(1)} ms (${RUNS} runs)`);
}

async function applyTwice(target: TargetName): Promise<{ first: number; second: number }> {
  const product = PRODUCTS[target];
  const desired = product.exportPolicies(policyView({ model: result.model, acknowledgementTemplate: template }).view).objects;
  const fake = await START[target]();
  // Freshdesk's API cannot write business hours: seed them as an admin would enter them.
  if (target === 'freshdesk') for (const o of desired.filter((x) => x.type === 'business_hours')) (fake as FakeFreshdesk).seedBusinessHours(o.payload);
  const client = new HelpdeskClient({ api: product.api, url: fake.url, token: fake.token, sleep: async () => {} });
  const t0 = performance.now();
  await apply({ client, desired, yes: true, print: () => {} });
  const t1 = performance.now();
  await apply({ client, desired, yes: true, print: () => {} });
  const t2 = performance.now();
  await fake.close();
  return { first: t1 - t0, second: t2 - t1 };
}

for (const target of TARGETS) {
  const product = PRODUCTS[target];
  const view = () => policyView({ model: result.model, acknowledgementTemplate: template }).view;
  const exported = product.exportPolicies(view()).objects;
  const live = exported.map((o, i) => liveObject(resourceOf(product.api, o.type), { id: i + 1, ...o.payload })!);
  await time(`${target}: export of the example (${exported.length} objects)`, () => product.exportPolicies(view()));
  await time(`${target}: plan against a helpdesk holding it`, () => plan(product.api, exported, live));
  const runs: { first: number; second: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await applyTwice(target));
  console.log(`${`${target}: apply to an empty fake, then again`.padEnd(52)} median ${median(runs.map((r) => r.first)).toFixed(0)} ms, then ${median(runs.map((r) => r.second)).toFixed(0)} ms (${RUNS} runs)`);
}
