/** Weekly hours, holidays and overrides, each as the hours a week or a date gains or loses. */
import { describe, expect, it } from 'vitest';
import { addDocs, AS_OF, edit, type FileSet } from '../helpers/policies.js';
import { base, brief, diffOf } from './helpers.js';

// With a date, so the example's holiday calendar (GB-ENG) is expanded; only the hours rows are shown.
const messages = (head: FileSet, from = base) =>
  diffOf(head, from, { asOf: AS_OF }).changes.filter((c) => c.category === 'hours').map((c) => `${brief(c)} | ${c.severity} | ${c.message}`);

/** A schedule nobody's promise stands on, so lost hours are notable rather than breaking. */
const schedule = (name: string, weekly: string, extra = '') => `apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: ${name} }\nspec:\n  timeZone: Europe/London\n  weekly: ${weekly}\n${extra}`;
const withSchedule = (extra: string, weekly = '{ mon: ["00:00-24:00"], tue: ["00:00-24:00"], wed: ["00:00-24:00"], thu: ["00:00-24:00"], fri: ["00:00-24:00"], sat: ["00:00-24:00"], sun: ["00:00-24:00"] }') =>
  addDocs(base, 'schedules/extra.yaml', schedule('round-the-clock', weekly, extra));

const supportHours = (from: string, to: string) => edit(base, 'schedules/support-hours.yaml', from, to);
const nights = '{ mon: ["22:00-06:00"], tue: ["22:00-06:00"], wed: ["22:00-06:00"], thu: ["22:00-06:00"], fri: ["22:00-06:00"] }';
const shorterWeekend = edit(edit(withSchedule(''), 'schedules/extra.yaml', ', sun: ["00:00-24:00"]', ''), 'schedules/extra.yaml', 'sat: ["00:00-24:00"]', 'sat: ["09:00-17:30"]');

/** The dates GB-ENG gives from a month before 2026-11-23 to a month after the 12 months, written out by hand. */
const GB_ENG_2026_27 = [
  ['2026-12-25', 'Christmas Day'], ['2026-12-26', 'Boxing Day'], ['2026-12-28', 'Boxing Day (substitute day)'], ["2027-01-01", "New Year's Day"],
  ['2027-03-26', 'Good Friday'], ['2027-03-29', 'Easter Monday'], ['2027-05-03', 'Early May bank holiday'], ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
].map(([date, name]) => `    - { date: ${date}, name: "${name!}" }\n`).join('');

