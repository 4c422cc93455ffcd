/**
 * One case per change class the model-level comparison knows, each as a pair of policy sets
 * (the example organisation and an edited copy) with the exact rows it must produce.
 */
import { describe, expect, it } from 'vitest';
import { addDocs, edit, type FileSet } from '../helpers/policies.js';
import { base, changes, diffOf } from './helpers.js';

const without = (set: FileSet, file: string, name: string): FileSet => edit(set, file, new RegExp(`apiVersion: supportops/v1\\nkind: \\w+\\nmetadata:\\n  name: ${name}\\n(?:.*\\n)*?---\\n`), '');

const CASES: [string, () => FileSet, string[]][] = [
  ['channel display name', () => edit(base, 'channels/email.yaml', 'displayName: Email support', 'displayName: Email help'), ['info channels channel email › display name: Email support → Email help [email]']],
  ['channel entry point moves', () => edit(base, 'channels/email.yaml', 'location: support@lumen.example', 'location: help@lumen.example'), ['notable channels channel email › entry point: support@lumen.example → help@lumen.example [email]']],
  ['entry point URL published', () => edit(base, 'channels/email.yaml', 'location: support@lumen.example', 'location: support@lumen.example\n    url: https://lumen.example/contact'), ['info channels channel email › entry point URL: not set → https://lumen.example/contact [email]']],
  ['customer time zone dropped', () => edit(base, 'channels/email.yaml', 'customerTimeZones: [America/New_York, Asia/Singapore]', 'customerTimeZones: [America/New_York]'), ['notable channels channel email › customer time zones: America/New_York, Asia/Singapore → America/New_York [email]']],
  ['customer time zone added', () => edit(base, 'channels/email.yaml', 'customerTimeZones: [America/New_York, Asia/Singapore]', 'customerTimeZones: [America/New_York, Asia/Singapore, Australia/Sydney]'), ['info channels channel email › customer time zones: America/New_York, Asia/Singapore → America/New_York, Asia/Singapore, Australia/Sydney [email]']],
  ['customer time zones reordered (no change)', () => edit(base, 'channels/email.yaml', 'customerTimeZones: [America/New_York, Asia/Singapore]', 'customerTimeZones: [Asia/Singapore, America/New_York]'), []],
  ['demand growth', () => edit(base, 'channels/email.yaml', 'growth: 15%', 'growth: 40%'), ['notable demand channel email › yearly growth: 15% → 40% [email]']],
  ['arrival profile', () => edit(base, 'channels/email.yaml', 'days: { sat: 0.25, sun: 0.2 }', 'days: { sat: 0.5, sun: 0.2 }'), ['info demand channel email › arrival profile: {"timeZone":"Europe/London","days":{"sat":0.25,"sun":0.2},"hours":[2,2,2,3,4,5,6,8,10,10,10,9,8,9,10,10,9,8,7,6,5,4,3,2]} → {"timeZone":"Europe/London","days":{"sat":0.5,"sun":0.2},"hours":[2,2,2,3,4,5,6,8,10,10,10,9,8,9,10,10,9,8,7,6,5,4,3,2]} [email]']],
  ['customer replies wait longer', () => edit(base, 'channels/email.yaml', 'customerReplies: { share: 40%, meanWait: 4h }', 'customerReplies: { share: 40%, meanWait: 8h }'), ['info demand channel email › customer replies: 40% asked, answering in 4h on average → 40% asked, answering in 8h on average [email]']],
  ['resolution also paused on hold', () => edit(base, 'sla/async-sla.yaml', /( {2}name: async-sla\n(?:.*\n)*? {2}pausedWhile: \{ resolution: \[pending)\] \}/, '$1, on-hold] }'), ['breaking sla async-sla › paused while › resolution: stops while pending → stops while pending or on-hold [email, messenger, web-form]']],
  ['resolution no longer paused', () => edit(base, 'sla/async-sla.yaml', /( {2}name: async-sla\n(?:.*\n)*?) {2}pausedWhile: \{ resolution: \[pending\] \}\n/, '$1'), ['info sla async-sla › paused while › resolution: stops while pending → never stops [email, messenger, web-form]']],
  ['channel mode to async', () => edit(base, 'channels/live-chat.yaml', 'mode: sync', 'mode: async'), ['breaking channels channel live-chat › mode: sync → async [live-chat]']],
  ['looks live', () => edit(base, 'channels/email.yaml', 'looksLive: false', 'looksLive: true'), ['info channels channel email › looks live: false → true [email]']],
  ['purpose', () => edit(base, 'channels/email.yaml', 'purpose: Anything that needs tracking, a record or attachments.', 'purpose: Anything that needs a record.'), [
    'info channels channel email › purpose: Anything that needs tracking, a record or attachments., Account and billing questions, Bug reports with details, Refund requests, Security reports, Outages affecting your team right now — call the urgent line → Anything that needs a record., Account and billing questions, Bug reports with details, Refund requests, Security reports, Outages affecting your team right now — call the urgent line [email]',
  ]],
  ['channel added', () => addDocs(base, 'channels/email.yaml', 'apiVersion: supportops/v1\nkind: Channel\nmetadata: { name: sms }\nspec:\n  mode: async\n  medium: messaging\n  looksLive: false\n  purpose: Short updates.\n  allowedUses: [Updates]\n  entryPoint: { location: "+44 7700 900000", showsResponseTime: true }\n'), ['info channels Channel sms: not defined → added [sms]']],
  ['channel renamed', () => edit(edit(base, 'channels/web-form.yaml', 'name: web-form', 'name: contact-form'), 'teams/tier1.yaml', /channels: \[email, web-form, messenger\]/g, 'channels: [email, contact-form, messenger]'), [
    'notable channels Channel web-form: web-form → contact-form [contact-form]',
    'notable staffing team tier1-london › channels: email, web-form, messenger → email, contact-form, messenger [contact-form, email, messenger, web-form]',
    'notable staffing team tier1-new-york › channels: email, web-form, messenger → email, contact-form, messenger [contact-form, email, messenger, web-form]',
    'notable staffing team tier1-singapore › channels: email, web-form, messenger → email, contact-form, messenger [contact-form, email, messenger, web-form]',
  ]],
  ['tag meaning', () => edit(base, 'routing/tags.yaml', 'meaning: The customer asks for something the product does not do.', 'meaning: A request for a feature.'), ['info definitions tag feature-request › meaning: The customer asks for something the product does not do. → A request for a feature.']],
  ['tag default tier and required fields', () => edit(edit(base, 'routing/tags.yaml', /(name: bug\n(?:.*\n)*? {2}defaultTier:) standard/, '$1 high'), 'routing/tags.yaml', /(name: bug\n(?:.*\n)*? {2}requiredFields: \[)Steps/, '$1Browser, Steps'), [
    'notable ownership tag bug › default tier: standard → high',
    'info ownership tag bug › required fields: Steps to reproduce, Expected vs actual, Browser or app version → Browser, Steps to reproduce, Expected vs actual, Browser or app version',
  ]],
  ['team removed lists its channels', () => without(base, 'teams/specialists.yaml', 'security-specialists'), ["notable definitions Team security-specialists: defined → removed [email]"]],
  ['team added', () => addDocs(base, 'teams/specialists.yaml', 'apiVersion: supportops/v1\nkind: Team\nmetadata: { name: night-owls }\nspec:\n  role: tier1-agent\n  schedule: support-hours\n  headcount: 2\n  shrinkage: 30%\n  occupancy: 80%\n  handleTime: 8m\n  channels: [messenger, email]\n'), ['info definitions Team night-owls: not defined → added [email, messenger]']],
  ['team schedule and occupancy', () => edit(base, 'teams/specialists.yaml', 'schedule: new-york-hours\n  headcount: 3\n  shrinkage: 25%\n  occupancy: 80%', 'schedule: support-hours\n  headcount: 3\n  shrinkage: 25%\n  occupancy: 85%'), [
    'notable staffing team product-specialists › occupancy: 80% → 85% [email, web-form]',
    'notable staffing team product-specialists › schedule: new-york-hours → support-hours [email, web-form]',
  ]],
  // The team answers [email, web-form, messenger]: every row lists channels sorted.
  ['team headcount', () => edit(base, 'teams/tier1.yaml', 'headcount: 10', 'headcount: 9'), ['notable staffing team tier1-london › headcount: 10 → 9 [email, messenger, web-form]']],
  ['escalation window', () => edit(base, 'routing/escalations.yaml', /(routeTo: billing-specialist\n(?:.*\n)*? {2}within:) \S+/, '$1 4h'), ['notable escalation escalation payment-failure › window: 2h → 4h']],
  ['article removed', () => edit(base, 'governance/knowledge-base.yaml', / {4}- title: KB - How-to - Export Your Data\n(?: {6}.*\n){6}/, ''), ['notable definitions article "KB - How-to - Export Your Data": https://help.lumen.example/export → removed']],
  ['article added', () => edit(base, 'governance/knowledge-base.yaml', '  decisions:\n', '    - { title: KB - How-to - Invite a Teammate, owner: knowledge-owner, tags: [how-to], lastReviewed: 2026-11-20, url: https://help.lumen.example/invite }\n  decisions:\n'), ['info definitions article "KB - How-to - Invite a Teammate": not listed → https://help.lumen.example/invite']],
  ['article moved to another URL', () => edit(base, 'governance/knowledge-base.yaml', 'url: https://help.lumen.example/export', 'url: https://help.lumen.example/data-export'), ['notable definitions article "KB - How-to - Export Your Data" › URL: https://help.lumen.example/export → https://help.lumen.example/data-export']],
  ['article renamed (same URL) and reviewed', () => edit(edit(base, 'governance/knowledge-base.yaml', 'title: KB - How-to - Export Your Data', 'title: KB - How-to - Export Workspace Data'), 'governance/knowledge-base.yaml', 'lastReviewed: 2026-10-30', 'lastReviewed: 2026-11-20'), ['notable definitions article "KB - How-to - Export Your Data": KB - How-to - Export Your Data → KB - How-to - Export Workspace Data']],
  ['article owner', () => edit(base, 'governance/knowledge-base.yaml', 'owner: knowledge-owner\n      tags: [how-to]', 'owner: support-lead\n      tags: [how-to]'), ['notable ownership article "KB - How-to - Export Your Data" › owner: knowledge-owner → support-lead']],
  ['schedule time zone', () => edit(base, 'schedules/regional-hours.yaml', 'timeZone: Asia/Singapore', 'timeZone: Asia/Tokyo'), ['breaking hours singapore-hours › time zone: Asia/Singapore → Asia/Tokyo [email, messenger, web-form]']],
];

describe('every change class, as a pair of policy sets', () => {
  it.each(CASES)('%s', (_, head, expected) => {
    expect(changes(head())).toEqual(expected);
  });
});

describe('messages that name what a removal touches', () => {
  it('a removed team says which channels it answered', () => {
    const found = diffOf(without(base, 'teams/specialists.yaml', 'security-specialists')).changes;
    expect(found.map((c) => c.message)).toEqual(["Team 'security-specialists' is removed; it answered 'email'."]);
  });
});
