// Each desk's four channels with their demand, and the three SLA policies of each set.
import type { Doc } from './documents.js';
import { channelNames, slaNames, type Desk, type SlaSet } from './plan.js';
import { between, seeded } from './random.js';

export interface Volumes {
  email: number;
  webForm: number;
  messenger: number;
  sync: number;
}

export function volumes(desk: Desk): Volumes {
  const s = desk.size;
  return { email: Math.round(240 * s), webForm: Math.round(120 * s), messenger: Math.round(160 * s), sync: Math.round((desk.sync === 'chat' ? 300 : 40) * s) };
}

const OFFICE_DAY = [2, 2, 2, 3, 4, 5, 6, 8, 10, 10, 10, 9, 8, 9, 10, 10, 9, 8, 7, 6, 5, 4, 3, 2];
const IN_APP = [1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 8, 7, 7, 7, 6, 5, 4, 3, 2, 2, 1, 1, 1];
const WEEKEND_EVENING = [1, 1, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 7, 6, 4, 2];
/** Live chat is offered 08:00–18:00 London time on weekdays, as its SLA clock. */
export const CHAT_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 8, 10, 10, 10, 9, 10, 10, 10, 9, 8, 0, 0, 0, 0, 0, 0];

const growth = (desk: Desk, channel: string) => `${Math.round(between(seeded(`growth/${desk.name}/${channel}`), 5, 20))}%`;

function asyncChannel(desk: Desk, name: string, medium: string, perDay: number, extra: Record<string, unknown>): Doc {
  const names = channelNames(desk);
  const sla = slaNames(desk.set);
  return {
    kind: 'Channel',
    name,
    spec: {
      mode: 'async',
      medium,
      ...extra,
      slaPolicy: sla.async,
      customerTimeZones: [desk.americas.zone, desk.apac.zone],
      urgentPath: names.sync,
      demand: {
        ticketsPerDay: perDay,
        tierMix: medium === 'email' ? { urgent: '3%', high: '22%', standard: '75%' } : medium === 'web-form' ? { urgent: '2%', high: '18%', standard: '80%' } : { urgent: '1%', high: '14%', standard: '85%' },
        growth: growth(desk, medium),
        profile: medium === 'messaging'
          ? { timeZone: desk.emea.zone, days: { sat: 0.3, sun: 0.3 }, hours: IN_APP, weekdayHours: { sat: WEEKEND_EVENING, sun: WEEKEND_EVENING } }
          : { timeZone: medium === 'email' ? desk.emea.zone : desk.americas.zone, days: { sat: 0.25, sun: 0.2 }, ...(medium === 'email' ? { hours: OFFICE_DAY } : {}) },
      },
    },
  };
}

function syncChannel(desk: Desk, perDay: number): Doc {
  const names = channelNames(desk);
  const sla = slaNames(desk.set);
  const chat = desk.sync === 'chat';
  return {
    kind: 'Channel',
    name: names.sync,
    spec: {
      mode: 'sync',
      medium: chat ? 'chat' : 'phone',
      displayName: chat ? `${desk.label} live chat` : `${desk.label} urgent line`,
      looksLive: true,
      purpose: chat ? `Real-time help with ${desk.label} during London office hours.` : `Outages of ${desk.label}, answered around the clock.`,
      allowedUses: chat ? ['Quick clarifications', 'Walking through a setting together'] : ['Outages affecting your team', 'Data that seems to be missing'],
      notFor: [chat ? 'Anything that needs a record — use email' : 'Billing or how-to questions — use email'],
      entryPoint: { location: chat ? `Chat button in the ${desk.label} help centre` : `+44 20 7946 ${String(1000 + desk.index).slice(-4)} (on the status page)`, showsResponseTime: true },
      slaPolicy: chat ? sla.chat : sla.phone,
      demand: chat
        ? { ticketsPerDay: perDay, tierMix: { live: '100%' }, profile: { timeZone: 'Europe/London', days: { sat: 0, sun: 0 }, hours: CHAT_HOURS } }
        : { ticketsPerDay: perDay, tierMix: { 'live-call': '100%' } },
    },
  };
}

export function deskChannels(desk: Desk): Doc[] {
  const names = channelNames(desk);
  const v = volumes(desk);
  const uses = ['Account and billing questions', 'Bug reports with details', 'Refund requests'];
  return [
    asyncChannel(desk, names.email, 'email', v.email, {
      displayName: `${desk.label} email support`, looksLive: false, purpose: `Anything about ${desk.label} that needs tracking, a record or attachments.`,
      allowedUses: uses, notFor: ['Outages affecting your team right now — use the urgent path'],
      entryPoint: { location: `${desk.name}@support.example.com`, showsResponseTime: true },
    }),
    asyncChannel(desk, names.webForm, 'web-form', v.webForm, {
      displayName: `${desk.label} contact form`, looksLive: false, purpose: `Structured ${desk.label} requests, with the intake fields asked up front.`,
      allowedUses: ['Bug reports', 'Billing questions', 'Feature requests'],
      entryPoint: { location: `${desk.label} help centre contact form`, url: `https://help.example.com/${desk.name}/contact`, showsResponseTime: true },
    }),
    asyncChannel(desk, names.messenger, 'messaging', v.messenger, {
      displayName: `${desk.label} in-app messenger`, looksLive: true, purpose: `Quick ${desk.label} questions from inside the product; replies arrive in the app and by email.`,
      allowedUses: ['Quick how-to questions', 'Clarifications on an open ticket'], notFor: ['Refunds — use email so we can keep a record'],
      entryPoint: { location: `Messenger bubble in the ${desk.label} app`, showsResponseTime: true },
    }),
    syncChannel(desk, v.sync),
  ];
}

const ASYNC_TIERS = [
  { name: 'urgent', priority: 1, description: 'Outage, data loss or a blocked payment.', acknowledge: '95% within 15m', firstResponse: '90% within 1h', nextResponse: '90% within 2h', resolution: { median: '8h', p90: '1d' } },
  { name: 'high', priority: 2, description: 'A customer is blocked, or money is involved.', acknowledge: '95% within 1h', firstResponse: '90% within 4h', nextResponse: '90% within 8h', resolution: { median: '1d', p90: '3d' } },
  { name: 'standard', priority: 3, description: 'Questions, how-tos and non-blocking bugs.', acknowledge: '95% within 4h', firstResponse: '90% within 24h', nextResponse: '90% within 1d', resolution: { median: '3d', p90: '10d' } },
];

/** The set's policies; the urgent lines' only when a desk of the set has one. */
export function slaPolicies(set: SlaSet, phoneLines: boolean): Doc[] {
  const sla = slaNames(set);
  const policies: Doc[] = [
    { kind: 'SlaPolicy', name: sla.async, spec: { clock: 'business', schedule: sla.clock, tiers: ASYNC_TIERS } },
    {
      kind: 'SlaPolicy', name: sla.chat,
      spec: { clock: 'business', schedule: sla.clock, tiers: [{ name: 'live', priority: 1, description: 'Every chat while the chat is open.', firstResponse: '80% within 2m', nextResponse: '90% within 3m' }] },
    },
    {
      kind: 'SlaPolicy', name: sla.phone,
      spec: { clock: 'calendar', tiers: [{ name: 'live-call', priority: 1, description: 'A call to an urgent line.', firstResponse: '80% within 1m' }] },
    },
  ];
  return phoneLines ? policies : policies.slice(0, 2);
}
