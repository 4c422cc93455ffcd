/** Shared by the history and measure tests: the fixtures, a small policy set to measure against, and a read-all helper. */
import { join } from 'node:path';
import { HistoryProblems, readHistory, type HistorySource } from '../../src/history/read-history.js';
import type { HistoryFile } from '../../src/history/history-file.js';
import { historyFile } from '../../src/host/history-files.js';
import type { TicketRecord } from '../../src/history/ticket-record.js';
import { measureView, type MeasureView } from '../../src/measure/measure-view.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { REPO, toFiles } from '../helpers/policies.js';

export const FIXTURES = join(REPO, 'test', 'fixtures', 'history');
export const fileAt = (path: string, name: string): HistoryFile => historyFile(path, name);
export const fixture = (name: string): HistoryFile => fileAt(join(FIXTURES, name), name);

export function readAll(source: HistorySource, strict = false): { records: TicketRecord[]; problems: HistoryProblems } {
  const problems = new HistoryProblems(strict);
  const records: TicketRecord[] = [];
  readHistory(source, problems, (r) => records.push(r));
  return { records, problems };
}

const SCHEDULE = `apiVersion: supportops/v1
kind: Schedule
metadata: { name: office }
spec:
  timeZone: Europe/London
  weekly: { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"] }
`;
const SLA = `apiVersion: supportops/v1
kind: SlaPolicy
metadata: { name: async-sla }
spec:
  clock: business
  schedule: office
  pausedWhile: { resolution: [pending] }
  tiers:
    - { name: urgent, priority: 1, description: Outages., acknowledge: 15m, firstResponse: 90% within 1h, nextResponse: 90% within 2h, resolution: { median: 8h, p90: 1d } }
    - { name: high, priority: 2, description: Blocked., firstResponse: 90% within 4h, nextResponse: 90% within 8h, resolution: { median: 1d, p90: 3d } }
    - { name: standard, priority: 3, description: Questions., firstResponse: 90% within 24h, nextResponse: 90% within 1d, resolution: { median: 3d, p90: 10d } }
---
apiVersion: supportops/v1
kind: SlaPolicy
metadata: { name: emergency-sla }
spec:
  clock: calendar
  tiers:
    - { name: urgent, priority: 1, description: Emergencies., firstResponse: 90% within 1h }
`;
const channel = (name: string, medium: string, sla: string, demand = '') => `apiVersion: supportops/v1
kind: Channel
metadata: { name: ${name} }
spec:
  mode: async
  medium: ${medium}
  looksLive: false
  purpose: Tickets.
  allowedUses: [Anything]
  entryPoint: { location: Somewhere, showsResponseTime: true }
  slaPolicy: ${sla}
${demand}`;
const TAGS = ['outage:urgent', 'refund:high', 'how-to:standard', 'account-access:high', 'billing:standard']
  .map((t) => {
    const [name, tier] = t.split(':');
    return `apiVersion: supportops/v1\nkind: Tag\nmetadata: { name: ${name} }\nspec: { meaning: Something., owner: agents, defaultTier: ${tier} }\n`;
  })
  .join('---\n');

export const MEASURE_POLICIES: Record<string, string> = {
  'schedule.yaml': SCHEDULE,
  'sla.yaml': SLA,
  'channels.yaml': [
    channel('email', 'email', 'async-sla', '  demand: { ticketsPerDay: 2, tierMix: { urgent: 10%, high: 30%, standard: 60% }, profile: { timeZone: Europe/London } }\n'),
    channel('web-form', 'web-form', 'async-sla'),
    channel('whatsapp', 'messaging', 'emergency-sla'),
  ].join('---\n'),
  'tags.yaml': TAGS,
};

export function exampleMeasureView(): MeasureView {
  return measureView(validatePolicies(toFiles(MEASURE_POLICIES)).model);
}