/** [what, () => [head, base], the rows it must produce as "brief | severity | message"]. */
const CASES: [string, () => [FileSet, FileSet?], string[]][] = [
  ["a holiday on a working day behind a promise loses that day's hours and is breaking; removing one gains them back", () => [supportHours('    - calendar: GB-ENG\n', '    - { calendar: GB-ENG, except: [Summer bank holiday] }\n    - { date: 2027-09-01, name: Company day }\n')], [
    "breaking hours support-hours › holiday 2027-09-01: open → Company day [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' closes on 2027-09-01 (Company day): 10h lost that day, behind the promises of email, live-chat, messenger, web-form.",
    "info hours support-hours › holiday 2027-08-30: Summer bank holiday (GB-ENG) → open [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' is open again on 2027-08-30: 10h gained that day.",
  ]],
  ['a holiday on a day the schedule is closed anyway loses nothing, so it is info', () => [supportHours('    - calendar: GB-ENG\n', '    - calendar: GB-ENG\n    - { date: 2027-09-04, name: Staff party }\n')], [
    "info hours support-hours › holiday 2027-09-04: open → Staff party [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' closes on 2027-09-04 (Staff party): no open hours change that day.",
  ]],
  ['counts real hours across clock changes: 23 on the spring-forward date, 25 on the fall-back date', () => [withSchedule('  holidays:\n    - { date: 2027-03-28, name: Spring }\n    - { date: 2026-10-25, name: Autumn }\n'), withSchedule('')], [
    "notable hours round-the-clock › holiday 2026-10-25: open → Autumn | notable | Schedule 'round-the-clock' closes on 2026-10-25 (Autumn): 25h lost that day.",
    "notable hours round-the-clock › holiday 2027-03-28: open → Spring | notable | Schedule 'round-the-clock' closes on 2027-03-28 (Spring): 23h lost that day.",
  ]],
  ["a holiday closes the night shift that starts on it and the previous night's from midnight, as the time engine does: 8h + 6h", () => [withSchedule('  holidays:\n    - { date: 2027-01-06, name: Night off }\n', nights), withSchedule('', nights)], [
    "notable hours round-the-clock › holiday 2027-01-06: open → Night off | notable | Schedule 'round-the-clock' closes on 2027-01-06 (Night off): 14h lost that day.",
  ]],
  ['overrides added, changed and removed say how many hours the date gains or loses', () => {
    let head = supportHours('    - { date: 2026-12-31, hours: ["08:00-13:00"], name: New Year\'s Eve }\n', '');
    head = edit(head, 'schedules/support-hours.yaml', 'hours: ["08:00-13:00"], name: Christmas Eve', 'hours: ["08:00-11:00"], name: Christmas Eve');
    return [edit(head, 'schedules/support-hours.yaml', '  overrides:\n', '  overrides:\n    - { date: 2027-02-06, hours: ["10:00-14:00"], name: Stocktake Saturday }\n')];
  }, [
    "breaking hours support-hours › 2026-12-24: 08:00-13:00 → 08:00-11:00 [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' has fewer hours on 2026-12-24: 2h lost that day, behind the promises of email, live-chat, messenger, web-form.",
    "info hours support-hours › 2026-12-31: 08:00-13:00 → usual hours [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has more hours on 2026-12-31: 5h gained that day.",
    "info hours support-hours › 2027-02-06: usual hours → 10:00-14:00 [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has more hours on 2027-02-06: 4h gained that day.",
  ]],
  ['an override on a holiday changes nothing, and says why', () => [supportHours('  overrides:\n', '  overrides:\n    - { date: 2026-12-25, hours: ["10:00-12:00"], name: Christmas cover }\n')], [
    "info hours support-hours › 2026-12-25: usual hours → 10:00-12:00 [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has different hours on 2026-12-25 (a holiday closes it anyway).",
  ]],
  ['a renamed holiday is info: customers see the new name, no hours change', () => [supportHours('    - calendar: GB-ENG\n', '    - calendar: GB-ENG\n    - { date: 2027-03-26, name: Good Friday (bank holiday) }\n')], [
    "info hours support-hours › holiday 2027-03-26: Good Friday (GB-ENG) → Good Friday (bank holiday) [email, live-chat, messenger, web-form] | info | The holiday on 2027-03-26 in schedule 'support-hours' is now called Good Friday (bank holiday); customers see the new name.",
  ]],
  ['a calendar written out as the same dates and names changes nothing', () => [supportHours('    - calendar: GB-ENG\n', GB_ENG_2026_27)], []],
  ['a calendar swapped for another region shows each date gained or lost, named with its calendar', () => [supportHours('calendar: GB-ENG', 'calendar: GB-NIR')], [
    "breaking hours support-hours › holiday 2027-03-17: open → St Patrick’s Day (GB-NIR) [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' closes on 2027-03-17 (St Patrick’s Day (GB-NIR)): 10h lost that day, behind the promises of email, live-chat, messenger, web-form.",
    "breaking hours support-hours › holiday 2027-07-12: open → Battle of the Boyne (Orangemen’s Day) (GB-NIR) [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' closes on 2027-07-12 (Battle of the Boyne (Orangemen’s Day) (GB-NIR)): 10h lost that day, behind the promises of email, live-chat, messenger, web-form.",
  ]],
  ['weekly hours lost read in hours, a whole day as 24h', () => [shorterWeekend, withSchedule('')], [
    "notable hours round-the-clock › Saturday: 00:00-24:00 → 09:00-17:30 | notable | Schedule 'round-the-clock' loses 15h30m a week on Saturday.",
    "notable hours round-the-clock › Sunday: 00:00-24:00 → closed | notable | Schedule 'round-the-clock' loses 24h a week on Sunday.",
  ]],
  ['weekly hours gained are info', () => [withSchedule(''), shorterWeekend], [
    "info hours round-the-clock › Saturday: 09:00-17:30 → 00:00-24:00 | info | Schedule 'round-the-clock' gains 15h30m a week on Saturday.",
    "info hours round-the-clock › Sunday: closed → 00:00-24:00 | info | Schedule 'round-the-clock' gains 24h a week on Sunday.",
  ]],
];

describe('hours lost or gained, a week or on a date', () => {
  it.each(CASES)('%s', (_, sets, expected) => {
    const [head, from] = sets();
    expect(messages(head, from)).toEqual(expected);
  });
});
