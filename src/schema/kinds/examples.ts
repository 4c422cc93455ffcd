/**
 * One valid `spec` per kind: the example editors show for the whole spec. The json-schema test
 * validates every example against its own schema, so these cannot drift into nonsense.
 */
import type { WrittenSpecs } from './written-specs.js';

export const SPEC_EXAMPLES: WrittenSpecs = {
  Schedule: {
    timeZone: 'Europe/London',
    weekly: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] },
    holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
  },
  Role: { category: 'specialist', description: 'Handles refunds, invoices and payment failures.' },
  Team: { role: 'billing-specialist', schedule: 'emea-hours', headcount: 4, shrinkage: '30%', occupancy: '85%', handleTime: '12m', channels: ['email'] },
  Channel: {
    mode: 'async', medium: 'email', looksLive: false, purpose: 'Anything that needs tracking.', allowedUses: ['Questions', 'Billing'],
    entryPoint: { location: 'support@example.com', showsResponseTime: true }, slaPolicy: 'email-sla',
  },
  SlaPolicy: {
    clock: 'business', schedule: 'emea-hours',
    tiers: [{ name: 'urgent', priority: 1, description: 'Outage or security issue.', acknowledge: '15m', firstResponse: '90% within 1h' }],
  },
  Tag: { meaning: 'The customer was charged but the payment did not go through.', owner: 'billing-specialists', defaultTier: 'high' },
  EscalationTrigger: {
    condition: 'An outage affecting 10 or more customers.', when: { match: 'any', tags: ['outage'] },
    tier: 'urgent', routeTo: 'incident-engineer', within: '30m', syncChannel: 'phone',
  },
  Template: { purpose: 'intake', sections: [{ heading: 'Summary', required: true }, { heading: 'What I tried' }] },
  KnowledgeBase: {
    namingPattern: 'KB - {Category} - {Topic}', reviewCadence: 'monthly',
    articles: [{ title: 'KB - Troubleshooting - Password Reset', owner: 'knowledge-owner', tags: ['account-access'], lastReviewed: '2026-10-01' }],
  },
  AiGuardrails: {
    allowedTasks: [{ task: 'suggest-tags' }], humanReview: ['refund'], citeKnowledgeBase: true, sayUnknown: true,
    qaRubric: [{ criterion: 'Accuracy', weight: '60%' }, { criterion: 'Empathy', weight: '40%' }],
  },
  MetricTargets: { reviewCadence: ['monthly'], targets: [{ metric: 'csat', target: '90%', direction: 'at-least' }] },
};
