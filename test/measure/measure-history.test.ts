import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HistoryProblems, type HistorySource } from '../../src/history/read-history.js';
import { renderDemandYaml } from '../../src/measure/demand-block.js';
import { compareDemand } from '../../src/measure/demand-drift.js';
import { measureHistory } from '../../src/measure/measure-history.js';
import type { CellResult } from '../../src/measure/measurement.js';
import { ChannelSpec } from '../../src/schema/kinds/channels.js';
import { getZone } from '../../src/time/zone.js';
import { exampleMeasureView, fixture } from '../history/helpers.js';

const zendesk = { tickets: [fixture('zendesk-tickets-1.json'), fixture('zendesk-tickets-2.json')], events: [fixture('zendesk-events.json')], metrics: [fixture('zendesk-ticket-metrics.json')] };
const AS_OF = Date.parse('2026-03-09T12:00:00Z');

function measure(source: HistorySource, asOfMs = AS_OF) {
  return measureHistory(source, exampleMeasureView(), { asOfMs }, new HistoryProblems());
}
const cell = (cells: CellResult[], channel: string, tier: string, metric: string) => cells.find((c) => c.channel === channel && c.tier === tier && c.metric === metric)!;

describe('Zendesk semantics on the policy clock', () => {
  it('counts the spans between activate and pause or fulfill, on business hours', () => {
    const m = measure({ format: 'zendesk', files: zendesk });
    // 103: first reply Tue 10:00 → Thu 10:00 is 16 business hours (09–17); the next reply Thu 12:00 → Fri 15:00 is 11.
    expect(cell(m.attainment, 'email', 'standard', 'firstResponse')).toMatchObject({ measured: 1, p50Seconds: 960 * 60 });
    expect(cell(m.attainment, 'email', 'standard', 'nextResponse')).toMatchObject({ measured: 1, p50Seconds: 660 * 60 });
    // Resolution leaves the pending span (Thu 10:00–12:00) out: 16h + 11h = 27 business hours.
    expect(cell(m.attainment, 'email', 'standard', 'resolution').p50Seconds).toBe(27 * 3600);
  });

  it('agrees with the helpdesk: reply minutes (business) and breach verdicts where the targets match', () => {
    const m = measure({ format: 'zendesk', files: zendesk });
    expect(m.crossCheck.firstResponseMinutes).toEqual({ compared: 3, agreed: 3 });
    expect(m.crossCheck.breachVerdicts).toEqual({ compared: 3, agreed: 3 });
    expect(m.crossCheck.examples).toEqual([]);
  });

  it('counts a ticket paused past its target as censored, never met, and an open one past it as a breach', () => {
    const m = measure({ format: 'zendesk', files: zendesk });
    // 102 (high): 3 business hours before it went pending; still pending, inside 1d and 3d.
    expect(cell(m.attainment, 'web-form', 'high', 'resolution').targets.map((t) => [t.met, t.breached, t.censored])).toEqual([[0, 0, 1], [0, 0, 1]]);
    const open = measure({ format: 'csv', files: [fixture('generic.csv')] }, Date.parse('2026-03-03T12:00:00Z'));
    // Ticket 2 (web-form, refund → high) answered at 16:30 after 6.5 business hours: a 2.5-hour breach on 2026-03-02.
    const fr = cell(open.attainment, 'web-form', 'high', 'firstResponse');
    expect(fr.breaches.listed).toEqual([{ ticket: '2', instance: 1, lateSeconds: 9000, date: '2026-03-02', open: false }]);
    // Its resolution is open past 1d? No: 9.5 business hours by Tue 12:00, inside 1d: censored.
    expect(cell(open.attainment, 'web-form', 'high', 'resolution').targets[0]).toMatchObject({ met: 0, breached: 0, censored: 1, attained: null });
  });

  it('compares Freshdesk\'s own SLA verdicts with ours on the policy\'s targets', () => {
    const m = measure({ format: 'freshdesk', files: [fixture('freshdesk-tickets.csv')], zone: getZone('America/New_York') });
    // Ticket 201 (high): first reply after 1 business hour, solved after 4, both within the policy and "Within SLA" in the export.
    expect(m.crossCheck.helpdeskVerdicts).toEqual({ compared: 2, agreed: 2 });
  });

  it('maps by the policies and reports how', () => {
    const m = measure({ format: 'zendesk', files: zendesk });
    expect(m.mapping.channels).toEqual([
      { channel: 'email', rule: 'name', value: 'email', tickets: 2 },
      { channel: 'web-form', rule: 'medium', value: 'web', tickets: 1 },
    ]);
    expect(m.mapping.tiers.map((t) => `${t.channel}/${t.tier} by ${t.rule} ${t.value}`)).toEqual(['email/standard by priority-rank normal', 'email/urgent by priority-name urgent', 'web-form/high by priority-name high']);
  });

  it('lists unmapped tickets with the reason, never drops them', () => {
    const m = measure({ format: 'zammad', files: [fixture('zammad-tickets.json')] });
    expect(m.records).toMatchObject({ read: 2, measured: 2, unmapped: 0 });
    const view = exampleMeasureView();
    view.channels = view.channels.filter((c) => c.name !== 'email');
    const lost = measureHistory({ format: 'zammad', files: [fixture('zammad-tickets.json')] }, view, { asOfMs: AS_OF }, new HistoryProblems());
    expect(lost.unmapped).toEqual([{ reason: 'no channel is named "email" or takes email tickets; map it to a channel in measure.channels', tickets: 1, examples: [{ id: '7', file: 'zammad-tickets.json', pointer: '/0' }] }]);
  });
});

describe('calibration', () => {
  it('renders a demand block the Channel schema accepts, and says how far it drifted', () => {
    const m = measure({ format: 'zendesk', files: zendesk });
    const email = m.calibration.find((c) => c.channel === 'email')!;
    expect(email).toMatchObject({ tickets: 2, timeZone: 'Europe/London', tierMix: { standard: 0.5, urgent: 0.5 } });
    const yaml = renderDemandYaml(email);
    const parsed = ChannelSpec.shape.demand.safeParse(parse(yaml).demand);
    expect(parsed.success, yaml).toBe(true);
    // Two tickets against 2 a day declared: half the volume, but nothing chance does not explain.
    expect(compareDemand(email, exampleMeasureView().channels.find((c) => c.name === 'email')!.demand)).toEqual([]);
    const many = { ...email, tickets: 20_000, ticketsPerDay: 1 };
    const drift = compareDemand(many, exampleMeasureView().channels.find((c) => c.name === 'email')!.demand);
    expect(drift.map((d) => d.aspect)).toContain('tier-mix');
    expect(drift.find((d) => d.aspect === 'volume')?.message).toBe('declared 2 a day; measured 1 a day over 2026-03-02..2026-03-03 (-50%)');
  });
});
