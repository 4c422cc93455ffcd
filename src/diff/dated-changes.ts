/**
 * What changes on each date a dated revision starts or stops (docs/effective-dates.md): the
 * version in force the day before compared with the version from that date, by the same
 * comparison as two commits. `change-notice` reads which of these make a promise worse;
 * `supportops diff` shows them with their dates.
 */
import { addDays } from '../values/calendar-dates.js';
import type { Model } from '../model/model.js';
import type { Change } from './change.js';
import { diffModels } from './diff-models.js';

export interface DatedChange {
  /** YYYY-MM-DD: the first date of the new version. */
  date: string;
  /** The version in force the day before, and from the date. */
  before: Model;
  after: Model;
  changes: Change[];
}

/** The changes on each date after `from` (and before `until`, when given) on which some revision starts or stops. */
export function datedChanges(model: Model, from: string, until?: string): DatedChange[] {
  const timeline = model.timeline;
  return timeline.dates
    .filter((date) => date > from && (until === undefined || date < until))
    .map((date) => {
      const before = timeline.at(addDays(date, -1));
      const after = timeline.at(date);
      return { date, before, after, changes: diffModels(before, after) };
    });
}
