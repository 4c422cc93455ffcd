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

/** Each dated change as one change carrying its date. */
function flatten(dated: readonly DatedChange[]): Change[] {
  return dated.flatMap(({ date, changes }) => changes.map((c) => ({ ...c, from: date })));
}

/**
 * What a change does to the dated changes still to come after `asOf`: each one the head plans and
 * the base did not, with its date, and each one the base planned that the head no longer does on
 * that date (a revision removed or moved: a moved one shows as both).
 */
export function compareDatedChanges(base: Model, head: Model, asOf: string): Change[] {
  const key = (c: Change) => JSON.stringify([c.from, c.category, c.subject, c.before, c.after, c.message]);
  const before = flatten(datedChanges(base, asOf));
  const after = flatten(datedChanges(head, asOf));
  const planned = new Set(before.map(key));
  const kept = new Set(after.map(key));
  const added = after.filter((c) => !planned.has(key(c))).map((c) => ({ ...c, message: `From ${c.from}: ${c.message}` }));
  // Calling off a planned change is for a reviewer to see, whatever the change was.
  const dropped = before
    .filter((c) => !kept.has(key(c)))
    .map((c): Change => ({ ...c, severity: 'notable', message: `No longer planned from ${c.from}: ${c.message}` }));
  return [...added, ...dropped];
}
