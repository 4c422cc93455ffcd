/** The plan: matching by key, field-level updates, deletes and unmanaged objects, and its renderings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FRESHDESK_API } from '../../src/helpdesk/freshdesk/api.js';
import { liveObject } from '../../src/helpdesk/live.js';
import { withRef } from '../../src/helpdesk/refs.js';
import { planJson, planJsonSchema } from '../../src/format/plan-json.js';
import { hasChanges, plan, summarizePlan } from '../../src/helpdesk/plan/plan.js';
import { planMarkdown, planStylish } from '../../src/format/plan-text.js';
import { resourceOf, type ProductApi } from '../../src/helpdesk/api.js';
import type { DesiredObject, JsonObject, LiveObject } from '../../src/helpdesk/target.js';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { REPO } from '../helpers/policies.js';
import { exportOf } from './helpers.js';

let nextId = 100;
/** What the helpdesk would hold after creating these objects: ids, timestamps, references as ids. */
function liveFrom(api: ProductApi, desired: readonly DesiredObject[], extra: (o: DesiredObject) => Record<string, unknown> = () => ({})): LiveObject[] {
  const ids = new Map(desired.map((o) => [o.key, nextId++]));
  return desired.map((o) => {
    const payload = Object.entries(o.refs).reduce((body, [field, key]) => withRef(body, field, ids.get(key) ?? 0), o.payload);
    return liveObject(resourceOf(api, o.type), { id: ids.get(o.key)!, ...payload, created_at: '2026-01-05T09:00:00Z', ...(extra(o) as JsonObject) })!;
  });
}

const zendesk = exportOf('zendesk').exported.objects;

describe('plan', () => {
  it('creates everything on an empty helpdesk', () => {
    const p = plan(ZENDESK_API, zendesk, []);
    expect(summarizePlan(p)).toEqual({ create: zendesk.length, update: 0, delete: 0, unmanaged: 0, manual: 0 });
  });

  it('finds nothing to do when the helpdesk holds what the policies say, whatever it adds or reorders', () => {
    const live = liveFrom(ZENDESK_API, zendesk, (o) =>
      o.type === 'sla_policy' ? { policy_metrics: [...(o.payload.policy_metrics as JsonObject[])].reverse().map((m) => ({ ...m, target_in_seconds: Number(m.target) * 60 })), url: 'https://x/1' } : {},
    );
    const p = plan(ZENDESK_API, zendesk, live);
    expect(p.changes).toEqual([]);
    expect(hasChanges(p)).toBe(false);
  });

  it('updates exactly the field that differs', () => {
    const edited = 'Edited by hand.\n[supportops:group/qa-team]';
    const live = liveFrom(ZENDESK_API, zendesk, (o) => (o.key === 'group/qa-team' ? { name: 'QA', description: edited } : {}));
    const p = plan(ZENDESK_API, zendesk, live);
    expect(p.changes).toEqual([{
      action: 'update', type: 'group', key: 'group/qa-team', name: 'qa-team', id: live.find((o) => o.key === 'group/qa-team')!.id,
      fields: [{ path: '/name', before: 'QA', after: 'qa-team' }, { path: '/description', before: edited, after: 'supportops team qa-team (role qa-reviewer).\n[supportops:group/qa-team]' }],
      manual: null,
    }]);
  });

  it('leaves a delete the API cannot make to be done by hand, saying so', () => {
    const stale = liveObject(resourceOf(FRESHDESK_API, 'canned_response'), { id: 5, title: 'Old reply', folder_id: 1, content_html: '<p>x</p>' })!;
    const [change] = plan(FRESHDESK_API, [], [stale], { prune: true }).changes;
    expect(change).toMatchObject({ action: 'delete', name: 'Old reply', manual: expect.stringContaining('documents no way to delete a canned response') });
  });

  it('deletes what supportops made and the policies dropped, and leaves the rest alone unless pruning', () => {
    const ours = liveObject(resourceOf(ZENDESK_API, 'trigger'), { id: 7, title: 'Old', description: '[supportops:trigger/old]', conditions: { all: [], any: [] }, actions: [] })!;
    const theirs = liveObject(resourceOf(ZENDESK_API, 'group'), { id: 8, name: 'Billing (manual)', description: 'made by hand' })!;
    const builtIn = liveObject(resourceOf(ZENDESK_API, 'group'), { id: 9, name: 'Support', default: true })!;
    const live = [...liveFrom(ZENDESK_API, zendesk), ours, theirs, builtIn];
    const actions = (prune: boolean) => plan(ZENDESK_API, zendesk, live, { prune }).changes.map((c) => `${c.action} ${c.name}`);
    expect(actions(false)).toEqual(['unmanaged Billing (manual)', 'unmanaged Support', 'delete Old']);
    expect(actions(true)).toEqual(['delete Billing (manual)', 'unmanaged Support', 'delete Old']);
  });

  it('compares references by the key of the object they point at', () => {
    const freshdesk = exportOf('freshdesk').exported.objects;
    const live = liveFrom(FRESHDESK_API, freshdesk);
    const hours = live.find((o) => o.key === 'business_hours/new-york-hours')!;
    const group = live.find((o) => o.key === 'group/tier1-london')!;
    group.body.business_hour_id = hours.id;
    const p = plan(FRESHDESK_API, freshdesk, live);
    expect(p.changes.map((c) => [c.key, c.fields])).toEqual([['group/tier1-london', [{ path: '/business_hour_id', before: 'business_hours/new-york-hours', after: 'business_hours/support-hours' }]]]);
  });

  it('marks what the API cannot write as manual, with what to do', () => {
    const freshdesk = exportOf('freshdesk').exported.objects;
    const p = plan(FRESHDESK_API, freshdesk, []);
    const hours = p.changes.filter((c) => c.type === 'business_hours');
    expect(hours).toHaveLength(6);
    expect(hours.every((c) => c.action === 'create' && c.manual?.includes('set them by hand'))).toBe(true);
    expect(summarizePlan(p).manual).toBe(6);
  });
});

