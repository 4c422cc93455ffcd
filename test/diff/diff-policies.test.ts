import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { diffMarkdown } from '../../src/format/diff-markdown.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, addDocs, edit, toFiles, type FileSet } from '../helpers/policies.js';
import { base, changes, diffOf, FULL, sharedCache } from './helpers.js';

describe('semantic diff', () => {
  it('gives the same result from already-checked sides (as the Action passes them), rule findings and all', () => {
    const head = edit(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'), 'routing/tags.yaml', 'owner: billing-specialists', 'owner: billing-specialsts');
    const side = (set: FileSet) => ({ files: toFiles(set), result: checkPolicies(toFiles(set), { asOf: AS_OF, cache: sharedCache }) });
    const fromFiles = diffOf(head, base, FULL);
    const checkedHead = side(head);
    expect(checkedHead.result.diagnostics.some((d) => d.ruleId === 'no-unresolved-references')).toBe(true);
    expect(diffPolicies(side(base), checkedHead, FULL)).toEqual(fromFiles);
    expect(fromFiles.skipped).toEqual([]);
    expect(fromFiles.changes.some((c) => c.category === 'customer-text')).toBe(true);
  });

  it('finds nothing between identical sets', () => {
    expect(diffOf(base)).toEqual({ changes: [], summary: { breaking: 0, notable: 0, info: 0 }, invalid: { base: 0, head: 0 }, skipped: [] });
  });

  it('a loosened target is breaking and a tightened one is info, once per policy with its channels', () => {
    expect(changes(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'))).toEqual([
      'breaking sla async-sla › high › first response: 90% within 4h → 90% within 8h [email, messenger, web-form]',
    ]);
    expect(changes(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 95% within 4h'))).toEqual([
      'info sla async-sla › high › first response: 90% within 4h → 95% within 4h [email, messenger, web-form]',
    ]);
    expect(changes(edit(base, 'sla/async-sla.yaml', '      nextResponse: 90% within 8h\n', ''))).toEqual([
      'breaking sla async-sla › high › next response: 90% within 8h → no promise [email, messenger, web-form]',
    ]);
  });

  it('a calendar clock that becomes business hours is breaking', () => {
    expect(changes(edit(base, 'sla/async-sla.yaml', 'name: emergency-sla\nspec:\n  clock: calendar', 'name: emergency-sla\nspec:\n  clock: business\n  schedule: support-hours'))).toEqual([
      "breaking sla emergency-sla › clock: calendar time (24/7) → business hours of 'support-hours' [whatsapp]",
    ]);
  });

  it('a channel that moves to another SLA policy is compared old policy against new', () => {
    const head = edit(base, 'channels/urgent.yaml', 'slaPolicy: emergency-sla', 'slaPolicy: async-sla');
    expect(changes(head)).toContain('breaking sla whatsapp (emergency-sla → async-sla) › urgent › acknowledge: 5m → 15m [whatsapp]');
    expect(changes(head)).toContain("notable channels channel whatsapp › SLA policy: emergency-sla → async-sla [whatsapp]");
  });

  it('lost weekly hours behind a promise are breaking; gained hours are info', () => {
    expect(changes(edit(base, 'schedules/on-call.yaml', '    sat: ["08:00-18:00"]\n', ''))).toEqual([
      'breaking hours on-call-london › Saturday: 08:00-18:00 → closed [urgent-line, whatsapp]',
    ]);
    expect(changes(edit(base, 'schedules/support-hours.yaml', 'mon: ["08:00-18:00"]', 'mon: ["07:00-18:00"]'))[0]).toBe(
      'info hours support-hours › Monday: 08:00-18:00 → 07:00-18:00 [email, live-chat, messenger, web-form]',
    );
  });

  // Holidays and date overrides: hours.test.ts.

  it('a removed channel is breaking; added definitions are info; removed ones notable', () => {
    const { ['channels/web-form.yaml']: _removed, ...rest } = base;
    const head = edit(addDocs(rest, 'routing/tags.yaml', 'apiVersion: supportops/v1\nkind: Tag\nmetadata: { name: gdpr }\nspec: { meaning: Data requests., owner: support-lead }\n'), 'teams/tier1.yaml', /channels: \[email, web-form, messenger\]/g, 'channels: [email, messenger]');
    const found = changes(head);
    expect(found).toContain('breaking channels Channel web-form: defined → removed [web-form]');
    expect(found).toContain('info definitions Tag gdpr: not defined → added');
  });

  it('same content under a new name is a rename, not remove plus add', () => {
    const head = edit(edit(base, 'schedules/regional-hours.yaml', 'name: singapore-hours', 'name: apac-hours'), 'teams/tier1.yaml', 'schedule: singapore-hours', 'schedule: apac-hours');
    const found = changes(head);
    expect(found).toContain('notable definitions Schedule singapore-hours: singapore-hours → apac-hours');
    expect(found.filter((c) => c.includes('removed') || c.includes('added'))).toEqual([]);
  });

  it('ownership, escalation, staffing and demand', () => {
    let head = edit(base, 'routing/tags.yaml', 'owner: product-specialists\n  defaultTier: standard\n  requiredFields: [Steps', 'owner: tier1-agent\n  defaultTier: standard\n  requiredFields: [Steps');
    head = edit(head, 'routing/escalations.yaml', 'routeTo: billing-specialist', 'routeTo: support-lead');
    head = edit(head, 'routing/escalations.yaml', '  syncChannel: urgent-line\n  notify: [Security specialists]', '  notify: [Security specialists]');
    head = edit(head, 'teams/specialists.yaml', 'headcount: 3\n  shrinkage: 25%\n  occupancy: 80%\n  handleTime: 20m', 'headcount: 2\n  shrinkage: 25%\n  occupancy: 80%\n  handleTime: 20m');
    head = edit(head, 'channels/email.yaml', 'ticketsPerDay: 200', 'ticketsPerDay: 500');
    expect(changes(head)).toEqual([
      'notable ownership tag bug › owner: product-specialists → tier1-agent',
      'breaking escalation escalation security-incident › synchronous path: urgent-line → not set',
      'notable escalation escalation payment-failure › route to: billing-specialist → support-lead',
      'notable staffing team billing-specialists › headcount: 3 → 2 [email, web-form]',
      'notable demand channel email › tickets per day: 200 → 500 [email]',
    ]);
  });

  it('channel setup: hiding the response time or the urgent path is breaking', () => {
    const head = edit(edit(base, 'channels/messenger.yaml', 'showsResponseTime: true', 'showsResponseTime: false'), 'channels/messenger.yaml', '  urgentPath: urgent-line\n', '');
    expect(changes(head)).toEqual([
      'breaking channels channel messenger › shows response time: true → false [messenger]',
      'breaking channels channel messenger › urgent path: urgent-line → not set [messenger]',
    ]);
  });
});

describe('diff as Markdown', () => {
  it('reads the issue example as two breaking changes with before → after and channels', () => {
    const head = edit(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'), 'schedules/on-call.yaml', '    sat: ["08:00-18:00"]\n', '');
    expect(diffMarkdown(diffOf(head), { base: 'main', head: 'pr' })).toBe(`## supportops: what this change means

Comparing \`main\` → \`pr\`: **2 breaking**, 0 notable, 0 info.

### Response-time promises

| severity | what | before → after | channels | meaning |
|---|---|---|---|---|
| 🔴 breaking | async-sla › high › first response | 90% within 4h → 90% within 8h | email, messenger, web-form | Customers of 'email', 'messenger', 'web-form' wait longer for a first response on high tickets. |

### Hours and holidays

| severity | what | before → after | channels | meaning |
|---|---|---|---|---|
| 🔴 breaking | on-call-london › Saturday | 08:00-18:00 → closed | urgent-line, whatsapp | Schedule 'on-call-london' loses 10h a week on Saturday, behind the promises of urgent-line, whatsapp. |
`);
  });

  it('stays under the cap with a pointer to the JSON', () => {
    let head = base;
    for (let i = 0; i < 400; i++) head = addDocs(head, `extra/${i}.yaml`, `apiVersion: supportops/v1\nkind: Role\nmetadata: { name: role-${i} }\nspec: { category: other, description: ${'A role with a long description. '.repeat(3)} }\n`);
    const text = diffMarkdown(diffOf(head), { base: 'a', head: 'b' }, 5_000);
    expect(text.length).toBeLessThanOrEqual(5_000);
    expect(text).toMatch(/_(\d+) more changes not shown \(\1 info\): the comment is capped\. Run `supportops diff --format json` for the full list\._\n$/);
  });
});
