/** What an SLA policy promises, in words: its clock (hours) and each tier's targets. */
import { cmp } from '../values/order.js';
import type { Entity, Model } from '../model/model.js';
import { isValidTimeZone } from '../time/zone.js';
import type { Tier } from '../model/typed-specs.js';
import type { Duration } from '../values/durations.js';
import { durationWords, targetWords, type ClockKind, type TargetWords } from './words/duration-words.js';
import { zoneLabel } from './words/zone-words.js';
import { isAroundTheClock, weekFromSpec, type WeekHours } from './words/week-runs.js';
import { openDaySeconds } from './words/business-days.js';
import type { PromiseWording } from './words/promise-words.js';
import { weekWords } from './words/weekly-hours.js';
import { ENGLISH, type Phrases } from './locale/phrases.js';

export interface ClockView {
  kind: ClockKind;
  /** The schedule a business clock counts; null for calendar time. */
  schedule: string | null;
  timeZone: string | null;
  /** "Monday–Friday 08:00–18:00 London time" or "around the clock, every day". */
  hours: string;
  /** The weekly hours, for restating them in other zones; null for calendar time. */
  week: WeekHours | null;
  /** Open seconds of each open weekday, for saying business time in business days; null for calendar time. */
  days: number[] | null;
}

export function scheduleHours(schedule: Entity<'Schedule'>, p: Phrases = ENGLISH): { hours: string; week: WeekHours } {
  const week = weekFromSpec(schedule.spec.weekly);
  if (isAroundTheClock(week)) return { hours: p.say('hours.aroundTheClock'), week };
  if (week.every((spans) => spans.length === 0)) return { hours: p.say('hours.none'), week };
  return { hours: p.say('hours.inZone', { week: weekWords(week, p), zone: zoneLabel(schedule.spec.timeZone, p) }), week };
}

export function clockOf(model: Model, policy: Entity<'SlaPolicy'>, p: Phrases = ENGLISH): ClockView {
  if (policy.spec.clock === 'calendar') return { kind: 'calendar', schedule: null, timeZone: null, hours: p.say('hours.aroundTheClock'), week: null, days: null };
  const schedule = policy.spec.schedule ? model.find('Schedule', policy.spec.schedule) : undefined;
  // Without its schedule (or a real zone) a business clock has no hours to state; rules report why.
  if (!schedule || !isValidTimeZone(schedule.spec.timeZone)) return { kind: 'business', schedule: policy.spec.schedule ?? null, timeZone: null, hours: p.say('hours.undefined'), week: null, days: null };
  const hours = scheduleHours(schedule, p);
  return { kind: 'business', schedule: schedule.name, timeZone: schedule.spec.timeZone, ...hours, days: openDaySeconds(hours.week) };
}

export interface DurationView {
  text: string;
  seconds: number;
  words: string;
}

export interface TierView {
  name: string;
  priority: number;
  description: string;
  acknowledge: TargetWords | null;
  firstResponse: TargetWords;
  nextResponse: TargetWords | null;
  resolution: { median: DurationView; p90: DurationView } | null;
}

export function durationView(duration: Duration, clock: ClockKind, days?: readonly number[] | null, p: Phrases = ENGLISH): DurationView {
  return { text: duration.text, seconds: duration.seconds, words: durationWords(duration.seconds, clock, days, p) };
}

export function tierView(tier: Tier, clock: Pick<ClockView, 'kind' | 'days'>, p: Phrases = ENGLISH): TierView {
  const { kind, days } = clock;
  return {
    name: tier.name,
    priority: tier.priority,
    description: tier.description,
    acknowledge: tier.acknowledge ? targetWords(tier.acknowledge, kind, days, p) : null,
    firstResponse: targetWords(tier.firstResponse, kind, days, p),
    nextResponse: tier.nextResponse ? targetWords(tier.nextResponse, kind, days, p) : null,
    resolution: tier.resolution ? { median: durationView(tier.resolution.median, kind, days, p), p90: durationView(tier.resolution.p90, kind, days, p) } : null,
  };
}

/** Tiers most urgent first; ties by name so the order never depends on the file. */
export function tiersOf(policy: Entity<'SlaPolicy'>, clock: Pick<ClockView, 'kind' | 'days'>, p: Phrases = ENGLISH): TierView[] {
  return [...policy.spec.tiers].sort((a, b) => a.priority - b.priority || cmp(a.name, b.name)).map((t) => tierView(t, clock, p));
}

/** How the policy's promises are worded for customers (docs/customer-text.md). */
export function wordingOf(policy: Entity<'SlaPolicy'>): PromiseWording {
  return policy.spec.promiseWording ?? 'share';
}