describe('plan output', () => {
  const live = liveFrom(ZENDESK_API, zendesk, (o) => (o.key === 'sla_policy/async-sla' ? { title: 'Async (old)' } : {})).filter((o) => o.key !== 'macro/intake');
  live.push(liveObject(resourceOf(ZENDESK_API, 'group'), { id: 3, name: 'Support', description: '' })!);
  const p = plan(ZENDESK_API, zendesk, live);

  it('stylish: a headline and one line per change, with the fields that change', () => {
    expect(planStylish(p, ZENDESK_API)).toBe([
      'Zendesk plan: 1 to create, 1 to update, 0 to delete; 1 unmanaged, left alone.',
      '    unmanaged group       Support  (id 3)',
      `  ~ update    SLA policy  async-sla  (id ${live.find((o) => o.key === 'sla_policy/async-sla')!.id})`,
      '      /title: "Async (old)" → "async-sla"',
      '  + create    macro       intake',
      '',
    ].join('\n'));
  });

  it('markdown: a section with a table of the changes and a note on what is left alone', () => {
    expect(planMarkdown(p, ZENDESK_API)).toBe([
      '## supportops: what this changes in Zendesk',
      '',
      'Zendesk plan: 1 to create, 1 to update, 0 to delete; 1 unmanaged, left alone.',
      '',
      '| action | type | name | what changes |',
      '| --- | --- | --- | --- |',
      '| update | SLA policy | async-sla | `/title`: "Async (old)" → "async-sla" |',
      '| create | macro | intake | new |',
      '',
      '1 object in Zendesk that the policies do not describe is left alone (use --prune to delete them).',
      '',
    ].join('\n'));
  });

  it('markdown: stays below the comment limit, saying how many rows it left out', () => {
    const all = plan(ZENDESK_API, zendesk, []);
    const text = planMarkdown(all, ZENDESK_API, { limit: 1200 });
    expect(text.length).toBeLessThan(1200);
    const shown = text.split('\n').filter((l) => l.startsWith('| create')).length;
    expect(text).toContain(`${zendesk.length - shown} more changes not shown here; the JSON plan lists them all.`);
  });

  it('json: valid against the published schema, which matches the committed file', () => {
    const schema = planJsonSchema();
    expect(readFileSync(join(REPO, 'schemas', 'helpdesk-plan.schema.json'), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    const report = JSON.parse(planJson({ target: p.target, plan: p })) as { summary: unknown };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toEqual({ create: 1, update: 1, delete: 0, unmanaged: 1, manual: 0 });
  });
});
