// Two hundred tags per desk: forty topics × five kinds of request. Specialist topics that need
// investigation are owned by the desk's specialist team; the rest by the tier-1 role.
import type { Doc } from './documents.js';
import { FAMILIES, TAGS_PER_DESK, type Desk } from './plan.js';

export const TOPICS = [
  'sign-in', 'password', 'mfa', 'sso', 'permissions', 'invite', 'seat', 'licence', 'plan-change', 'invoice',
  'refund', 'chargeback', 'tax', 'receipt', 'payment-method', 'export', 'import', 'sync', 'webhook', 'api-key',
  'rate-limit', 'timeout', 'crash', 'slow', 'data-loss', 'duplicate', 'migration', 'setup', 'configuration', 'notification',
  'search', 'filter', 'dashboard', 'report', 'calendar', 'reminder', 'upload', 'storage-quota', 'audit-log', 'retention',
] as const;
export const ASPECTS = ['question', 'how-to', 'bug', 'error', 'request'] as const;

/** Topics each specialist family investigates (in FAMILIES order). */
const SPECIALIST_TOPICS: readonly (readonly string[])[] = [
  ['invoice', 'refund', 'chargeback', 'tax', 'receipt', 'payment-method', 'plan-change', 'seat', 'licence'],
  ['sign-in', 'password', 'mfa', 'sso', 'permissions', 'invite', 'audit-log'],
  ['dashboard', 'report', 'filter', 'search', 'calendar', 'reminder', 'export'],
  ['webhook', 'api-key', 'rate-limit', 'sync', 'import', 'timeout'],
  ['crash', 'slow', 'upload', 'storage-quota', 'migration', 'setup'],
];
/** Topics that need a person to review anything AI drafts. */
export const SENSITIVE_TOPICS = new Set(['refund', 'chargeback', 'data-loss']);
const URGENT_TOPICS = new Set(['data-loss', 'crash', 'timeout']);
const HIGH_TOPICS = new Set(['refund', 'chargeback', 'sign-in', 'password', 'mfa', 'sso', 'payment-method', 'data-loss', 'crash']);

const FIELDS: Record<string, string[]> = {
  invoice: ['Invoice number'], refund: ['Invoice number', 'Reason for the refund'], chargeback: ['Invoice number', 'Date of the charge'],
  tax: ['Invoice number', 'Tax ID'], receipt: ['Invoice number'], 'payment-method': ['Last four digits of the card'],
  'sign-in': ['Account email', 'Workspace name'], password: ['Account email'], mfa: ['Account email', 'Device used'], sso: ['Identity provider', 'Workspace name'],
  webhook: ['Request ID', 'Endpoint'], 'api-key': ['Key prefix'], 'rate-limit': ['Request ID', 'Endpoint'],
  'data-loss': ['What is missing', 'When it was last seen'], crash: ['App version', 'Device and operating system'],
};
const ASPECT_FIELDS: Record<(typeof ASPECTS)[number], string[]> = {
  question: [], 'how-to': ['What you are trying to do'], bug: ['Steps to reproduce', 'Expected vs actual'],
  error: ['The error message shown', 'When it started'], request: ['What you would like to change'],
};
const MEANINGS: Record<(typeof ASPECTS)[number], (topic: string, desk: string) => string> = {
  question: (t, d) => `The customer asks a question about ${t} in ${d}.`,
  'how-to': (t, d) => `The customer asks how to do something with ${t} that ${d} already supports.`,
  bug: (t, d) => `Something about ${t} in ${d} does not behave as documented.`,
  error: (t, d) => `The customer sees an error with ${t} in ${d}.`,
  request: (t, d) => `The customer asks for a change to ${t} in ${d}.`,
};

export const tagName = (desk: Desk, topic: string, aspect: string) => `${desk.name}-${topic}-${aspect}`;

export function specialistTeam(desk: Desk): string {
  return `${desk.name}-specialists-${desk.emea.city}`;
}

/** Investigations (bugs, errors, requests) on the family's topics go to the desk's specialists. */
export function isSpecialistTag(desk: Desk, topic: string, aspect: string): boolean {
  const family = FAMILIES.indexOf(desk.family);
  return SPECIALIST_TOPICS[family]!.includes(topic) && aspect !== 'question' && aspect !== 'how-to';
}

export function tierOf(topic: string, aspect: string): 'urgent' | 'high' | 'standard' {
  if (URGENT_TOPICS.has(topic) && aspect === 'error') return 'urgent';
  return HIGH_TOPICS.has(topic) ? 'high' : 'standard';
}

export function deskTags(desk: Desk): Doc[] {
  const docs: Doc[] = [];
  for (const topic of TOPICS) {
    for (const aspect of ASPECTS) {
      const words = topic.replace(/-/g, ' ');
      const fields = [...(FIELDS[topic] ?? []), ...ASPECT_FIELDS[aspect]];
      docs.push({
        kind: 'Tag',
        name: tagName(desk, topic, aspect),
        spec: {
          meaning: MEANINGS[aspect](words, desk.label),
          owner: isSpecialistTag(desk, topic, aspect) ? specialistTeam(desk) : 'tier1-agent',
          defaultTier: tierOf(topic, aspect),
          ...(fields.length ? { requiredFields: fields } : {}),
        },
      });
    }
  }
  if (docs.length !== TAGS_PER_DESK) throw new Error(`expected ${TAGS_PER_DESK} tags per desk, made ${docs.length}`);
  return docs;
}
