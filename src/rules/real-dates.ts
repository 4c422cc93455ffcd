import { isRealDate } from '../values/calendar-dates.js';
import { defineRule } from './define-rule.js';
import { child, type Entity } from '../model/model.js';
import { unvalidatedValues, writtenValues, type WrittenValue } from '../model/written-values.js';

/** Shaped like a date: anything else is the schema's to report. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A valid schedule's dates written by hand, where they are written: `{ date, name }` entries and
 * `except:` items (the model holds holidays expanded; dates a calendar or file gives are real).
 */
function writtenHolidayDates(schedule: Entity<'Schedule'>): WrittenValue[] {
  const entries = (schedule.spec.holidays ?? []).filter((h) => !h.source).map((h) => ({ value: h.date, at: child(schedule.at, ...h.entry, 'date') }));
  const excepted = (schedule.spec.holidaySources ?? []).flatMap((s) => s.except.map((value, i) => ({ value, at: child(schedule.at, ...s.entry, 'except', i) })));
  return [...entries, ...excepted];
}

export default defineRule({
  id: 'real-dates',
  description: 'Every date is a real calendar date (2026-02-30 is not).',
  defaultSeverity: 'error',
  // Each date is judged on its own, so documents with schema errors are checked too.
  partialModel: true,
  check({ model, unvalidated }, report) {
    const dates = [
      ...writtenValues(model, unvalidated, 'Schedule', [['overrides', '*', 'date']]),
      ...model.schedules.flatMap(writtenHolidayDates),
      ...unvalidatedValues(unvalidated, 'Schedule', [['holidays', '*', 'date'], ['holidays', '*', 'except', '*'], ['holidays', 'except', '*']]),
      ...writtenValues(model, unvalidated, 'KnowledgeBase', [['articles', '*', 'lastReviewed'], ['decisions', '*', 'date']]),
    ];
    // Every revision's window, past and future: the dates the policy changes on.
    for (const e of model.timeline.dated) {
      for (const key of ['from', 'until', 'announced'] as const) {
        const date = e.effective![key];
        if (date !== undefined) dates.push({ value: date, at: child(e.origin, 'effective', key) });
      }
    }
    for (const { value: date, at } of dates) {
      if (DATE_SHAPE.test(date) && !isRealDate(date)) report({ at, message: `${date} is not a real date: that month has no such day. Correct the date.` });
    }
  },
});
