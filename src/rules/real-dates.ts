import { isRealDate } from '../values/calendar-dates.js';
import { defineRule } from './define-rule.js';
import { child } from '../model/model.js';
import { writtenValues } from '../model/written-values.js';

/** Shaped like a date: anything else is the schema's to report. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export default defineRule({
  id: 'real-dates',
  description: 'Every date is a real calendar date (2026-02-30 is not).',
  defaultSeverity: 'error',
  // Each date is judged on its own, so documents with schema errors are checked too.
  partialModel: true,
  check({ model, unvalidated }, report) {
    const dates = [
      ...writtenValues(model, unvalidated, 'Schedule', [['holidays', '*', 'date'], ['overrides', '*', 'date']]),
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
