/** Builds one channel's disclosure in one language: the sentences and data the Markdown, HTML and JSON all show. */
import { PAUSABLE_METRICS } from '../../schema/kinds/channels.js';
import { cmp } from '../../values/order.js';
import type { Entity, Model } from '../../model/model.js';
import { isValidTimeZone } from '../../time/zone.js';
import { slaPolicyOf } from '../../model/queries.js';
import { WINDOW_DAYS } from '../artifact.js';
import { header } from '../shared-shapes.js';
import { clockOf, tiersOf, wordingOf, type ClockView } from '../sla-views.js';
import { dateWords, dayNumber, formatDay } from '../words/date-words.js';
import { hoursInZone, zoneLabel, type DateWindow } from '../words/zone-words.js';
import { spansOf } from '../words/week-runs.js';
import { dateSpansInZone } from '../words/dated-hours.js';
import { joinWith } from '../words/lists.js';
import { DEFAULT_LOCALE, isMultilingual, PhraseBook } from '../locale/catalogs.js';
import { channelWords, tierWords } from '../locale/policy-words.js';
import type { Phrases } from '../locale/phrases.js';
import { DISCLOSURE_SCHEMA, type Disclosure } from './disclosure-shape.js';
import { upcomingChanges } from './disclosure-upcoming.js';
import { notLiveNotice, pauseSentence, tierSentence, title, urgentSentence, type PausedWhileWaiting } from './disclosure-sentences.js';

function inWindow(date: string, window: DateWindow): boolean {
  const d = dayNumber(date) - dayNumber(window.from);
  return d >= 0 && d < window.days;
}

/** The zones a channel restates its hours in: its customers' zones other than the clock's own. */
function customerZones(channel: Entity<'Channel'>, clock: ClockView | undefined): string[] {
  if (!clock?.week || !clock.timeZone) return [];
  return (channel.spec.customerTimeZones ?? []).filter((z) => z !== clock.timeZone && isValidTimeZone(z));
}

function datedHours(model: Model, clock: ClockView, zones: string[], window: DateWindow, p: Phrases): Pick<Disclosure, 'holidays' | 'specialHours'> {
  const schedule = clock.schedule ? model.find('Schedule', clock.schedule) : undefined;
  if (!schedule || !isValidTimeZone(schedule.spec.timeZone)) return { holidays: [], specialHours: [] };
  const source = schedule.spec.timeZone;
  const closedWords = p.say('hours.closed');
  const holidays = (schedule.spec.holidays ?? [])
    .filter((h) => inWindow(h.date, window))
    .sort((a, b) => cmp(a.date, b.date))
    .map((h) => ({ date: h.date, name: h.name, hours: closedWords, text: p.say('holiday.text', { name: h.name, date: dateWords(h.date, true, p) }) }));
  const closed = new Set(holidays.map((h) => h.date));
  const specialHours = (schedule.spec.overrides ?? [])
    .filter((o) => inWindow(o.date, window) && !closed.has(o.date))
    .sort((a, b) => cmp(a.date, b.date))
    .map((o) => {
      const spans = spansOf(o.hours);
      const inZone = (hours: string, zone: string) => p.say('hours.inZone', { week: hours, zone });
      const hours = spans.length ? inZone(dateSpansInZone(o.date, spans, source, source, p), zoneLabel(source, p)) : closedWords;
      // The same hours in each customer zone, converted on that date (its offset, its clock changes).
      const elsewhere = spans.length ? zones.map((z) => ({ timeZone: z, label: zoneLabel(z, p), hours: dateSpansInZone(o.date, spans, source, z, p) })) : [];
      const name = o.name ?? p.say('special.unnamed');
      const all = joinWith([hours, ...elsewhere.map((z) => inZone(z.hours, z.label))], 'list.semicolon', p);
      return { date: o.date, name, hours, customerTimeZones: elsewhere, text: p.say('special.text', { name, date: dateWords(o.date, true, p), hours: all }) };
    });
  return { holidays, specialHours };
}

/** The published clocks the policy stops while a ticket is pending or on hold (a clock no tier targets is not published). */
function pausedWhileWaiting(policy: Entity<'SlaPolicy'> | undefined): PausedWhileWaiting {
  const declared = policy?.spec.pausedWhile ?? {};
  const tiers = policy?.spec.tiers ?? [];
  const stopped = (status: 'pending' | 'on-hold') => PAUSABLE_METRICS.filter((m) => declared[m]?.includes(status) && tiers.some((t) => t[m] !== undefined));
  return { pending: stopped('pending'), onHold: stopped('on-hold') };
}

