/** The Zendesk mapping: intervals from Sunday 00:00, zone names, SLA metrics, triggers, findings. */
import { describe, expect, it } from 'vitest';
import { weekIntervals } from '../../src/helpdesk/zendesk/schedules.js';
import { railsZoneName } from '../../src/helpdesk/zone-names.js';
import { generateArtifacts } from '../../src/generate/generate-artifacts.js';
import type { JsonObject } from '../../src/helpdesk/target.js';
import type { DayInterval } from '../../src/helpdesk/policy-view.js';
import { addDocs, AS_OF, edit } from '../helpers/policies.js';
import { DEFAULT_ACK, EXAMPLE, exportOf, viewOf } from './helpers.js';

const at = { file: 'x.yaml', document: 0, pointer: '' };
const week = (...list: [DayInterval['day'], number, number][]) => weekIntervals({ intervals: list.map(([day, start, end]) => ({ day, start, end, text: '', at })) });
const object = (key: string, set = EXAMPLE) => exportOf('zendesk', set).exported.objects.find((o) => o.key === key);

describe('Zendesk schedules', () => {
  it('counts minutes from Sunday 00:00, as the reference examples do', () => {
    expect(week(['mon', 540, 1020])).toEqual([{ start_time: 1980, end_time: 2460 }]);
    expect(week(['tue', 960, 1440])).toEqual([{ start_time: 3840, end_time: 4320 }]);
    expect(week(['fri', 1020, 1080])).toEqual([{ start_time: 8220, end_time: 8280 }]);
  });

  it('splits an overnight shift at midnight and wraps Saturday night into Sunday', () => {
    expect(week(['mon', 1320, 1800])).toEqual([{ start_time: 2760, end_time: 2880 }, { start_time: 2880, end_time: 3240 }]);
    expect(week(['sat', 1320, 1800])).toEqual([{ start_time: 0, end_time: 360 }, { start_time: 9960, end_time: 10080 }]);
  });

  it('keeps split shifts apart and merges overlapping hours within a day', () => {
    expect(week(['mon', 540, 750], ['mon', 810, 1080])).toEqual([{ start_time: 1980, end_time: 2190 }, { start_time: 2250, end_time: 2520 }]);
    expect(week(['mon', 540, 800], ['mon', 700, 900])).toEqual([{ start_time: 1980, end_time: 2340 }]);
  });

  it('names zones as Rails does, preferring the city', () => {
    expect(railsZoneName('Europe/London')).toBe('London');
    expect(railsZoneName('America/New_York')).toBe('Eastern Time (US & Canada)');
    expect(railsZoneName('Asia/Singapore')).toBe('Singapore');
    expect(railsZoneName('UTC')).toBe('UTC');
    expect(railsZoneName('America/Toronto')).toBeNull();
  });

  it('refuses a zone Rails has no name for, suggesting one with the same offsets', () => {
    const set = edit(EXAMPLE, 'schedules/regional-hours.yaml', 'timeZone: America/New_York', 'timeZone: America/Toronto');
    const { exported, findings } = exportOf('zendesk', set);
    expect(exported.objects.some((o) => o.key === 'schedule/new-york-hours')).toBe(false);
    expect(findings.find((f) => f.includes('America/Toronto'))).toMatch(/helpdesk-unsupported schedules\/regional-hours\.yaml:\d+:\d+ error .*'Eastern Time \(US & Canada\)'/);
  });

  it('turns holidays into one-day holidays and reports partial-day overrides', () => {
    const schedule = object('schedule/support-hours')!;
    expect((schedule.payload.holidays as JsonObject[])[0]).toEqual({ name: 'Christmas Day', start_date: '2026-12-25', end_date: '2026-12-25' });
    expect(exportOf('zendesk').findings.filter((f) => f.includes('no date overrides'))).toHaveLength(2);
  });
});

