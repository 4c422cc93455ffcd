/** The Freshdesk and Zammad mappings: hours, holidays, priorities, targets and what each loses. */
import { describe, expect, it } from 'vitest';
import { twelveHour } from '../../src/helpdesk/freshdesk/business-hours.js';
import type { JsonObject } from '../../src/helpdesk/target.js';
import { edit } from '../helpers/policies.js';
import { EXAMPLE, exportOf } from './helpers.js';

const object = (target: 'freshdesk' | 'zammad', key: string, set = EXAMPLE) => exportOf(target, set).exported.objects.find((o) => o.key === key);

describe('Freshdesk', () => {
  it('writes times as Freshdesk does, with the end of the day as 11:59:59 pm', () => {
    expect([0, 540, 720, 750, 1080, 1439, 1440].map(twelveHour)).toEqual(['12:00:00 am', '09:00:00 am', '12:00:00 pm', '12:30:00 pm', '06:00:00 pm', '11:59:00 pm', '11:59:59 pm']);
  });

  it('joins a split shift into one interval per day and says the break now counts', () => {
    const hours = object('freshdesk', 'business_hours/singapore-hours')!.payload.business_hours as JsonObject;
    expect(hours.monday).toEqual({ start_time: '09:00:00 am', end_time: '06:00:00 pm' });
    expect(exportOf('freshdesk').findings.filter((f) => f.includes("schedule 'singapore-hours' becomes 09:00:00 am–06:00:00 pm"))).toHaveLength(5);
  });

  it('keeps holidays as month and day, and says they recur', () => {
    const payload = object('freshdesk', 'business_hours/support-hours')!.payload;
    // GB-ENG gives Boxing Day on its Saturday as well as the substitute Monday.
    expect((payload.list_of_holidays as JsonObject[]).map((h) => h.holiday_date)).toEqual(['Jan 01', 'Mar 26', 'Mar 29', 'May 03', 'May 31', 'Aug 30', 'Dec 25', 'Dec 26', 'Dec 28']);
    expect(exportOf('freshdesk').findings.some((f) => f.includes('2026-12-25 becomes every Dec 25'))).toBe(true);
  });

  it('marks business hours as written by hand, since the API only reads them', () => {
    expect(exportOf('freshdesk').findings.filter((f) => f.includes("can read business hours but not create or change them"))).toHaveLength(6);
  });

  it('sets respond and resolve targets in seconds for the four fixed priorities', () => {
    const target = object('freshdesk', 'sla_policy/async-sla')!.payload.sla_target as Record<string, JsonObject>;
    expect(target.priority_4).toEqual({ respond_within: 3600, resolve_within: 86400, business_hours: true, escalation_enabled: false });
    expect(target.priority_1).toEqual(target.priority_2);
    expect(object('freshdesk', 'sla_policy/async-sla')!.payload.applicable_to).toEqual({ sources: [1, 2] });
  });

  it('does not export a policy without a resolution target, and says why', () => {
    expect(object('freshdesk', 'sla_policy/live-chat-sla')).toBeUndefined();
    expect(exportOf('freshdesk').findings.some((f) => f.includes("tier 'live' of SLA policy 'live-chat-sla' has none"))).toBe(true);
  });

  it('links each group to its schedule and puts the acknowledgements in canned responses', () => {
    expect(object('freshdesk', 'group/tier1-london')!.refs).toEqual({ business_hour_id: 'business_hours/support-hours' });
    const ack = object('freshdesk', 'canned_response/Acknowledgement: email (high)')!;
    expect(ack.refs).toEqual({ folder_id: 'canned_response_folder/supportops' });
    expect(ack.payload.content_html).toMatch(/^<h1>Thanks, we have your request<\/h1>\n<p>Hi \{\{ticket\.requester\.name\}\},<\/p>/);
  });
});

describe('Zammad', () => {
  it('keeps split shifts, cuts overnight shifts at midnight and writes the end of the day as 23:59', () => {
    const singapore = object('zammad', 'calendar/singapore-hours')!.payload.business_hours as JsonObject;
    expect(singapore.mon).toEqual({ active: true, timeframes: [['09:00', '12:30'], ['13:30', '18:00']] });
    expect(singapore.sat).toEqual({ active: false, timeframes: [] });
    const set = edit(EXAMPLE, 'schedules/on-call.yaml', 'sun: ["07:00-17:00"]', 'sun: ["22:00-06:00"]');
    const hours = object('zammad', 'calendar/on-call-singapore', set)!.payload.business_hours as JsonObject;
    expect(hours.sun).toEqual({ active: true, timeframes: [['22:00', '23:59']] });
    expect(hours.mon).toEqual({ active: true, timeframes: [['00:00', '06:00'], ['07:00', '17:00']] });
  });

  it('gives calendar-clock policies an around-the-clock calendar', () => {
    expect(object('zammad', 'sla/urgent-line-sla (live-call)')!.refs).toEqual({ calendar_id: 'calendar/supportops-24-7' });
    const always = object('zammad', 'calendar/supportops-24-7')!.payload.business_hours as JsonObject;
    expect(always.sun).toEqual({ active: true, timeframes: [['00:00', '23:59']] });
  });

  it('writes one SLA per tier, selected by priority and article type, in minutes', () => {
    const sla = object('zammad', 'sla/async-sla (urgent)')!;
    expect(sla.payload).toMatchObject({ first_response_time: 60, update_time: 120, solution_time: 1440 });
    expect(sla.payload.condition).toEqual({ 'ticket.priority_id': { operator: 'is', value: ['3'] }, 'ticket.create_article_type_id': { operator: 'is', value: ['1', '11'] } });
    expect((object('zammad', 'sla/async-sla (standard)')!.payload.condition as JsonObject)['ticket.priority_id']).toEqual({ operator: 'is', value: ['1'] });
  });

  it('escapes HTML written in a policy instead of passing it into the auto-reply', () => {
    const set = edit(EXAMPLE, 'templates/acknowledgement.yaml', 'Hi {{customer.name}},', 'Hi <img src=x onerror=alert(1)> {{customer.name}},');
    const trigger = object('zammad', 'trigger/ack-email-high', set)!;
    const body = ((trigger.payload.perform as JsonObject)['notification.email'] as JsonObject).body as string;
    expect(body).toContain('Hi &lt;img src=x onerror=alert(1)&gt; #{ticket.customer.fullname},');
  });
});
