import { holidayLabel, type HolidaySource, type SpecPath } from '../model/holidays/holiday.js';
import { child, type Entity } from '../model/model.js';
import { problemsOf } from '../facts/schedule-problems.js';
import type { ScheduleProblem } from '../time/index.js';
import { defineRule, type RuleReport } from './define-rule.js';

/** Problems other rules already report (schema, time-zone-exists, real-dates) or shift-in-dst-gap handles. */
const ELSEWHERE = new Set(['invalid-spec', 'unknown-time-zone', 'unknown-weekday', 'invalid-interval', 'invalid-date', 'shift-starts-in-dst-gap']);

type Schedule = Entity<'Schedule'>;

/** A path into the schedule's expanded holidays, as the place that writes it: a `{ date, name }` entry or a calendar. */
function written(schedule: Schedule, path: SpecPath): SpecPath {
  const holiday = path[0] === 'holidays' && typeof path[1] === 'number' ? schedule.spec.holidays?.[path[1]] : undefined;
  if (!holiday) return path;
  return holiday.source ? holiday.entry : [...holiday.entry, ...path.slice(2)];
}

/** The time engine's words, with the calendar named when a holiday on an overridden date comes from one. */
function message(schedule: Schedule, problem: ScheduleProblem): string {
  const index = problem.code === 'holiday-and-override' && typeof problem.related?.[1] === 'number' ? problem.related[1] : undefined;
  const holiday = index === undefined ? undefined : schedule.spec.holidays?.[index];
  if (!holiday?.source) return `Schedule '${schedule.name}': ${problem.message}`;
  return `Schedule '${schedule.name}': ${problem.date} is both a holiday (${holidayLabel(holiday)}) and an override; the holiday wins and the date is closed. To open that day with the override's hours, add ${problem.date} to the except: list of ${holiday.source}; otherwise remove the override.`;
}

function yearsText(source: HolidaySource): string {
  return `between ${source.years.from} and ${source.years.to}`;
}

/** `except:` items that drop nothing, and written dates a calendar already gives. */
function sourceProblems(schedule: Schedule, source: HolidaySource, report: (problem: RuleReport) => void): void {
  for (const item of source.unmatched) {
    const what = /^\d{4}-\d{2}-\d{2}$/.test(item.value) ? `${item.value} is not a day of ${source.label}` : `No day of ${source.label} is called '${item.value}'`;
    report({
      at: child(schedule.at, ...source.entry, 'except', item.index),
      message: `Schedule '${schedule.name}': ${what} ${yearsText(source)} (the dates checked), so this except: item drops nothing. Write the date or the name as the calendar has it, or remove the item.`,
      ...(item.closest ? { suggestion: `did you mean '${item.closest}'?` } : {}),
    });
  }
  for (const repeat of source.repeats) {
    report({
      at: child(schedule.at, ...repeat.entry, 'date'),
      message: `Schedule '${schedule.name}': ${repeat.date} is already a holiday in ${source.label} (${repeat.name}); the date is closed either way and this entry only renames it. Remove the entry unless you want its name shown.`,
      related: [{ at: child(schedule.at, ...source.entry, source.kind), message: 'The calendar that gives the date too.' }],
    });
  }
}

export default defineRule({
  id: 'schedule-sanity',
  description: 'Schedules have no zero-length or overlapping intervals, no date listed twice as an override or a holiday, no date that is both a holiday and an override, and no except: item that drops nothing.',
  defaultSeverity: 'warn',
  check({ model, asOf }, report) {
    for (const schedule of model.schedules) {
      for (const problem of problemsOf(schedule, asOf)) {
        if (ELSEWHERE.has(problem.code)) continue;
        report({
          at: child(schedule.at, ...written(schedule, problem.path)),
          message: message(schedule, problem),
          ...(problem.related ? { related: [{ at: child(schedule.at, ...written(schedule, problem.related)), message: 'The other side of the clash.' }] } : {}),
        });
      }
      for (const source of schedule.spec.holidaySources ?? []) sourceProblems(schedule, source, report);
    }
  },
});
