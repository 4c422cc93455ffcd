import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS } from '../../src/history/json-pages.js';
import { getZone } from '../../src/time/zone.js';
import { fixture, readAll } from './helpers.js';

const at = (iso: string) => Date.parse(iso);

describe('generic CSV reader', () => {
  it('reads every documented column and reports each bad row at its line', () => {
    const { records, problems } = readAll({ format: 'csv', files: [fixture('generic.csv')] });
    expect(records.map((r) => r.id)).toEqual(['1', '2']);
    const first = records[0]!;
    expect(first).toMatchObject({ channel: 'email', medium: 'email', priority: 'urgent', priorityRank: 1, tags: ['outage'], status: 'solved', handleSeconds: 1200 });
    expect(first.acknowledgedMs).toBe(at('2026-03-02T09:05:00Z'));
    expect(first.pauses).toEqual([{ fromMs: at('2026-03-02T09:40:00Z'), toMs: at('2026-03-02T14:00:00Z'), status: 'pending' }]);
    expect(first.statusHistory).toEqual(['pending', 'on-hold']);
    expect(first.nextResponses).toEqual([{ requestedMs: at('2026-03-02T14:00:00Z'), respondedMs: at('2026-03-02T15:00:00Z') }]);
    expect(problems.diagnostics().map((d) => [d.location.start.line, d.ruleId])).toEqual([
      [4, 'history-timestamp-without-zone'],
      [5, 'history-response-before-creation'],
      [6, 'history-duplicate-id'],
      [7, 'history-malformed-row'],
    ]);
    expect(problems.skipped).toBe(4);
    expect(problems.read).toBe(2);
  });

  it('reads zone-less timestamps in the declared zone, on the time engine (New York is UTC-5 on 2 March)', () => {
    const { records, problems } = readAll({ format: 'csv', files: [fixture('generic.csv')], zone: getZone('America/New_York') });
    expect(records.find((r) => r.id === '3')!.createdMs).toBe(at('2026-03-02T16:00:00Z'));
    // Offsets written in the file still win over the declared zone.
    expect(records.find((r) => r.id === '1')!.createdMs).toBe(at('2026-03-02T09:00:00Z'));
    expect(problems.counts.get('timestamp-without-zone')).toBeUndefined();
  });

  it('renames columns by the mapping, and says which required column is missing', () => {
    const { problems } = readAll({ format: 'csv', files: [fixture('generic.csv')], columns: { id: 'Ticket' } });
    expect(problems.diagnostics()[0]!.message).toContain('has no "Ticket" column');
  });

  it('stops at the first problem in strict mode, saying which', () => {
    const { records, problems } = readAll({ format: 'csv', files: [fixture('generic.csv')] }, true);
    expect(records).toHaveLength(2);
    expect(problems.stoppedBy?.ruleId).toBe('history-timestamp-without-zone');
  });

  it('finds a ticket repeated in another file of the same export', () => {
    const { records, problems } = readAll({ format: 'csv', files: [fixture('generic.csv'), { ...fixture('generic.csv'), name: 'again.csv' }] });
    expect(records.map((r) => r.id)).toEqual(['1', '2']);
    const again = problems.diagnostics().filter((d) => d.location.file === 'again.csv' && d.ruleId === 'history-duplicate-id');
    expect(again.map((d) => d.location.start.line)).toEqual([2, 3, 6]);
    expect(again[0]!.message).toBe('ticket 1 at line 2 was already read, earlier in this file or in another file of the export; only its first row is used. Remove the repeated row, or export each ticket once.');
  });

  it('reports a missing file instead of throwing', () => {
    const { problems } = readAll({ format: 'csv', files: [fixture('nothing-here.csv')] });
    expect(problems.summary()).toEqual([{ kind: 'unreadable-file', count: 1 }]);
  });
});

describe('Freshdesk CSV reader', () => {
  it('reads the export columns in the helpdesk zone', () => {
    const { records } = readAll({ format: 'freshdesk', files: [fixture('freshdesk-tickets.csv')], zone: getZone('America/New_York') });
    expect(records[0]).toMatchObject({ id: '201', channel: 'Email', medium: 'email', priorityRank: 2, status: 'solved', tags: ['refund'] });
    expect(records[0]!.createdMs).toBe(at('2026-03-02T14:00:00Z'));
    expect(records[1]).toMatchObject({ id: '202', medium: 'chat', priorityRank: 3, status: 'open' });
  });

  it('keeps its SLA status columns and tracked time', () => {
    const { records } = readAll({ format: 'freshdesk', files: [fixture('freshdesk-tickets.csv')], zone: getZone('America/New_York') });
    expect(records[0]).toMatchObject({ handleSeconds: 1200, vendor: { verdicts: { firstResponse: false, resolution: false } } });
    expect(records[1]!.vendor).toBeUndefined();
  });

  it('needs the zone: Freshdesk writes times without an offset', () => {
    const { records, problems } = readAll({ format: 'freshdesk', files: [fixture('freshdesk-tickets.csv')] });
    expect(records).toHaveLength(0);
    expect(problems.counts.get('timestamp-without-zone')).toBe(2);
  });
});

