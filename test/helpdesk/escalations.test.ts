/**
 * EscalationTriggers as Zendesk and Zammad triggers: tags matched as the policy matches them,
 * the tier's priority set once, the one team's group assigned (filled in at apply), and every
 * part a trigger cannot hold reported where it is written. Freshdesk reports each as not exported.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredObject, JsonObject, TargetName } from '../../src/helpdesk/target.js';
import { edit } from '../helpers/policies.js';
import { EXAMPLE, exportOf } from './helpers.js';

const escalation = (target: TargetName, name: string, set = EXAMPLE): DesiredObject | undefined =>
  exportOf(target, set).exported.objects.find((o) => o.key === `trigger/escalate-${name}`);
const findings = (target: TargetName, set = EXAMPLE) => exportOf(target, set).findings.filter((f) => f.includes('escalations.yaml'));

describe('escalations in Zendesk', () => {
  it('raise the priority of the tier and assign the one team in the role, once', () => {
    const payment = escalation('zendesk', 'payment-failure')!;
    expect(payment.payload.conditions).toEqual({
      all: [{ field: 'priority', operator: 'is_not', value: 'high' }],
      any: [{ field: 'current_tags', operator: 'includes', value: 'payment-failure' }],
    });
    expect(payment.payload.actions).toEqual([{ field: 'priority', value: 'high' }, { field: 'group_id', value: 0 }]);
    expect(payment.refs).toEqual({ '/actions/1/value': 'group/billing-specialists' });
    expect(payment.payload.description).toBe('supportops escalation payment-failure: A payment failed, or a customer was charged without access.\n[supportops:trigger/escalate-payment-failure]');
  });

  it('match all the tags when the policy matches all, and report the ticket-field conditions they drop', () => {
    const outage = escalation('zendesk', 'major-outage')!;
    expect((outage.payload.conditions as { all: JsonObject[] }).all).toEqual([
      { field: 'current_tags', operator: 'includes', value: 'outage' },
      { field: 'priority', operator: 'is_not', value: 'urgent' },
    ]);
    expect(findings('zendesk')).toContain("helpdesk-lossy routing/escalations.yaml:11:7 warn Zendesk holds no ticket field supportops can name for escalation 'major-outage' (affected_customers >= 10): the trigger checks the tags alone, so it escalates tickets the conditions would have left alone. Add those conditions to the trigger by hand.");
  });

  it('assign no group when several teams share the role, and say so', () => {
    expect(escalation('zendesk', 'security-incident')!.payload.actions).toEqual([{ field: 'priority', value: 'urgent' }]);
    expect(findings('zendesk')).toContain("helpdesk-lossy routing/escalations.yaml:28:12 warn A Zendesk trigger assigns one group, and role 'incident-engineer' has 3 teams (incident-london, incident-new-york, incident-singapore): escalation 'security-incident' sets the priority only. Route these tickets to the team on shift by hand (for example with one trigger per schedule).");
  });

  it('leave out an escalation selected by ticket fields only, and report what stays with the team', () => {
    expect(escalation('zendesk', 'upset-customer')).toBeUndefined();
    expect(findings('zendesk')).toContain("helpdesk-unsupported routing/escalations.yaml:55:5 warn Escalation 'upset-customer' selects tickets by ticket fields only (sentiment = negative, reply_count >= 6), which no Zendesk object supportops exports holds, so it is not exported. Add a tag for it, or build the trigger by hand.");
    expect(findings('zendesk')).toContain("helpdesk-lossy routing/escalations.yaml:44:11 info A Zendesk trigger only raises and routes, so for escalation 'payment-failure' watching the 2h pick-up window and moving urgent cases to live-chat stay with your team (an SLA target or an automation can watch the window).");
  });

  it('set no priority for a tier no exported SLA policy has, routing only', () => {
    const set = edit(EXAMPLE, 'routing/escalations.yaml', 'tier: high\n  routeTo: billing-specialist', 'tier: platinum\n  routeTo: billing-specialist');
    const payment = escalation('zendesk', 'payment-failure', set)!;
    expect(payment.payload.actions).toEqual([{ field: 'group_id', value: 0 }]);
    expect(payment.refs).toEqual({ '/actions/0/value': 'group/billing-specialists', '/conditions/all/0/value': 'group/billing-specialists' });
    expect(findings('zendesk', set).some((f) => f.includes("No SLA policy exported to Zendesk has a tier 'platinum'"))).toBe(true);
  });
});

describe('escalations in Zammad and Freshdesk', () => {
  it('Zammad: tags by contains one or contains all, priority by id, the group filled in at apply', () => {
    const payment = escalation('zammad', 'payment-failure')!;
    expect(payment.payload.condition).toEqual({
      'ticket.tags': { operator: 'contains one', value: 'payment-failure' },
      'ticket.priority_id': { operator: 'is not', value: ['2'] },
    });
    expect(payment.payload.perform).toEqual({ 'ticket.priority_id': { value: '2' }, 'ticket.group_id': { value: 0 } });
    expect(payment.refs).toEqual({ '/perform/ticket.group_id/value': 'group/billing-specialists' });
    expect((escalation('zammad', 'major-outage')!.payload.condition as JsonObject)['ticket.tags']).toEqual({ operator: 'contains all', value: 'outage' });
  });

  it('Freshdesk: each escalation is a finding saying what to set up by hand', () => {
    expect(exportOf('freshdesk').exported.objects.some((o) => o.key.includes('escalate'))).toBe(false);
    expect(findings('freshdesk')).toHaveLength(4);
    expect(findings('freshdesk')[0]).toMatch(/^helpdesk-unsupported routing\/escalations.yaml:6:3 warn supportops does not write Freshdesk automation rules, so escalation 'major-outage' is not exported/);
  });
});