describe('Zendesk SLA policies', () => {
  const metrics = object('sla_policy/async-sla')!.payload.policy_metrics as JsonObject[];
  const metric = (priority: string, name: string) => metrics.find((m) => m.priority === priority && m.metric === name);

  it('sets a target in minutes per priority, on business hours', () => {
    expect(metric('urgent', 'first_reply_time')).toEqual({ priority: 'urgent', metric: 'first_reply_time', target: 60, business_hours: true });
    expect(metric('high', 'first_reply_time')?.target).toBe(240);
    expect(metric('high', 'requester_wait_time')?.target).toBe(3 * 1440);
    expect(metric('low', 'first_reply_time')?.target).toBe(1440);
  });

  it('filters on the channels of the policy by via', () => {
    expect(object('sla_policy/async-sla')!.payload.filter).toEqual({ all: [], any: [{ field: 'via_id', operator: 'is', value: 0 }, { field: 'via_id', operator: 'is', value: 4 }] });
  });

  it("says that '90% within 4h' becomes a 4h target, and that the last tier covers two priorities", () => {
    const { findings } = exportOf('zendesk');
    expect(findings).toContain("helpdesk-lossy sla/async-sla.yaml:31:22 info Zendesk targets have no percentile: the first response of tier 'high' in SLA policy 'async-sla' ('90% within 4h') becomes a target of 4h for every ticket, not for 90% of them. Attainment reported by Zendesk is therefore stricter than the policy.");
    expect(findings.some((f) => f.includes("tier 'standard' covers normal and low"))).toBe(true);
  });

  it('reports a fifth tier as not exported', () => {
    const tier = (name: string, priority: number, fr: string) => `    - { name: ${name}, priority: ${priority}, description: x, firstResponse: ${fr} }\n`;
    const yaml = `apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata:\n  name: five-sla\nspec:\n  clock: calendar\n  tiers:\n${tier('p1', 1, '1h')}${tier('p2', 2, '2h')}${tier('p3', 3, '3h')}${tier('p4', 4, '4h')}${tier('p5', 5, '5h')}`;
    const set = edit(addDocs(EXAMPLE, 'sla/five.yaml', yaml), 'channels/web-form.yaml', 'slaPolicy: async-sla', 'slaPolicy: five-sla');
    const { exported, findings } = exportOf('zendesk', set);
    expect(findings.filter((f) => f.includes("tier 'p5' of SLA policy 'five-sla' is beyond them"))).toHaveLength(1);
    const five = exported.objects.find((o) => o.key === 'sla_policy/five-sla')!;
    expect((five.payload.policy_metrics as JsonObject[]).map((m) => `${String(m.priority)}=${String(m.target)}`)).toEqual(['urgent=60', 'high=120', 'normal=180', 'low=240']);
  });
});

describe('Zendesk triggers and macros', () => {
  it('send the acknowledgement text supportops build generates, with Zendesk placeholders', () => {
    const { result } = viewOf();
    const built = generateArtifacts({ model: result.model, policyHash: 'x', asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK }, parts: ['acknowledgements'] });
    const markdown = built.artifacts.find((a) => a.path === 'acknowledgements/email/high.md')!.contents.split('\n').slice(3).join('\n').trim();
    const trigger = object('trigger/ack-email-high')!;
    const [recipient, subject, body] = (trigger.payload.actions as JsonObject[])[0]!.value as string[];
    expect([recipient, subject]).toEqual(['requester_id', 'Thanks, we have your request']);
    expect(body).toBe(markdown.replace('{{customer.name}}', '{{ticket.requester.name}}'));
    expect(trigger.payload.conditions).toEqual({ all: [{ field: 'update_type', operator: 'is', value: 'Create' }, { field: 'via_id', operator: 'is', value: 4 }], any: [{ field: 'priority', operator: 'is', value: 'high' }] });
  });

  it('set the priority from the tags whose default tier it is', () => {
    const trigger = object('trigger/priority-async-sla-urgent')!;
    expect((trigger.payload.conditions as { all: JsonObject[] }).all[1]).toEqual({ field: 'current_tags', operator: 'includes', value: 'outage security' });
    expect(trigger.payload.actions).toEqual([{ field: 'priority', value: 'urgent' }]);
  });

  it('write a macro per template with its sections', () => {
    const macro = object('macro/intake')!;
    expect((macro.payload.actions as JsonObject[])[0]!.value).toMatch(/^## Summary \(required\)\nOne sentence on what is wrong\.\n\n## What I tried \(required\)/);
  });
});
