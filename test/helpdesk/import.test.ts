/**
 * Import from the JSON each API returns, using the vendors' own published examples as input,
 * and reading a live folder: bad JSON and bad records are located, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { liveObjects } from '../../src/helpdesk/live.js';
import { minutesOf } from '../../src/helpdesk/freshdesk/import.js';
import { PRODUCTS } from '../../src/helpdesk/products.js';
import type { TargetName } from '../../src/helpdesk/target.js';
import { AS_OF } from '../helpers/policies.js';

const live = (target: TargetName, files: Record<string, unknown>) =>
  liveObjects(PRODUCTS[target].api, Object.entries(files).map(([path, data]) => ({ path, text: JSON.stringify(data) })));

describe('Zendesk import', () => {
  // The schedule and SLA policy examples of Zendesk's reference pages.
  const { objects } = live('zendesk', {
    'schedule.json': { schedules: [{ id: 1, name: 'North America', time_zone: 'Pacific Time (US & Canada)', intervals: [{ end_time: 2460, start_time: 1980 }, { end_time: 3900, start_time: 3420 }], holidays: [{ id: 1, name: "New Year's Day 2016", start_date: '2016-01-01', end_date: '2016-01-02' }] }] },
    'sla_policy.json': { sla_policies: [{ id: 36, title: 'Incidents', description: 'For urgent incidents, we will respond to tickets in 10 minutes', filter: { all: [{ field: 'type', operator: 'is', value: 'incident' }, { field: 'via_id', operator: 'is', value: '4' }], any: [] }, policy_metrics: [{ business_hours: false, metric: 'first_reply_time', priority: 'low', target: 60 }], position: 3 }], next_page: null },
    'group.json': { groups: [] }, 'trigger.json': { triggers: [] }, 'macro.json': { macros: [] },
  });
  const org = PRODUCTS.zendesk.importLive(objects, AS_OF);

  it('turns intervals from Sunday 00:00 back into weekly hours, and the Rails zone into IANA', () => {
    expect(org.schedules[0]).toMatchObject({ name: 'north-america', timeZone: 'America/Los_Angeles', weekly: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
    expect(org.schedules[0]!.holidays).toEqual([{ date: '2016-01-01', name: "New Year's Day 2016" }, { date: '2016-01-02', name: "New Year's Day 2016" }]);
  });

  it('makes a tier of each priority with targets, and channels of the via conditions', () => {
    expect(org.slas[0]).toMatchObject({ name: 'incidents', clock: 'calendar', media: ['email'], tiers: [{ name: 'low', priority: 1, firstResponse: '1h' }] });
  });
});

describe('Zendesk import of paused clocks', () => {
  const slaWith = (metric: string) => {
    const { objects } = live('zendesk', {
      'sla_policy.json': { sla_policies: [{ id: 7, title: 'Email', description: 'x', filter: { all: [], any: [{ field: 'via_id', operator: 'is', value: 4 }] }, policy_metrics: [{ business_hours: false, metric: 'first_reply_time', priority: 'high', target: 60 }, { business_hours: false, metric, priority: 'high', target: 1440 }], position: 1 }], next_page: null },
      'schedule.json': { schedules: [] }, 'group.json': { groups: [] }, 'trigger.json': { triggers: [] }, 'macro.json': { macros: [] },
    });
    return PRODUCTS.zendesk.importLive(objects, AS_OF).slas[0]!;
  };

  it('reads which statuses stop resolution from the metric the policy uses', () => {
    expect(slaWith('requester_wait_time')).toMatchObject({ resolutionPausedWhile: ['pending'], tiers: [{ resolution: '1d' }] });
    expect(slaWith('agent_work_time')).toMatchObject({ resolutionPausedWhile: ['pending', 'on-hold'], tiers: [{ resolution: '1d' }] });
    expect(slaWith('total_resolution_time').resolutionPausedWhile).toBeUndefined();
  });
});

describe('Freshdesk import', () => {
  it('reads 12-hour times, with 11:59:59 pm as the end of the day', () => {
    expect(['08:00:00 am', '12:00:00 am', '12:30:00 pm', '05:00:00 pm', '11:59:59 pm', '25:00'].map(minutesOf)).toEqual([480, 0, 750, 1020, 1440, null]);
  });

  it('places yearly holidays in the coming twelve months and says so', () => {
    // The business hours example of Freshdesk's reference, with holidays.
    const { objects } = live('freshdesk', {
      'business_hours.json': [{ id: 35000006727, name: 'Default', description: 'Default Business Calendar', time_zone: 'Eastern Time (US & Canada)', is_default: true, business_hours: { monday: { start_time: '08:00:00 am', end_time: '11:59:59 pm' }, friday: { start_time: '08:00:00 am', end_time: '08:00:00 pm' } }, list_of_holidays: [{ holiday_date: 'Dec 25', holiday_name: 'Christmas' }, { holiday_date: 'Jan 01', holiday_name: 'New Year' }] }],
      'group.json': [], 'sla_policy.json': [], 'canned_response_folder.json': [], 'canned_response.json': [],
    });
    const [schedule] = PRODUCTS.freshdesk.importLive(objects, AS_OF).schedules;
    expect(schedule).toMatchObject({ timeZone: 'America/New_York', weekly: { mon: ['08:00-24:00'], fri: ['08:00-20:00'] }, holidays: [{ date: '2026-12-25', name: 'Christmas' }, { date: '2027-01-01', name: 'New Year' }] });
    expect(schedule!.guesses[0]).toMatch(/recur every year/);
  });
});

describe('Zammad import', () => {
  it('reads calendars as Zammad documents them, with 23:59 as the end of the day', () => {
    const hours = { mon: { active: true, timeframes: [['09:00', '17:00']] }, sat: { active: false, timeframes: [['10:00', '14:00']] }, sun: { active: true, timeframes: [['00:00', '23:59']] } };
    const { objects } = live('zammad', {
      'calendar.json': [{ id: 2, name: 'Test calendar', timezone: 'Europe/Berlin', business_hours: hours, default: false, public_holidays: { '2021-11-10': { active: true, summary: 'Feast day 1' }, '2021-11-11': { active: false, summary: 'Feast day 2' } } }],
      'sla.json': [{ id: 2, calendar_id: 2, name: 'new sla', first_response_time: 120, update_time: 120, solution_time: 120, condition: { 'ticket.state_id': { operator: 'is', value: '2' } } }],
      'group.json': [], 'trigger.json': [], 'text_module.json': [],
    });
    const org = PRODUCTS.zammad.importLive(objects, AS_OF);
    expect(org.schedules[0]).toMatchObject({ timeZone: 'Europe/Berlin', weekly: { mon: ['09:00-17:00'], sun: ['00:00-24:00'] }, holidays: [{ date: '2021-11-10', name: 'Feast day 1' }] });
    expect(org.slas[0]).toMatchObject({ name: 'new-sla', clock: 'business', schedule: 'test-calendar', tiers: [{ firstResponse: '2h', nextResponse: '2h', resolution: '2h' }] });
  });
});

describe('reading a live folder', () => {
  it('locates JSON that does not parse, and records that are not objects with an id', () => {
    const { diagnostics } = liveObjects(PRODUCTS.zammad.api, [
      { path: 'calendar.json', text: '[\n  {"id": 1,\n  "name": }\n]' },
      { path: 'sla.json', text: '[{"name": "no id"}]' },
      { path: 'group.json', text: '{"groups": []}' },
    ]);
    expect(diagnostics.map((d) => `${d.severity} ${d.location.file}:${d.location.start.line}:${d.location.start.column} ${d.message}`)).toEqual([
      'error calendar.json:3:11 calendar.json is not valid JSON at line 3, column 11 (ValueExpected). Export it again from the helpdesk, or pull it with --pull.',
      'error sla.json:1:1 Record 1 of sla.json is not a SLA with an id; remove it or export the file again.',
      'error group.json:1:1 group.json should hold a list of groups, as the API returns them.',
      'warn trigger.json:1:1 The live folder has no trigger.json, so no Zammad triggers are known: every exported one would be created. Pull the live configuration again.',
      'warn text_module.json:1:1 The live folder has no text_module.json, so no Zammad text modules are known: every exported one would be created. Pull the live configuration again.',
    ]);
  });
});
