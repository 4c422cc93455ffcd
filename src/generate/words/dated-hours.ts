/**
 * One date's hours (a date override such as Christmas Eve) restated in another time zone.
 * Each span is converted through the real instants of that date, so the offset is the one
 * in force that day; a span that lands on another local date names that date.
 */
import { DAY_MS, MINUTE_MS } from '../../time/civil.js';
import { formatLocalTime } from '../../values/wall-clock.js';
import { getZone } from '../../time/zone.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { dateWords, dayNumber, formatDay } from './date-words.js';
import { joinWith } from './lists.js';
import { weekRuns, type Span } from './week-runs.js';
import { spanWords, withinDay } from './weekly-hours.js';

/** The date's spans with touching ones read as one. */
function merged(spans: readonly Span[]): Span[] {
  return weekRuns([[...spans], [], [], [], [], [], []]).map(([start, end]) => ({ start, end }));
}

/**
 * "03:00–08:00", "19:00–21:00 on Wednesday 23 December 2026", "22:00–02:00 (next day)":
 * spans of `date` in `source`'s wall-clock time, as `target`'s wall-clock time.
 */
export function dateSpansInZone(date: string, spans: readonly Span[], source: string, target: string, p: Phrases = ENGLISH): string {
  const from = getZone(source);
  const to = getZone(target);
  const day = dayNumber(date);
  const words = merged(spans).map((span) => {
      const start = to.toLocalMs(from.fromLocalMs(day * DAY_MS + span.start * MINUTE_MS));
      const end = to.toLocalMs(from.fromLocalMs(day * DAY_MS + span.end * MINUTE_MS));
      const startDay = Math.floor(start / DAY_MS);
      const local = { start: (start - startDay * DAY_MS) / MINUTE_MS, end: (end - startDay * DAY_MS) / MINUTE_MS };
      if (!withinDay(local)) {
        // A day or more (other than that date's 00:00–24:00): both ends with their dates, never "19:00–19:00 (next day)".
        const endDay = Math.floor((end - 1) / DAY_MS);
        return p.say('dated.long', {
          from: dateWords(formatDay(startDay), true, p),
          start: formatLocalTime(local.start),
          to: dateWords(formatDay(endDay), true, p),
          end: formatLocalTime((end - endDay * DAY_MS) / MINUTE_MS),
        });
      }
      const hours = spanWords(local, p);
      return startDay === day ? hours : p.say('dated.otherDay', { hours, date: dateWords(formatDay(startDay), true, p) });
    });
  return joinWith(words, 'week.spansAnd', p);
}
