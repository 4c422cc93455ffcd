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
      schedule.spec.holidays?.forEach((h, i) => check(h.date, child(schedule.at, 'holidays', i, 'date')));
      schedule.spec.overrides?.forEach((o, i) => check(o.date, child(schedule.at, 'overrides', i, 'date')));
    }
    // Every revision's window, past and future: the dates the policy changes on.
    for (const e of model.timeline.dated) {
      for (const key of ['from', 'until', 'announced'] as const) {
        const date = e.effective![key];
        if (date !== undefined) check(date, child(e.origin, 'effective', key));
      }
    }
    for (const kb of model.knowledgeBases) {
      kb.spec.articles.forEach((a, i) => check(a.lastReviewed, child(kb.at, 'articles', i, 'lastReviewed')));
      kb.spec.decisions?.forEach((d, i) => check(d.date, child(kb.at, 'decisions', i, 'date')));
    }
  },
});