describe('Zendesk reader', () => {
  const files = { tickets: [fixture('zendesk-tickets-1.json'), fixture('zendesk-tickets-2.json')], events: [fixture('zendesk-events.json')], metrics: [fixture('zendesk-ticket-metrics.json')] };

  it('joins tickets with metric events, keeping the latest version of a ticket', () => {
    const { records, problems } = readAll({ format: 'zendesk', files });
    expect(problems.total).toBe(0);
    expect(records.map((r) => r.id)).toEqual(['101', '102', '103']);
    const [a, b, c] = records;
    expect(a).toMatchObject({ medium: 'email', priority: 'urgent', firstResponseMs: at('2026-03-02T09:45:00Z'), resolvedMs: at('2026-03-02T12:00:00Z') });
    expect(b).toMatchObject({ status: 'pending', pauses: [{ fromMs: at('2026-03-03T11:00:00Z') }] });
    expect(c!.nextResponses).toEqual([{ requestedMs: at('2026-03-05T12:00:00Z'), respondedMs: at('2026-03-06T15:00:00Z') }]);
    expect(c!.pauses).toEqual([{ fromMs: at('2026-03-05T10:00:00Z'), toMs: at('2026-03-05T12:00:00Z'), status: 'pending' }]);
    expect(c!.statusHistory).toEqual(['pending']);
    expect(a!.vendor?.sla).toEqual([{ metric: 'firstResponse', instance: 1, targetMinutes: 60, businessHours: true }]);
    expect(c!.vendor?.firstResponseMinutes).toEqual({ calendar: 2880, business: 960 });
  });

  it('says when pages come out of order, and still uses their tickets', () => {
    const { records, problems } = readAll({ format: 'zendesk', files: { ...files, tickets: [...files.tickets].reverse() } });
    expect(records).toHaveLength(3);
    expect(problems.summary()).toEqual([{ kind: 'pages-out-of-order', count: 1 }]);
    expect(problems.skipped).toBe(0);
  });

  it('refuses one record longer than any ticket needs, keeping the records before it, in bounded memory', () => {
    const huge = `{"tickets":[{"id":1,"created_at":"2026-03-02T09:00:00Z","via":{"channel":"email"}},{"id":2,"created_at":"2026-03-02T09:00:00Z","description":"${'x'.repeat(MAX_RECORD_CHARS + 262_144)}"}],"end_time":1}`;
    const bytes = new TextEncoder().encode(huge);
    const file = { name: 'huge.json', chunks: function* () { for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536); } };
    const { records, problems } = readAll({ format: 'zendesk', files: { tickets: [file] } });
    expect(records.map((r) => r.id)).toEqual(['1']);
    expect(problems.diagnostics().map((d) => [d.ruleId, d.location.pointer])).toEqual([['history-record-too-large', '/tickets/1']]);
  });

  it('keeps the records before a truncated page breaks off', () => {
    const { records, problems } = readAll({ format: 'zendesk', files: { tickets: [fixture('zendesk-tickets-truncated.json')] } });
    expect(records.map((r) => r.id)).toEqual(['101']);
    const d = problems.diagnostics()[0]!;
    expect([d.ruleId, d.location.pointer]).toEqual(['history-truncated-json', '/tickets/1']);
  });
});

describe('Zammad reader', () => {
  it('reads the ticket columns and association names', () => {
    const { records, problems } = readAll({ format: 'zammad', files: [fixture('zammad-tickets.json')] });
    expect(problems.total).toBe(0);
    expect(records[0]).toMatchObject({ id: '7', medium: 'email', priority: 'high', priorityRank: 2, status: 'closed', tags: ['account-access'], vendor: { firstResponseMinutes: { business: 90 } } });
    expect(records[1]).toMatchObject({ id: '8', medium: 'web-form', priorityRank: 3, status: 'open' });
  });
});
