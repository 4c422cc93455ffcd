// The shape of the benchmark organisation at a scale: product desks, each with four channels and
// six teams, grouped in sets of fifteen that share three SLA policies, an SLA clock and ten
// global teams (incident rota, security, knowledge, QA, leads). Scale 1 is one set; scale 2 two.
import { between, seeded } from './random.js';
import { AMERICAS, APAC, EMEA, INDIA, type Office } from './zones.js';

/** The date every figure is measured against: holidays and review dates follow from it. */
export const AS_OF = '2026-11-23';

export const DESKS_PER_SET = 15;
export const TAGS_PER_DESK = 200;
export const TRIGGERS_PER_SET = 200;
export const ARTICLES_PER_SET = 5000;
export const ARTICLES_PER_KNOWLEDGE_BASE = 500;

/** Desk names in an order where desk i belongs to specialist family i mod 5. */
const DESK_NAMES = [
  'billing', 'identity', 'analytics', 'integrations', 'mobile',
  'invoicing', 'accounts', 'reporting', 'api', 'storage',
  'marketplace', 'compliance', 'scheduling', 'messaging', 'onboarding',
];

export const FAMILIES = [
  { role: 'billing-specialist', what: 'invoices, refunds, tax and payment failures' },
  { role: 'identity-specialist', what: 'sign-in, single sign-on, permissions and account ownership' },
  { role: 'product-specialist', what: 'reports, dashboards and scheduling bugs' },
  { role: 'integrations-specialist', what: 'APIs, webhooks and connected apps' },
  { role: 'platform-specialist', what: 'the mobile apps, storage and workspace set-up' },
] as const;

export interface SlaSet {
  index: number;
  /** '' for the first set, '-2', '-3', … after it. */
  suffix: string;
}

export interface Desk {
  index: number;
  name: string;
  /** Capitalised, for text. */
  label: string;
  set: SlaSet;
  family: (typeof FAMILIES)[number];
  emea: Office;
  americas: Office;
  apac: Office;
  india: Office;
  sync: 'chat' | 'phone';
  /** Relative size of the desk: volumes and headcounts scale with it. */
  size: number;
}

export interface Plan {
  scale: number;
  sets: SlaSet[];
  desks: Desk[];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Scale 1 is fifteen desks; any positive scale gives round(15 × scale) desks, at least one. */
export function plan(scale: number): Plan {
  if (!(scale > 0 && scale <= 20)) throw new Error(`scale must be above 0 and at most 20, not ${scale}`);
  const deskCount = Math.max(1, Math.round(DESKS_PER_SET * scale));
  const sets = Array.from({ length: Math.ceil(deskCount / DESKS_PER_SET) }, (_, index) => ({ index, suffix: index === 0 ? '' : `-${index + 1}` }));
  const desks = Array.from({ length: deskCount }, (_, index): Desk => {
    const set = sets[Math.floor(index / DESKS_PER_SET)]!;
    const base = DESK_NAMES[index % DESKS_PER_SET]!;
    const name = `${base}${set.suffix}`;
    return {
      index, name, label: `${capitalise(base)}${set.suffix ? ` ${set.index + 1}` : ''}`, set,
      family: FAMILIES[index % FAMILIES.length]!,
      emea: EMEA[index % EMEA.length]!,
      americas: AMERICAS[index % AMERICAS.length]!,
      apac: APAC[index % APAC.length]!,
      india: INDIA,
      sync: index % 5 === 4 ? 'phone' : 'chat',
      size: Number(between(seeded(`desk/${name}`), 0.6, 1.4).toFixed(2)),
    };
  });
  return { scale, sets, desks };
}

/** The desk's four channels: three async, one sync (live chat, or a phone line on platform desks). */
export function channelNames(desk: Desk) {
  return { email: `${desk.name}-email`, webForm: `${desk.name}-web-form`, messenger: `${desk.name}-messenger`, sync: `${desk.name}-${desk.sync}` };
}

export const slaNames = (set: SlaSet) => ({
  async: `async-sla${set.suffix}`, chat: `live-chat-sla${set.suffix}`, phone: `phone-sla${set.suffix}`, clock: `sla-hours${set.suffix}`,
});
