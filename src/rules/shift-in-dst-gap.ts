import { child } from '../model/model.js';
import { problemsOf } from '../facts/schedule-problems.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'shift-in-dst-gap',
  description: 'A shift that starts at a local time the clocks skip on some date (spring forward) starts later that day; the dates are listed so nobody is surprised.',
  defaultSeverity: 'info',
  check({ model, asOf }, report) {
    for (const schedule of model.schedules) {
      for (const problem of problemsOf(schedule, asOf)) {
        if (problem.code !== 'shift-starts-in-dst-gap') continue;
        report({ at: child(schedule.at, ...problem.path), message: `Schedule '${schedule.name}': ${problem.message}` });
      }
    }
  },
});
