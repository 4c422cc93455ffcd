/** Durations and targets in plain words, as customers and agents read them. */
import type { ClockKind, Target } from '../../values/targets.js';
import { businessDays } from './business-days.js';
import { plural } from './lists.js';

export type { ClockKind };

/** 5400 → "1 hour 30 minutes"; 86400 → "1 day" (only on the calendar clock, where a day is 24 hours). */
export function plainDuration(seconds: number, allowDays = true): string {
  if (seconds < 60) return plural(seconds, 'second');
  if (allowDays && seconds % 86400 === 0) return plural(seconds / 86400, 'day');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return [hours ? plural(hours, 'hour') : '', minutes ? plural(minutes, 'minute') : '', rest ? plural(rest, 'second') : ''].filter(Boolean).join(' ');
}

/**
 * A duration on a clock. Business time always says so: "15 business minutes", "4 business
 * hours", "1 hour 30 minutes of business time". A policy "1d" on a business clock is 24 hours
 * of that clock, never "1 day": given the schedule's open seconds per open day (`days`), a full
 * working day or more reads in business days, rounded up (business-days.ts); "24 business hours"
 * on a 10-hour day reads "3 business days".
 */
export function durationWords(seconds: number, clock: ClockKind, days?: readonly number[] | null): string {
  if (clock === 'calendar') return plainDuration(seconds);
  const n = days ? businessDays(seconds, days) : undefined;
  if (n !== undefined) return plural(n, 'business day');
  if (seconds > 0 && seconds % 3600 === 0) return plural(seconds / 3600, 'business hour');
  if (seconds > 0 && seconds < 3600 && seconds % 60 === 0) return plural(seconds / 60, 'business minute');
  return `${plainDuration(seconds, false)} of business time`;
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
export function targetWords(target: Target, clock: ClockKind, days?: readonly number[] | null): TargetWords {
  return { text: target.text, share: target.share, seconds: target.seconds, words: durationWords(target.seconds, target.clock ?? clock, days) };
}

/** "90%" for 0.9; whole numbers when they are whole, otherwise up to two decimals. */
export function percentWords(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** "90% within 4 business hours", or "within 15 minutes" when every ticket must meet it: for agents, with no hedge. */
export function shareWithin(t: { share: number; words: string }): string {
  return t.share < 1 ? `${percentWords(t.share)} within ${t.words}` : `within ${t.words}`;
}
