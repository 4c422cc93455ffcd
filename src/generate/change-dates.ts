/** The dates an artifact's "Upcoming changes" look at (docs/effective-dates.md). */
import type { Model } from '../model/model.js';
import { dayNumber } from './words/date-words.js';

/** The dates after `asOf`, and within `days` of it, on which some dated revision starts or stops. */
export function changeDatesAhead(model: Model, asOf: string, days: number): string[] {
  const end = dayNumber(asOf) + days;
  return model.timeline.dates.filter((date) => date > asOf && dayNumber(date) < end);
}
