// Schedules whose holidays come from a calendar or a .ics file, as `supportops check` reports them.
import { describe, expect, it } from 'vitest';
import { validatePolicies } from '../../../src/model/validate-policies.js';
import { AS_OF, check, edit, exampleSet, show, toFiles, type FileSet } from '../../helpers/policies.js';

const base = exampleSet();
const london = (from: string, to: string, set: FileSet = base) => edit(set, 'schedules/support-hours.yaml', from, to);
const withCalendar = (entry: string) => london('    - calendar: GB-ENG\n', entry);
const found = (set: FileSet, ...rules: string[]) => check(set).filter((d) => rules.includes(d.ruleId)).map((d) => `${d.ruleId} ${show(d)}`);
const ICS = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');

describe('holiday calendars in the model', () => {
  it('expands GB-ENG once, with each date named and sourced, for the dates from --as-of', () => {
    const { model } = validatePolicies(toFiles(base), { asOf: AS_OF });
    const holidays = model.find('Schedule', 'support-hours')!.spec.holidays!;
    expect(holidays.map((h) => `${h.date} ${h.name} (${h.source!})`)).toEqual([
      '2026-12-25 Christmas Day (GB-ENG)',
      '2026-12-26 Boxing Day (GB-ENG)',
      '2026-12-28 Boxing Day (substitute day) (GB-ENG)',
      "2027-01-01 New Year's Day (GB-ENG)",
      '2027-03-26 Good Friday (GB-ENG)',
      '2027-03-29 Easter Monday (GB-ENG)',
      '2027-05-03 Early May bank holiday (GB-ENG)',
      '2027-05-31 Spring bank holiday (GB-ENG)',
      '2027-08-30 Summer bank holiday (GB-ENG)',
    ]);
    // The committed .ics: yearly events from 2020 and 2021, one-offs, read in Singapore's calendar.
    expect(model.find('Schedule', 'singapore-hours')!.spec.holidays!.map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-12-25 Christmas Day',
      "2027-01-01 New Year's Day",
      '2027-02-08 Chinese New Year (observed)',
      '2027-03-26 Good Friday',
      '2027-08-09 National Day',
    ]);
  });

  it('follows --as-of across a year boundary and the horizon', () => {
    const { model } = validatePolicies(toFiles(base), { asOf: '2027-12-01', horizonDays: 400 });
    const dates = model.find('Schedule', 'support-hours')!.spec.holidays!.map((h) => h.date);
    expect(dates).toContain('2027-12-27');
    expect(dates).toContain('2028-12-25');
    expect(dates.some((d) => d < '2027-10-31')).toBe(false);
  });

  it('lets a written date rename a calendar day and keeps types: public only unless asked', () => {
    const set = withCalendar('    - { calendar: GB-ENG, types: [public, observance] }\n    - { date: 2027-03-29, name: Easter Monday (office closed) }\n');
    const holidays = validatePolicies(toFiles(set), { asOf: AS_OF }).model.find('Schedule', 'support-hours')!.spec.holidays!;
    expect(holidays.find((h) => h.date === '2027-03-29')).toMatchObject({ name: 'Easter Monday (office closed)' });
    expect(holidays.find((h) => h.date === '2027-03-29')!.source).toBeUndefined();
    expect(holidays.find((h) => h.date === '2027-03-07')).toMatchObject({ name: "Mother's Day", source: 'GB-ENG' });
  });
});