/** Where the channel sends urgent cases, with how fast that channel answers; null without an urgent path. */
function urgentPath(model: Model, channel: Entity<'Channel'>, p: Phrases): Disclosure['urgent'] {
  const name = channel.spec.urgentPath;
  if (!name) return null;
  const target = model.find('Channel', name);
  const words = target ? channelWords(target, p.locale) : undefined;
  const targetPolicy = target ? slaPolicyOf(model, target) : undefined;
  const targetClock = targetPolicy ? clockOf(model, targetPolicy, p) : undefined;
  const fastest = targetPolicy && targetClock ? tiersOf(targetPolicy, targetClock, p)[0] : undefined;
  const wording = targetPolicy ? wordingOf(targetPolicy) : 'share';
  const urgentTarget = target && words ? { channel: target, ...words } : undefined;
  return {
    channel: name,
    displayName: words?.displayName ?? name,
    location: words?.location ?? '',
    url: target?.spec.entryPoint.url ?? null,
    text: urgentSentence(urgentTarget, name, fastest, targetClock, wording, p),
  };
}

/**
 * The disclosure in `locale` with its upcoming changes: the version in force on `asOf`, and what
 * later revisions change in it (none listed without `withUpcoming`). Undefined when a word or message of that language is missing
 * (missing-translation reports it): a language is written whole or not at all.
 */
export function buildDisclosure(model: Model, channel: Entity<'Channel'>, policyHash: string, asOf: string, locale = DEFAULT_LOCALE, book = new PhraseBook(), withUpcoming = true): Disclosure | undefined {
  const p = book.get(locale);
  const missingBefore = p.misses;
  let incomplete = false;
  const build = (version: Model) => {
    const entity = version.find('Channel', channel.name);
    const built = entity ? disclosureOf(version, entity, policyHash, asOf, p) : undefined;
    if (entity && !built) incomplete = true;
    return built;
  };
  const current = disclosureOf(model, channel, policyHash, asOf, p);
  if (!current) return undefined;
  if (!withUpcoming) return p.misses > missingBefore ? undefined : current;
  const disclosure = { ...current, upcoming: upcomingChanges(model, channel.name, asOf, WINDOW_DAYS, build, current, p) };
  return incomplete || p.misses > missingBefore ? undefined : disclosure;
}

function disclosureOf(model: Model, channel: Entity<'Channel'>, policyHash: string, asOf: string, p: Phrases): Disclosure | undefined {
  const spec = channel.spec;
  const words = channelWords(channel, p.locale);
  const window: DateWindow = { from: asOf, days: WINDOW_DAYS };
  const policy = slaPolicyOf(model, channel);
  const clock = policy ? clockOf(model, policy, p) : undefined;
  const tiers = policy && clock ? tiersOf(policy, clock, p) : [];
  const wording = policy ? wordingOf(policy) : 'share';
  const tierTexts = tiers.map((t) => tierWords(policy!.spec.tiers.find((x) => x.name === t.name)!, p.locale));
  const urgent = spec.urgentPath ? model.find('Channel', spec.urgentPath) : undefined;
  if (!words || tierTexts.some((t) => !t) || (urgent && !channelWords(urgent, p.locale))) return undefined;
  const notLive = spec.mode === 'async' && spec.looksLive;
  const name = words.displayName;
  const zones = customerZones(channel, clock);
  const paused = pausedWhileWaiting(policy);
  return {
    ...header(DISCLOSURE_SCHEMA, policyHash),
    ...(isMultilingual(channel) ? { locale: p.locale } : {}),
    channel: channel.name,
    displayName: name,
    mode: spec.mode,
    medium: spec.medium,
    looksLive: spec.looksLive,
    notLive,
    title: title(channel, name, notLive, tiers, clock, wording, p),
    notice: notLive ? notLiveNotice(channel, tiers, clock, wording, p) : null,
    urgent: urgentPath(model, channel, p),
    clock: clock ? { kind: clock.kind, schedule: clock.schedule, timeZone: clock.timeZone, hours: clock.hours } : null,
    promiseWording: policy ? wording : null,
    tiers: clock ? tiers.map((t, i) => ({ ...t, description: tierTexts[i]!.description, title: tierTexts[i]!.title, sentence: tierSentence(channel, t, tierTexts[i]!.description, clock, wording, p) })) : [],
    pausedWhileWaiting: paused,
    pauses: clock ? pauseSentence(paused, p) : null,
    hours: clock?.hours ?? null,
    customerTimeZones: zones.map((z) => hoursInZone(clock!.week!, clock!.timeZone!, z, window, p)),
    ...(clock ? datedHours(model, clock, zones, window, p) : { holidays: [], specialHours: [] }),
    upcoming: [],
    window: { from: asOf, to: formatDay(dayNumber(asOf) + WINDOW_DAYS - 1) },
  };
}
