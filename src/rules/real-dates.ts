import { child, type Origin } from '../model/model.js';
import { isRealDate } from '../values/calendar-dates.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'real-dates',
  description: 'Every date is a real calendar date (2026-02-30 is not).',
  defaultSeverity: 'error',
  check({ model }, report) {
    const check = (date: string, at: Origin) => {
      if (!isRealDate(date)) report({ at, message: `${date} is not a real date: that month has no such day. Correct the date.` });
    };
    for (const schedule of model.schedules) {
      // Dates a calendar or file gives are real; those written by hand, and except: dates, may not be.
      for (const h of schedule.spec.holidays ?? []) if (!h.source) check(h.date, child(schedule.at, ...h.entry, 'date'));
      for (const source of schedule.spec.holidaySources ?? []) {
        source.except.forEach((item, i) => /^\d{4}-\d{2}-\d{2}$/.test(item) && check(item, child(schedule.at, ...source.entry, 'except', i)));
      }
      schedule.spec.overrides?.forEach((o, i) => check(o.date, child(schedule.at, 'overrides', i, 'date')));
    }
    for (const kb of model.knowledgeBases) {
      kb.spec.articles.forEach((a, i) => check(a.lastReviewed, child(kb.at, 'articles', i, 'lastReviewed')));
      kb.spec.decisions?.forEach((d, i) => check(d.date, child(kb.at, 'decisions', i, 'date')));
    }
  },
});
