/** Customer-facing text before → after: disclosures per channel, acknowledgements per channel × tier. */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { AS_OF, addDocs, edit, type FileSet } from '../helpers/policies.js';
import { base, diffOf, FULL, fullChanges } from './helpers.js';

const texts = (head: FileSet, from: FileSet = base) => fullChanges(head, from, 'customer-text');
const shape = (c: Change) => `${c.severity} ${c.subject} [${c.channels?.join(', ')}]${c.tiers ? ` tiers ${c.tiers.join(', ')}` : ''}`;

describe('customer-facing text in the diff', () => {
  it('a loosened target shows the changed sentences once for all the channels that publish them, as notable (the target itself is the breaking change)', () => {
    const found = texts(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));
    expect(found.map(shape)).toEqual([
      'notable acknowledgement › tier high [email, messenger, web-form] tiers high',
      'notable disclosure › tier high [email, messenger, web-form] tiers high',
    ]);
    const [ack, disclosure] = found;
    // Only the line that changed, not the whole acknowledgement.
    expect(ack!.before).toMatch(/^[^\n]*within 4 business hours[^\n]*$/);
    expect(ack!.after).toBe(ack!.before!.replace('within 4 business hours', 'within 8 business hours'));
    expect(disclosure!.before).toContain('reply to 90% of requests within 4 business hours');
    expect(disclosure!.after).toBe(disclosure!.before!.replace('within 4 business hours', 'within 8 business hours'));
    expect(disclosure!.message).toBe("Customers of 'email', 'messenger', 'web-form' read a different promise for high tickets: it states the worse promise reported above.");
  });

  it('a tightened target is info, including the channel-wide title and notice that state the range', () => {
    const found = texts(edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 24h', 'firstResponse: 90% within 16h'));
    expect(found.map((c) => `${c.severity} ${c.subject}`)).toEqual(['info acknowledgement › tier standard', 'info disclosure › notice', 'info disclosure › tier standard', 'info disclosure › title']);
  });

  it('a new display name rewords the title and acknowledgement lines of that channel only, as notable, across its tiers in one row', () => {
    const found = texts(edit(base, 'channels/email.yaml', 'displayName: Email support', 'displayName: Email help'));
    expect(found.map(shape)).toEqual([
      'notable acknowledgement › tiers urgent, high, standard [email] tiers urgent, high, standard',
      'notable disclosure › title [email]',
    ]);
    expect(found[1]).toMatchObject({ before: 'Email support: response times', after: 'Email help: response times' });
  });

  it('lost hours behind a promise make the hours sentences notable, saying they state a worse promise', () => {
    const head = edit(base, 'schedules/support-hours.yaml', 'fri: ["08:00-18:00"]', 'fri: ["08:00-16:00"]');
    const found = texts(head).filter((c) => c.subject === 'disclosure › hours');
    expect(found.map(shape)).toEqual(['notable disclosure › hours [email, live-chat, messenger, web-form]']);
    expect(found[0]!.message).toMatch(/: it states the worse promise reported above\.$/);
    expect(found[0]!.after).toContain('16:00');
  });

  it('a dropped customer time zone removes its hours sentence; a removed article drops its acknowledgement line', () => {
    const zones = texts(edit(base, 'channels/email.yaml', 'customerTimeZones: [America/New_York, Asia/Singapore]', 'customerTimeZones: [America/New_York]'));
    expect(zones.map((c) => `${shape(c)} → ${c.after}`)).toEqual(['notable disclosure › hours in Asia/Singapore [email] → not shown']);
    expect(zones[0]!.message).toBe("Customers of 'email' no longer read the hours in Asia/Singapore.");
    const article = texts(edit(base, 'governance/knowledge-base.yaml', 'url: https://help.lumen.example/export', 'url: https://help.lumen.example/data-export'));
    expect(article.map(shape)).toEqual(['notable acknowledgement › tier standard [email, messenger, web-form] tiers standard']);
    expect(article[0]!.before).toContain('https://help.lumen.example/export');
    expect(article[0]!.after).toContain('https://help.lumen.example/data-export');
  });

  it('a new tier is new text (info); a dropped tier is notable text', () => {
    const tier = '    - name: low\n      priority: 4\n      description: Feedback and ideas.\n      firstResponse: 90% within 5d\n';
    const head = edit(base, 'sla/async-sla.yaml', /( {6}resolution: \{ median: 3d, p90: 10d \}\n)/, `$1${tier}`);
    const added = texts(head).filter((c) => c.tiers?.includes('low'));
    // Each channel's new acknowledgement names the channel, so it is one block per channel.
    expect(added.map((c) => `${shape(c)} ${c.before}`)).toEqual([
      'info acknowledgement › tier low [email] tiers low not shown',
      'info acknowledgement › tier low [messenger] tiers low not shown',
      'info acknowledgement › tier low [web-form] tiers low not shown',
      'info disclosure › tier low [email, messenger, web-form] tiers low not shown',
    ]);
    expect(added[0]!.after).toContain('Email support');
    expect(added[0]!.after!.split('\n').length).toBeGreaterThan(2);
    const dropped = texts(base, head).filter((c) => c.tiers?.includes('low'));
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((c) => c.severity === 'notable' && c.after === 'not shown')).toBe(true);
  });

  it('follows a renamed channel: same content, so no text changes', () => {
    let head = edit(base, 'channels/messenger.yaml', 'name: messenger', 'name: in-app');
    head = edit(head, 'teams/tier1.yaml', /channels: \[email, web-form, messenger\]/g, 'channels: [email, web-form, in-app]');
    expect(texts(head)).toEqual([]);
  });

  it('is skipped, with the reason, when a template does not render', () => {
    const head = addDocs(base, 'templates/broken.yaml', 'apiVersion: supportops/v1\nkind: Template\nmetadata: { name: broken }\nspec:\n  purpose: acknowledgement\n  channels: [email]\n  body: "Hello {{customer.nickname}}"\n');
    const diff = diffOf(head, base, FULL);
    expect(diff.skipped.map((s) => s.part)).toEqual(['customer-text']);
    expect(diff.skipped[0]!.reason).toMatch(/^the head does not render \(.+\): run supportops build$/);
    expect(diff.changes.filter((c) => c.category === 'customer-text')).toEqual([]);
  });

  it('needs a date and templates: without them the diff compares the policies alone', () => {
    const head = edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');
    expect(diffOf(head, base, { asOf: AS_OF }).changes.filter((c) => c.category === 'customer-text')).toEqual([]);
    expect(diffOf(head).changes.map((c) => c.category)).toEqual(['sla']);
  });
});