describe('holiday-calendar and ics-syntax', () => {
  it('an unknown region is an error at the code, with the closest region', () => {
    expect(found(withCalendar('    - calendar: GB-ENH\n'), 'holiday-calendar')).toEqual([
      expect.stringMatching(/^holiday-calendar schedules\/support-hours\.yaml:19:17 error United Kingdom \(GB\) has no region 'ENH' in date-holidays\. Use one of .*; or GB alone\. \(did you mean 'GB-ENG'\?\)$/),
    ]);
  });

  it('a .ics path that is not in the policy folder is an error with the closest file', () => {
    expect(found(withCalendar('    - ics: calendar/singapore-office.ics\n'), 'holiday-calendar')).toEqual([
      "holiday-calendar schedules/support-hours.yaml:19:12 error There is no file calendar/singapore-office.ics in the policy folder. supportops reads .ics files committed inside the policy folder, by their path from it (never from the network): add the file there or correct the path. (did you mean 'calendars/singapore-office.ics'?)",
    ]);
  });

  it('a URL is refused by the schema: nothing is fetched', () => {
    expect(found(withCalendar('    - ics: https://calendar.example.com/holidays.ics\n'), 'schema')).toEqual([
      'schema schedules/support-hours.yaml:19:12 error `ics` is "https://calendar.example.com/holidays.ics": supportops never fetches calendars from the network. Download the file, commit it inside the policy folder, and write its path from there, such as calendars/company.ics.',
    ]);
  });

  it('a bad .ics is reported in that file, at the line', () => {
    const set = { ...withCalendar('    - ics: calendars/bad.ics\n'), 'calendars/bad.ics': ICS('BEGIN:VEVENT', 'UID:x', 'DTSTART:20261224T090000', 'SUMMARY:Half day', 'END:VEVENT') };
    expect(found(set, 'ics-syntax', 'holiday-calendar')).toEqual([
      'ics-syntax calendars/bad.ics:6:1 error This event has a time of day (DTSTART:20261224T090000). supportops closes whole dates only: make it an all-day event (DTSTART;VALUE=DATE:20261224), or write shorter hours as an override in the schedule.',
    ]);
  });

  it('a .ics nobody names is not read, so its problems are not reported', () => {
    expect(found({ ...base, 'calendars/unused.ics': 'not a calendar' }, 'ics-syntax')).toEqual([]);
  });
});

describe('schedule-sanity on calendars', () => {
  it('an except: item that drops nothing is a warning with the closest name', () => {
    expect(found(withCalendar('    - calendar: GB-ENG\n      except: [Sumer bank holiday, 2027-04-01]\n'), 'schedule-sanity')).toEqual([
      "schedule-sanity schedules/support-hours.yaml:20:16 warn Schedule 'support-hours': No day of GB-ENG is called 'Sumer bank holiday' between 2026-10-23 and 2027-12-24 (the dates checked), so this except: item drops nothing. Write the date or the name as the calendar has it, or remove the item. (did you mean 'Summer bank holiday'?)",
      "schedule-sanity schedules/support-hours.yaml:20:36 warn Schedule 'support-hours': 2027-04-01 is not a day of GB-ENG between 2026-10-23 and 2027-12-24 (the dates checked), so this except: item drops nothing. Write the date or the name as the calendar has it, or remove the item.",
    ]);
  });

  it('a written date the calendar already gives is a warning pointing at the calendar', () => {
    const set = withCalendar('    - calendar: GB-ENG\n    - { date: 2026-12-25, name: Christmas Day }\n');
    expect(found(set, 'schedule-sanity')).toEqual([
      "schedule-sanity schedules/support-hours.yaml:20:15 warn Schedule 'support-hours': 2026-12-25 is already a holiday in GB-ENG (Christmas Day); the date is closed either way and this entry only renames it. Remove the entry unless you want its name shown.",
    ]);
  });

  it('an override on a calendar holiday names the calendar and says how to open that day', () => {
    const set = london('  overrides:\n', '  overrides:\n    - { date: 2027-05-03, hours: ["10:00-14:00"], name: May cover }\n');
    expect(found(set, 'schedule-sanity')).toEqual([
      "schedule-sanity schedules/support-hours.yaml:21:7 warn Schedule 'support-hours': 2027-05-03 is both a holiday (Early May bank holiday (GB-ENG)) and an override; the holiday wins and the date is closed. To open that day with the override's hours, add 2027-05-03 to the except: list of GB-ENG; otherwise remove the override.",
    ]);
  });

  it('real-dates checks except: dates written by hand', () => {
    expect(found(withCalendar('    - { calendar: GB-ENG, except: [2027-02-30] }\n'), 'real-dates')).toEqual([
      'real-dates schedules/support-hours.yaml:19:36 error 2027-02-30 is not a real date: that month has no such day. Correct the date.',
    ]);
  });
});
