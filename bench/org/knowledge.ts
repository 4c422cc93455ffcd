// Knowledge bases of five hundred articles each, about the desks' tags. A few articles are past
// their review date and two are named off the pattern: the warnings a real help centre has.
import type { Doc } from './documents.js';
import { ARTICLES_PER_KNOWLEDGE_BASE, ARTICLES_PER_SET, AS_OF, DESKS_PER_SET, type Desk, type Plan } from './plan.js';
import { integer, seeded } from './random.js';
import { isSpecialistTag, specialistTeam, tagName, TOPICS } from './tags.js';

const BASES = [
  'help-centre-en', 'help-centre-de', 'help-centre-fr', 'help-centre-es', 'help-centre-ja',
  'help-centre-pt', 'agent-playbooks', 'developer-docs', 'billing-handbook', 'security-handbook',
];
const QUARTERLY = new Set(['developer-docs', 'billing-handbook', 'security-handbook']);
const ASPECTS = ['how-to', 'question', 'error', 'bug'] as const;
const VARIANTS = ['', ' on Mobile', ' for Admins', ' in the API', ' for New Workspaces', ' After a Plan Change', ' with Single Sign-On', ' in Bulk'];
const BILLING = new Set(['invoice', 'refund', 'chargeback', 'tax', 'receipt', 'payment-method', 'plan-change', 'seat', 'licence']);
const ACCOUNT = new Set(['sign-in', 'password', 'mfa', 'sso', 'permissions', 'invite', 'audit-log']);

const words = (topic: string) => topic.split('-').map((w) => (w === 'mfa' || w === 'sso' || w === 'api' ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

function category(topic: string, aspect: (typeof ASPECTS)[number]): string {
  if (aspect === 'error' || aspect === 'bug') return 'Troubleshooting';
  if (aspect === 'how-to') return 'How-to';
  return BILLING.has(topic) ? 'Billing' : ACCOUNT.has(topic) ? 'Account' : 'Reference';
}

function topicTitle(topic: string, aspect: (typeof ASPECTS)[number], desk: Desk, variant: string): string {
  const verb = { 'how-to': 'Work with', question: 'About', error: 'Fix Errors with', bug: 'Known Issues with' }[aspect];
  return `${verb} ${words(topic)} in ${desk.label}${variant}`;
}

/**
 * Article g of a set is about one desk, topic, kind and variant, all different for every g below
 * desks × 1,280, so no two titles in a set are the same.
 */
function article(base: string, g: number, desks: Desk[], quarterly: boolean): Record<string, unknown> {
  const k = g % ARTICLES_PER_KNOWLEDGE_BASE;
  const j = Math.floor(g / ARTICLES_PER_KNOWLEDGE_BASE);
  const desk = desks[g % desks.length]!;
  const r = Math.floor(g / desks.length);
  const topic = TOPICS[r % TOPICS.length]!;
  const aspect = ASPECTS[Math.floor(r / TOPICS.length) % ASPECTS.length]!;
  const variant = VARIANTS[Math.floor(r / (TOPICS.length * ASPECTS.length)) % VARIANTS.length]!;
  const topicText = topicTitle(topic, aspect, desk, variant);
  // Two articles per set were written before the naming pattern; one in every other base is overdue.
  const misnamed = k === 100 && (j === 0 || j === 5);
  const overdue = k === 250 && j % 2 === 0;
  const cadenceDays = quarterly ? 91 : 30;
  const age = overdue ? cadenceDays + 14 : integer(seeded(`review/${base}/${k}`), 1, cadenceDays - 4);
  const tags = [tagName(desk, topic, aspect), ...(k % 3 === 0 ? [tagName(desk, topic, 'question')] : [])];
  return {
    title: misnamed ? `${topicText} (old format)` : `KB - ${category(topic, aspect)} - ${topicText}`,
    owner: isSpecialistTag(desk, topic, aspect) ? specialistTeam(desk) : 'knowledge-owner',
    tags: [...new Set(tags)],
    lastReviewed: daysBefore(AS_OF, age),
    url: `https://help.example.com/${base}/${desk.name}-${topic}-${aspect}-${k + 1}`,
  };
}

function knowledgeBase(name: string, j: number, desks: Desk[], count: number): Doc {
  const base = BASES[j % BASES.length]!;
  const quarterly = QUARTERLY.has(base);
  const articles = Array.from({ length: count }, (_, k) => article(name, j * ARTICLES_PER_KNOWLEDGE_BASE + k, desks, quarterly));
  const themes = articles.slice(0, 5).map((a) => ({ theme: (a.title as string).replace(/^KB - [^-]+ - /, ''), tags: [(a.tags as string[])[0]!] }));
  return {
    kind: 'KnowledgeBase',
    name,
    spec: {
      namingPattern: 'KB - {Category} - {Topic}',
      categories: ['Troubleshooting', 'How-to', 'Billing', 'Account', 'Reference'],
      reviewCadence: quarterly ? 'quarterly' : 'monthly',
      articles,
      decisions: [
        { date: '2026-03-02', decision: 'Every article names one owner, a team or a role.', why: 'Unowned articles went a year without review.', owner: 'support-lead' },
        { date: '2026-06-15', decision: 'Troubleshooting articles list the error message word for word.', why: 'Customers search by the message they see.', owner: 'knowledge-owner' },
        { date: '2026-09-14', decision: 'Billing articles are reviewed by a billing specialist.', why: 'Two articles quoted last year\'s prices.', owner: 'support-lead' },
        { date: '2026-10-05', decision: 'Screenshots are replaced by steps.', why: 'Screenshots went stale with every release.', owner: 'knowledge-owner' },
      ],
      topThemes: themes,
    },
  };
}

/** Five thousand articles per full set, in bases of five hundred. */
export function knowledgeBases(org: Plan): Doc[] {
  const docs: Doc[] = [];
  for (const set of org.sets) {
    const desks = org.desks.filter((d) => d.set === set);
    let left = Math.round((ARTICLES_PER_SET * desks.length) / DESKS_PER_SET);
    for (let j = 0; left > 0; j++) {
      const count = Math.min(ARTICLES_PER_KNOWLEDGE_BASE, left);
      docs.push(knowledgeBase(`${BASES[j % BASES.length]}${set.suffix}${j >= BASES.length ? `-${Math.floor(j / BASES.length) + 1}` : ''}`, j, desks, count));
      left -= count;
    }
  }
  return docs;
}
