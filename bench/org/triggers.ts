// Escalation triggers, about thirteen per desk: outages to the incident rota (calendar time),
// security reports and upset customers (the SLA clock), refund disputes and the specialist
// family's own topics (the specialists' hours). Two route urgent tickets with a window longer
// than the urgent tier's first response: honest warnings.
import type { Doc } from './documents.js';
import { channelNames, DESKS_PER_SET, slaNames, TRIGGERS_PER_SET, type Desk, type Plan } from './plan.js';
import { specialistTeam, tagName } from './tags.js';

const FAMILY_TOPICS: Record<string, string[]> = {
  'billing-specialist': ['invoice', 'chargeback', 'tax', 'payment-method', 'plan-change', 'seat', 'licence'],
  'identity-specialist': ['sign-in', 'password', 'mfa', 'sso', 'permissions', 'invite', 'audit-log'],
  'product-specialist': ['dashboard', 'report', 'filter', 'search', 'calendar', 'reminder', 'export'],
  'integrations-specialist': ['webhook', 'api-key', 'rate-limit', 'sync', 'import', 'timeout'],
  'platform-specialist': ['crash', 'slow', 'upload', 'storage-quota', 'migration', 'setup'],
};

/** Specialist escalations count their window in the desk's specialists' own hours. */
const specialistHours = (desk: Desk) => `${specialistTeam(desk)}-hours`;

function fixedTrigger(desk: Desk, t: number): Doc {
  const sync = channelNames(desk).sync;
  const clock = slaNames(desk.set).clock;
  const tag = (topic: string, aspect: string) => tagName(desk, topic, aspect);
  switch (t) {
    case 0:
      return { kind: 'EscalationTrigger', name: `${desk.name}-outage`, spec: {
        condition: `An outage or data loss in ${desk.label} affecting 10 or more customers.`,
        when: { match: 'all', tags: [tag('data-loss', 'error')], conditions: [{ field: 'affected_customers', op: '>=', value: 10 }] },
        tier: 'urgent', routeTo: 'incident-engineer', within: '15m', syncChannel: sync, notify: ['Status page owner', 'Head of support'],
      } };
    case 1:
      return { kind: 'EscalationTrigger', name: `${desk.name}-security`, spec: {
        condition: `A suspected account compromise or data exposure in ${desk.label}.`,
        when: { match: 'any', tags: [tag('sign-in', 'error'), tag('audit-log', 'bug'), tag('permissions', 'bug')] },
        tier: 'urgent', routeTo: 'security-specialist', within: '1h', schedule: clock, syncChannel: sync, notify: ['Security on-call'],
      } };
    case 2:
      return { kind: 'EscalationTrigger', name: `${desk.name}-refund-dispute`, spec: {
        condition: 'A refund of 500 EUR or more, or one the customer disputes.',
        when: { match: 'all', tags: [tag('refund', 'request')], conditions: [{ field: 'refund_amount', op: '>=', value: 500 }] },
        tier: 'high', routeTo: desk.family.role, within: '4h', schedule: specialistHours(desk), syncChannel: sync,
      } };
    default:
      return { kind: 'EscalationTrigger', name: `${desk.name}-upset-customer`, spec: {
        condition: 'The customer is upset, or the thread has gone back and forth three times without progress.',
        when: { match: 'any', conditions: [{ field: 'sentiment', op: '=', value: 'negative' }, { field: 'reply_count', op: '>=', value: 6 }] },
        tier: 'high', routeTo: 'support-lead', within: '4h', schedule: clock, syncChannel: sync,
      } };
  }
}

function topicTrigger(desk: Desk, t: number): Doc {
  const topics = FAMILY_TOPICS[desk.family.role]!;
  const topic = topics[(t - 4) % topics.length]!;
  const aspect = Math.floor((t - 4) / topics.length) % 2 === 0 ? 'error' : 'bug';
  // Two desks escalate one topic as urgent but give the specialists two business hours.
  const tooSlow = t === 5 && (desk.index % DESKS_PER_SET === 3 || desk.index % DESKS_PER_SET === 12);
  return { kind: 'EscalationTrigger', name: `${desk.name}-${topic}-${aspect}-escalation`, spec: {
    condition: `A ${topic.replace(/-/g, ' ')} ${aspect} in ${desk.label} that tier 1 cannot solve with the knowledge base.`,
    when: { match: 'any', tags: [tagName(desk, topic, aspect)] },
    tier: tooSlow ? 'urgent' : 'high', routeTo: desk.family.role, within: tooSlow ? '2h' : '4h', schedule: specialistHours(desk),
    syncChannel: channelNames(desk).sync,
  } };
}

/** Two hundred triggers per full set of desks, shared out over the desks in turn. */
export function triggers(org: Plan): Doc[] {
  const docs: Doc[] = [];
  for (const set of org.sets) {
    const desks = org.desks.filter((d) => d.set === set);
    const total = Math.round((TRIGGERS_PER_SET * desks.length) / DESKS_PER_SET);
    desks.forEach((desk, j) => {
      const count = Math.floor(total / desks.length) + (j < total % desks.length ? 1 : 0);
      for (let t = 0; t < count; t++) docs.push(t < 4 ? fixedTrigger(desk, t) : topicTrigger(desk, t));
    });
  }
  return docs;
}
