/**
 * Weekly hours in plain words: "Monday–Friday 08:00–18:00", "Monday–Friday 09:00–12:30 and
 * 13:30–18:00; Saturday 10:00–14:00", "around the clock, every day". Hours are merged first
 * (week-runs.ts). A span shorter than a day stays on the day it starts, so an overnight
 * shift reads "22:00–06:00 (next day)" (docs/domain.md, Time rules), and so does one whole day ("Friday
 * 00:00–24:00"); anything longer names both ends: "Friday 17:00 to Saturday 19:00".
 */
import { formatLocalTime } from '../../values/wall-clock.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { joinAnd, joinWith } from './lists.js';
import { DAY, isAroundTheClock, normalizeWeek, type Span, type WeekHours } from './week-runs.js';

/** "08:00–18:00", "22:00–06:00 (next day)", "08:00–24:00": a span shorter than a day. */
export function spanWords(span: Span, p: Phrases = ENGLISH): string {
  const next = span.end > DAY;
  return p.say('week.span', { start: formatLocalTime(span.start), end: formatLocalTime(next ? span.end - DAY : span.end), next: next ? 'yes' : 'no' });
}

/**
 * "Friday 17:00 to Saturday 19:00", "Monday 00:00 to Friday 24:00": a span of a day or more
 * starting on `day`. An end at midnight is the previous day's 24:00, as schedules write it.
 */
export function longSpanWords(day: number, span: Span, p: Phrases = ENGLISH): string {
  const end = day * DAY + span.end;
  const endDay = end % DAY === 0 ? end / DAY - 1 : Math.floor(end / DAY);
  return p.say('week.longSpan', {
    startDay: p.weekday(day),
    start: formatLocalTime(span.start),
    following: endDay - day >= 7 ? 'yes' : 'no',
    endDay: p.weekday(endDay % 7),
    end: formatLocalTime(end - endDay * DAY),
  });
}

/** "Monday–Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "Sunday–Thursday", "every day". */
export function daysWords(days: readonly number[], p: Phrases = ENGLISH): string {
  const member = Array.from({ length: 7 }, (_, i) => days.includes(i));
  if (member.every(Boolean)) return p.say('days.every');
  const runs: [number, number][] = [];
  // Walk the week as a circle, starting each run where the previous day is not a member.
  for (let i = 0; i < 7; i++) {
    if (!member[i] || member[(i + 6) % 7]) continue;
    let j = i;
    while (member[(j + 1) % 7]) j++;
    runs.push([i, j - i + 1]);
  }
  // One run of two reads "Saturday and Sunday"; among several runs, short ones list their days.
  const words = runs.flatMap(([start, length]) => {
    const name = (k: number) => p.weekday((start + k) % 7);
    if (length >= 3) return [p.say('days.run', { first: name(0), last: name(length - 1) })];
    if (length === 2 && runs.length === 1) return [p.say('days.pair', { first: name(0), second: name(1) })];
    return Array.from({ length }, (_, k) => name(k));
  });
  return joinAnd(words, p);
}

/**
 * A span that reads on its own day ("22:00–06:00 (next day)", "00:00–24:00"): shorter than a
 * day, or exactly that day's 00:00–24:00. Anything else names both ends (longSpanWords), here
 * and wherever else spans are worded (dated hours, coverage gaps).
 */
export function withinDay(s: Span): boolean {
  return s.end - s.start < DAY || (s.start === 0 && s.end === DAY);
}

/** The whole week in words; "closed" when no day has hours. */
export function weekWords(week: WeekHours, p: Phrases = ENGLISH): string {
  if (isAroundTheClock(week)) return p.say('hours.aroundTheClock');
  // Days with the same short spans share one item; each long span is an item of its own.
  const items: { day: number; start: number; text?: string; key?: string }[] = [];
  const groups = new Map<string, number[]>();
  normalizeWeek(week).forEach((spans, day) => {
    const short = spans.filter(withinDay);
    for (const s of spans) if (!withinDay(s)) items.push({ day, start: s.start, text: longSpanWords(day, s, p) });
    if (short.length === 0) return;
    const key = joinWith(short.map((s) => spanWords(s, p)), 'week.spansAnd', p);
    if (!groups.has(key)) items.push({ day, start: short[0]!.start, key });
    groups.set(key, [...(groups.get(key) ?? []), day]);
  });
  if (items.length === 0) return p.say('hours.closed');
  const sorted = items.sort((a, b) => a.day - b.day || a.start - b.start);
  return joinWith(sorted.map((item) => item.text ?? p.say('week.days', { days: daysWords(groups.get(item.key!)!, p), spans: item.key! })), 'list.semicolon', p);
}
