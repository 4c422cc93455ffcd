import { child } from '../model/model.js';
import { problemsOf } from '../facts/schedule-problems.js';
import { defineRule } from './define-rule.js';

/** Problems other rules already report (schema, time-zone-exists, real-dates) or shift-in-dst-gap handles. */
const ELSEWHERE = new Set(['invalid-spec', 'unknown-time-zone', 'unknown-weekday', 'invalid-interval', 'invalid-date', 'shift-starts-in-dst-gap']);

export default defineRule({
  id: 'schedule-sanity',
  description: 'Schedules have no zero-length or overlapping intervals, no date listed twice as an override or a holiday, and no date that is both a holiday and an override.',
  defaultSeverity: 'warn',
  check({ model, asOf }, report) {
    for (const schedule of model.schedules) {
      for (const problem of problemsOf(schedule, asOf)) {
        if (ELSEWHERE.has(problem.code)) continue;
        report({
          at: child(schedule.at, ...problem.path),
          message: `Schedule '${schedule.name}': ${problem.message}`,
          ...(problem.related ? { related: [{ at: child(schedule.at, ...problem.related), message: 'The other side of the clash.' }] } : {}),
        });
      }
    }
  },
});
