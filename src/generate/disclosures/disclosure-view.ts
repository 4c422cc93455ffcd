/** Builds one channel's disclosure: the sentences and data the Markdown, HTML and JSON all show. */
import { cmp } from '../../values/order.js';
import type { Entity, Model } from '../../model/model.js';
import { isValidTimeZone } from '../../time/zone.js';
import { slaPolicyOf } from '../../model/queries.js';
import { displayName } from '../routing-guide/routing-guide-view.js';
import { WINDOW_DAYS } from '../artifact.js';
import { header } from '../shared-shapes.js';
import { clockOf, tiersOf, wordingOf, type ClockView } from '../sla-views.js';
import { dateWords, dayNumber, formatDay } from '../words/date-words.js';
import { hoursInZone, zoneLabel, type DateWindow } from '../words/zone-words.js';
import { spansOf } from '../words/week-runs.js';
import { dateSpansInZone } from '../words/dated-hours.js';
import { DISCLOSURE_SCHEMA, type Disclosure } from './disclosure-shape.js';
import { upcomingChanges } from './disclosure-upcoming.js';
import { notLiveNotice, pauseSentence, tierSentence, tierTitle, title, urgentSentence, type PausedMetric, type PausedWhileWaiting } from './disclosure-sentences.js';

function inWindow(date: string, window: DateWindow): boolean {
  const d = dayNumber(date) - dayNumber(window.from);
  return d >= 0 && d < window.days;
}

/** The zones a channel restates its hours in: its customers' zones other than the clock's own. */
function customerZones(channel: Entity<'Channel'>, clock: ClockView | undefined): string[] {
  if (!clock?.week || !clock.timeZone) return [];
  return (channel.spec.customerTimeZones ?? []).filter((z) => z !== clock.timeZone && isValidTimeZone(z));
}

function datedHours(model: Model, clock: ClockView, zones: string[], window: DateWindow): Pick<Disclosure, 'holidays' | 'specialHours'> {
  const schedule = clock.schedule ? model.find('Schedule', clock.schedule) : undefined;
  if (!schedule || !isValidTimeZone(schedule.spec.timeZone)) return { holidays: [], specialHours: [] };
  const source = schedule.spec.timeZone;
  const holidays = (schedule.spec.holidays ?? [])
    .filter((h) => inWindow(h.date, window))
    .sort((a, b) => cmp(a.date, b.date))
    .map((h) => ({ date: h.date, name: h.name, hours: 'closed', text: `${h.name}, ${dateWords(h.date, true)}` }));
  const closed = new Set(holidays.map((h) => h.date));
  const specialHours = (schedule.spec.overrides ?? [])
    .filter((o) => inWindow(o.date, window) && !closed.has(o.date))
    .sort((a, b) => cmp(a.date, b.date))
    .map((o) => {
      const spans = spansOf(o.hours);
      const hours = spans.length ? `${dateSpansInZone(o.date, spans, source, source)} ${zoneLabel(source)}` : 'closed';
      // The same hours in each customer zone, converted on that date (its offset, its clock changes).
      const elsewhere = spans.length ? zones.map((z) => ({ timeZone: z, label: zoneLabel(z), hours: dateSpansInZone(o.date, spans, source, z) })) : [];
      const name = o.name ?? 'Different hours';
      const all = [hours, ...elsewhere.map((z) => `${z.hours} ${z.label}`)].join('; ');
      return { date: o.date, name, hours, customerTimeZones: elsewhere, text: `${name}, ${dateWords(o.date, true)}: ${all}` };
    });
  return { holidays, specialHours };
}

const PAUSED_ORDER: readonly PausedMetric[] = ['firstResponse', 'nextResponse', 'resolution'];

/** The published clocks the policy stops while a ticket is pending or on hold (a clock no tier targets is not published). */
function pausedWhileWaiting(policy: Entity<'SlaPolicy'> | undefined): PausedWhileWaiting {
  const declared = policy?.spec.pausedWhile ?? {};
  const tiers = policy?.spec.tiers ?? [];
  const stopped = (status: 'pending' | 'on-hold') => PAUSED_ORDER.filter((m) => declared[m]?.includes(status) && tiers.some((t) => t[m] !== undefined));
  return { pending: stopped('pending'), onHold: stopped('on-hold') };
}

/** Where the channel sends urgent cases, with how fast that channel answers; null without an urgent path. */
function urgentPath(model: Model, channel: Entity<'Channel'>): Disclosure['urgent'] {
  const name = channel.spec.urgentPath;
  if (!name) return null;
  const target = model.find('Channel', name);
  const targetPolicy = target ? slaPolicyOf(model, target) : undefined;
  const targetClock = targetPolicy ? clockOf(model, targetPolicy) : undefined;
  const fastest = targetPolicy && targetClock ? tiersOf(targetPolicy, targetClock)[0] : undefined;
  const wording = targetPolicy ? wordingOf(targetPolicy) : 'share';
  return {
    channel: name,
    displayName: target ? displayName(target) : name,
    location: target?.spec.entryPoint.location ?? '',
    url: target?.spec.entryPoint.url ?? null,
    text: urgentSentence(target, name, fastest, targetClock, wording),
  };
}

/** The disclosure with its upcoming changes: the version in force on `asOf`, and what later revisions change in it. */
export function buildDisclosure(model: Model, channel: Entity<'Channel'>, policyHash: string, asOf: string): Disclosure {
  const build = (version: Model) => {
    const entity = version.find('Channel', channel.name);
    return entity ? disclosureOf(version, entity, policyHash, asOf) : undefined;
  };
  return { ...disclosureOf(model, channel, policyHash, asOf), upcoming: upcomingChanges(model, channel.name, asOf, WINDOW_DAYS, build) };
}

function disclosureOf(model: Model, channel: Entity<'Channel'>, policyHash: string, asOf: string): Disclosure {
  const spec = channel.spec;
  const window: DateWindow = { from: asOf, days: WINDOW_DAYS };
  const policy = slaPolicyOf(model, channel);
  const clock = policy ? clockOf(model, policy) : undefined;
  const tiers = policy && clock ? tiersOf(policy, clock) : [];
  const wording = policy ? wordingOf(policy) : 'share';
  const notLive = spec.mode === 'async' && spec.looksLive;
  const name = displayName(channel);
  const urgent = urgentPath(model, channel);
  const zones = customerZones(channel, clock);
  const paused = pausedWhileWaiting(policy);
  return {
    ...header(DISCLOSURE_SCHEMA, policyHash),
    channel: channel.name,
    displayName: name,
    mode: spec.mode,
    medium: spec.medium,
    looksLive: spec.looksLive,
    notLive,
    title: title(channel, name, notLive, tiers, clock, wording),
    notice: notLive ? notLiveNotice(channel, tiers, clock, wording) : null,
    urgent,
    clock: clock ? { kind: clock.kind, schedule: clock.schedule, timeZone: clock.timeZone, hours: clock.hours } : null,
    promiseWording: policy ? wording : null,
    tiers: clock ? tiers.map((t) => ({ ...t, title: tierTitle(t.name), sentence: tierSentence(channel, t, clock, wording) })) : [],
    pausedWhileWaiting: paused,
    pauses: clock ? pauseSentence(paused) : null,
    hours: clock?.hours ?? null,
    customerTimeZones: zones.map((z) => hoursInZone(clock!.week!, clock!.timeZone!, z, window)),
    ...(clock ? datedHours(model, clock, zones, window) : { holidays: [], specialHours: [] }),
    upcoming: [],
    window: { from: asOf, to: formatDay(dayNumber(asOf) + WINDOW_DAYS - 1) },
  };
}
