/** Durations and targets in plain words, as customers and agents read them, in a locale's catalog. */
import type { ClockKind, Target } from '../../values/targets.js';
import { ENGLISH, type MessageId, type Phrases } from '../locale/phrases.js';
import { businessDays } from './business-days.js';

export type { ClockKind };

/** A unit a duration is said in, as one number of it. */
export interface DurationUnit {
  unit: 'second' | 'minute' | 'hour' | 'day' | 'businessMinute' | 'businessHour' | 'businessDay';
  n: number;
}

/** "4 business hours", "1 Stunde": `n` of `unit`, by the locale's plural rule. */
export function unitWords({ unit, n }: DurationUnit, p: Phrases = ENGLISH): string {
  return p.say(`duration.${unit}` as MessageId, { n, count: p.number(n) });
}

function compound(parts: string[], p: Phrases): string {
  return parts.reduce((first, second) => p.say('duration.compound', { first, second }));
}

/** 5400 → "1 hour 30 minutes"; 86400 → "1 day" (only on the calendar clock, where a day is 24 hours). */
export function plainDuration(seconds: number, allowDays = true, p: Phrases = ENGLISH): string {
  if (seconds < 60) return unitWords({ unit: 'second', n: seconds }, p);
  if (allowDays && seconds % 86400 === 0) return unitWords({ unit: 'day', n: seconds / 86400 }, p);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts: DurationUnit[] = [];
  if (hours) parts.push({ unit: 'hour', n: hours });
  if (minutes) parts.push({ unit: 'minute', n: minutes });
  if (rest) parts.push({ unit: 'second', n: rest });
  return compound(parts.map((u) => unitWords(u, p)), p);
}

/**
 * The one unit a duration reads in, when it reads in one ("4 business hours", "2 days"); undefined
 * for a compound ("1 hour 30 minutes"). Business days as durationWords explains.
 */
export function durationUnit(seconds: number, clock: ClockKind, days?: readonly number[] | null): DurationUnit | undefined {
  if (clock === 'calendar') {
    if (seconds < 60) return { unit: 'second', n: seconds };
    if (seconds % 86400 === 0) return { unit: 'day', n: seconds / 86400 };
    if (seconds % 3600 === 0) return { unit: 'hour', n: seconds / 3600 };
    return seconds < 3600 && seconds % 60 === 0 ? { unit: 'minute', n: seconds / 60 } : undefined;
  }
  const n = days ? businessDays(seconds, days) : undefined;
  if (n !== undefined) return { unit: 'businessDay', n };
  if (seconds > 0 && seconds % 3600 === 0) return { unit: 'businessHour', n: seconds / 3600 };
  if (seconds > 0 && seconds < 3600 && seconds % 60 === 0) return { unit: 'businessMinute', n: seconds / 60 };
  return undefined;
}

/**
 * A duration on a clock. Business time always says so: "15 business minutes", "4 business
 * hours", "1 hour 30 minutes of business time". A policy "1d" on a business clock is 24 hours
 * of that clock, never "1 day": given the schedule's open seconds per open day (`days`), a full
 * working day or more reads in business days, rounded up (business-days.ts); "24 business hours"
 * on a 10-hour day reads "3 business days".
 */
export function durationWords(seconds: number, clock: ClockKind, days?: readonly number[] | null, p: Phrases = ENGLISH): string {
  if (clock === 'calendar') return plainDuration(seconds, true, p);
  const unit = durationUnit(seconds, clock, days);
  if (unit) return unitWords(unit, p);
  return p.say('duration.businessTime', { time: plainDuration(seconds, false, p) });
}

export interface TargetWords {
  /** As written in the policy: "90% within 4h". */
  text: string;
  /** Share of tickets that must meet it, 0–1. */
  share: number;
  seconds: number;
  /** "4 business hours". */
  words: string;
}

/** A tier's target in words, on the clock it counts (its policy's), with the schedule's open days for business days. */
export function targetWords(target: Target, clock: ClockKind, days?: readonly number[] | null, p: Phrases = ENGLISH): TargetWords {
  return { text: target.text, share: target.share, seconds: target.seconds, words: durationWords(target.seconds, target.clock ?? clock, days, p) };
}

/** "90%" for 0.9 ("90 %" in German); whole numbers when they are whole, otherwise up to two decimals. */
export function percentWords(share: number, p: Phrases = ENGLISH): string {
  return p.percent(share);
}

/** "90% within 4 business hours", or "within 15 minutes" when every ticket must meet it: for agents, with no hedge. */
export function shareWithin(t: { share: number; words: string }): string {
  return t.share < 1 ? `${percentWords(t.share)} within ${t.words}` : `within ${t.words}`;
}
