/** Each helpdesk's paused clocks against the policy's pausedWhile: the metric that matches, or a located lossy finding. */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/helpdesk/target.js';
import { edit } from '../helpers/policies.js';
import { EXAMPLE, exportOf } from './helpers.js';

const ASYNC = 'sla/async-sla.yaml';
const declared = (line: string) => edit(EXAMPLE, ASYNC, '  pausedWhile: { resolution: [pending] }\n  tiers:\n    - name: urgent\n      priority: 1\n      description: Outage', `${line}  tiers:\n    - name: urgent\n      priority: 1\n      description: Outage`);
const resolutionMetrics = (set = EXAMPLE) => {
  const policy = exportOf('zendesk', set).exported.objects.find((o) => o.key === 'sla_policy/async-sla')!;
  return [...new Set((policy.payload.policy_metrics as JsonObject[]).map((m) => m.metric).filter((m) => m !== 'first_reply_time' && m !== 'next_reply_time'))];
};
const pauseFindings = (target: 'zendesk' | 'freshdesk' | 'zammad', set = EXAMPLE) => exportOf(target, set).findings.filter((f) => f.includes("SLA policy 'async-sla'") && / stops? the /.test(f));

describe('Zendesk', () => {
  it('picks the resolution metric that stops where the policy does', () => {
    expect(resolutionMetrics()).toEqual(['requester_wait_time']);
    expect(resolutionMetrics(declared('  pausedWhile: { resolution: [pending, on-hold] }\n'))).toEqual(['agent_work_time']);
    expect(resolutionMetrics(declared(''))).toEqual(['total_resolution_time']);
    expect(pauseFindings('zendesk')).toEqual([]);
  });

  it('says where no metric can: resolution paused only on hold, a paused next reply', () => {
    expect(resolutionMetrics(declared('  pausedWhile: { resolution: [on-hold], nextResponse: [pending] }\n'))).toEqual(['total_resolution_time']);
    expect(pauseFindings('zendesk', declared('  pausedWhile: { resolution: [on-hold], nextResponse: [pending] }\n'))).toEqual([
      "helpdesk-lossy sla/async-sla.yaml:10:30 info Zendesk cannot stop the resolution clock while a ticket is on-hold (its total_resolution_time): it counts that time, which SLA policy 'async-sla' leaves out, so Zendesk's attainment is stricter than the policy.",
      "helpdesk-lossy sla/async-sla.yaml:10:55 info Zendesk cannot stop the next-response clock while a ticket is pending: it counts that time, which SLA policy 'async-sla' leaves out, so Zendesk's attainment is stricter than the policy.",
    ]);
  });
});

describe('Freshdesk and Zammad', () => {
  it('warn where the helpdesk holds a clock the policy runs: pending holds every timer', () => {
    expect(pauseFindings('freshdesk')).toEqual([
      "helpdesk-lossy sla/async-sla.yaml:7:3 warn Freshdesk stops the first-response clock while a ticket is pending (Pending holds every SLA timer), and SLA policy 'async-sla' does not, so Freshdesk reports as met what the policy does not promise. Add pending to pausedWhile.firstResponse if that is the promise, or change Freshdesk's settings.",
    ]);
    expect(pauseFindings('zammad').map((f) => f.replace(/ \(.*/, ''))).toEqual([
      'helpdesk-lossy sla/async-sla.yaml:7:3 warn Zammad stops the first-response clock while a ticket is pending',
      'helpdesk-lossy sla/async-sla.yaml:7:3 warn Zammad stops the next-response clock while a ticket is pending',
    ]);
  });

  it('say an on-hold pause needs what the export does not make', () => {
    const onHold = declared('  pausedWhile: { resolution: [pending, on-hold] }\n');
    expect(pauseFindings('freshdesk', onHold).filter((f) => f.includes('resolution'))).toEqual([
      'helpdesk-lossy sla/async-sla.yaml:10:30 info Freshdesk cannot stop the resolution clock while a ticket is on-hold (Pending holds every SLA timer; on hold needs a custom status with "SLA timer on hold"): it counts that time, which SLA policy \'async-sla\' leaves out, so Freshdesk\'s attainment is stricter than the policy.',
    ]);
  });
});
