import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFile } from '../../src/history/history-file.js';
import { HistoryProblems } from '../../src/history/read-history.js';
import type { Pause, WaitingStatus } from '../../src/history/ticket-record.js';
import { measureHistory } from '../../src/measure/measure-history.js';
import type { MeasureView } from '../../src/measure/measure-view.js';
import type { CellResult } from '../../src/measure/measurement.js';
import { SlaClock } from '../../src/measure/sla-clock.js';
import { measureReport } from '../../src/format/measure-json.js';
import { measureStylish } from '../../src/format/measure-report.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { measureJsonSchema } from '../../src/format/measure-json.js';
import { exampleMeasureView, fixture } from '../history/helpers.js';

const HEAD = 'id,channel,created,first_response,solved,status,tier,status_changes,next_responses';
// Created Mon 09:00; replied 10:00; pending 10:00–12:00, open, on hold 13:00–15:00, solved 16:00 (office 09–17, London = UTC in March).
const ROW = '1,email,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,2026-03-02T16:00:00Z,solved,standard,2026-03-02T10:00:00Z pending;2026-03-02T12:00:00Z open;2026-03-02T13:00:00Z on-hold;2026-03-02T15:00:00Z open,2026-03-02T12:00:00Z>2026-03-02T14:00:00Z';
const AS_OF = Date.parse('2026-03-09T12:00:00Z');

function viewWith(pausedWhile: MeasureView['channels'][number]['pausedWhile']): MeasureView {
  const view = exampleMeasureView();
  view.channels = view.channels.map((c) => ({ ...c, pausedWhile }));
  return view;
}

function measure(view: MeasureView, csv = `${HEAD}\n${ROW}\n`) {
  return measureHistory({ format: 'csv', files: [textFile('tickets.csv', csv)] }, view, { asOfMs: AS_OF }, new HistoryProblems());
}
const seconds = (cells: CellResult[], metric: string) => cells.find((c) => c.channel === 'email' && c.metric === metric)!.p50Seconds;

describe('each clock stops in the statuses its policy declares', () => {
  it('counts every hour when nothing is declared, and leaves out pending, on-hold or both as declared', () => {
    expect(seconds(measure(viewWith({})).attainment, 'resolution')).toBe(7 * 3600);
    expect(seconds(measure(viewWith({ resolution: ['pending'] })).attainment, 'resolution')).toBe(5 * 3600);
    expect(seconds(measure(viewWith({ resolution: ['on-hold'] })).attainment, 'resolution')).toBe(5 * 3600);
    expect(seconds(measure(viewWith({ resolution: ['pending', 'on-hold'] })).attainment, 'resolution')).toBe(3 * 3600);
  });

  it('pauses the next response only where declared: asked at 12:00, on hold 13:00–14:00, answered 14:00', () => {
    expect(seconds(measure(viewWith({ resolution: ['pending'] })).attainment, 'nextResponse')).toBe(2 * 3600);
    expect(seconds(measure(viewWith({ nextResponse: ['on-hold'] })).attainment, 'nextResponse')).toBe(3600);
  });

  it('says so, located by file, when the export records no spans in a status the policy pauses on', () => {
    const noHistory = `id,channel,created,first_response,solved,status,tier\n1,email,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,2026-03-02T16:00:00Z,solved,standard\n`;
    const m = measure(viewWith({ resolution: ['pending', 'on-hold'] }), noHistory);
    expect(m.pauses.map((p) => [p.channel, p.kind, p.status, p.tickets, p.files])).toEqual([
      ['email', 'no-status-history', 'on-hold', 1, ['tickets.csv']],
      ['email', 'no-status-history', 'pending', 1, ['tickets.csv']],
    ]);
    expect(m.pauses[0]!.message).toBe('async-sla stops the resolution clock while a ticket is on-hold, but tickets.csv records no on-hold spans for 1 ticket, so that time counts against them here. Export the status history (the status_changes column; Zendesk\'s ticket metric events show pending only), or read these figures as a lower bound on attainment.');
    expect(measure(viewWith({ resolution: ['pending', 'on-hold'] })).pauses).toEqual([]);
  });

  it('reconciles Zendesk: its requester wait shows pending only, and pausing where the policy does not is said', () => {
    const zendesk = { tickets: [fixture('zendesk-tickets-1.json'), fixture('zendesk-tickets-2.json')], events: [fixture('zendesk-events.json')] };
    const onHold = measureHistory({ format: 'zendesk', files: zendesk }, viewWith({ resolution: ['pending', 'on-hold'] }), { asOfMs: AS_OF }, new HistoryProblems());
    expect(onHold.pauses.map((p) => `${p.channel} ${p.kind} ${p.status} ${p.tickets}`)).toEqual(['email no-status-history on-hold 2', 'web-form no-status-history on-hold 1']);
    const runs = measureHistory({ format: 'zendesk', files: zendesk }, viewWith({}), { asOfMs: AS_OF }, new HistoryProblems());
    expect(runs.pauses.map((p) => `${p.channel} ${p.kind} ${p.status} ${p.tickets}`)).toEqual(['email helpdesk-paused pending 1', 'web-form helpdesk-paused pending 1']);
    expect(runs.pauses[0]!.message).toMatch(/^the helpdesk stopped its resolution clock while 1 ticket in zendesk-events\.json|^the helpdesk stopped its resolution clock while 1 ticket in zendesk-tickets/);
  });

  it('publishes the notes in the JSON report (valid against its schema) and the text report', () => {
    const measurement = measure(viewWith({ resolution: ['on-hold'] }), `id,channel,created,solved,tier\n1,email,2026-03-02T09:00:00Z,2026-03-02T16:00:00Z,standard\n`);
    const result = { measurement, export: { format: 'csv' as const, files: ['tickets.csv'] }, drift: [], backtest: null };
    const report = measureReport(result);
    expect(report.pauses).toHaveLength(1);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(measureJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
    expect(measureStylish(result)).toContain('Paused clocks:\n  email: async-sla stops the resolution clock while a ticket is on-hold');
  });
});

describe('the SLA clock with pauses', () => {
  const clock = new SlaClock(exampleMeasureView().channels.find((c) => c.name === 'email')!.clock);
  const T0 = Date.parse('2026-03-02T00:00:00Z');
  const span = fc.tuple(fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 0, max: 12 * 60 }), fc.constantFrom<WaitingStatus>('pending', 'on-hold'));

  it('never counts more with pauses than without, and a pause in a status not declared changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 0, max: 48 * 60 }), fc.array(span, { maxLength: 4 }), (from, length, raw) => {
        let at = T0 + from * 60_000;
        const pauses: Pause[] = raw.map(([gap, len, status]) => {
          const p = { fromMs: at + gap * 60_000, toMs: at + (gap + len) * 60_000, status };
          at = p.toMs;
          return p;
        });
        const a = T0 + from * 60_000;
        const b = a + length * 60_000;
        const whole = clock.elapsedMs(a, b);
        expect(clock.elapsedMs(a, b, pauses, ['pending', 'on-hold'])).toBeLessThanOrEqual(whole);
        expect(clock.elapsedMs(a, b, pauses, ['pending'])).toBeGreaterThanOrEqual(clock.elapsedMs(a, b, pauses, ['pending', 'on-hold']));
        expect(clock.elapsedMs(a, b, pauses.filter((p) => p.status === 'on-hold'), ['pending'])).toBe(whole);
        expect(clock.elapsedMs(a, b, pauses, [])).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });
});
