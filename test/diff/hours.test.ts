import { describe, expect, it } from 'vitest';
import { addDocs, edit } from '../helpers/policies.js';
import { base, brief, diffOf } from './helpers.js';

const messages = (head: ReturnType<typeof edit>, from = base) => diffOf(head, from).changes.map((c) => `${brief(c)} | ${c.severity} | ${c.message}`);

/** A schedule nobody's promise stands on, so lost hours are notable rather than breaking. */
const schedule = (name: string, weekly: string, extra = '') => `apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: ${name} }\nspec:\n  timeZone: Europe/London\n  weekly: ${weekly}\n${extra}`;
const withSchedule = (extra: string, weekly = '{ mon: ["00:00-24:00"], tue: ["00:00-24:00"], wed: ["00:00-24:00"], thu: ["00:00-24:00"], fri: ["00:00-24:00"], sat: ["00:00-24:00"], sun: ["00:00-24:00"] }') =>
  addDocs(base, 'schedules/extra.yaml', schedule('round-the-clock', weekly, extra));

describe('holidays and overrides as hours lost or gained on their dates', () => {
  it('a holiday on a working day behind a promise loses that day\'s hours and is breaking; removing one gains them back', () => {
    const head = edit(base, 'schedules/support-hours.yaml', '    - { date: 2027-08-30, name: Summer bank holiday }\n', '    - { date: 2027-09-01, name: Company day }\n');
    expect(messages(head)).toEqual([
      "breaking hours support-hours › holiday 2027-09-01: open → Company day [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' closes on 2027-09-01 (Company day): 10h lost that day, behind the promises of email, live-chat, messenger, web-form.",
      "info hours support-hours › holiday 2027-08-30: Summer bank holiday → open [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' is open again on 2027-08-30: 10h gained that day.",
    ]);
  });

  it('a holiday on a day the schedule is closed anyway loses nothing, so it is info', () => {
    const head = edit(base, 'schedules/support-hours.yaml', '    - { date: 2027-08-30, name: Summer bank holiday }\n', '    - { date: 2027-08-30, name: Summer bank holiday }\n    - { date: 2027-09-04, name: Staff party }\n');
    expect(messages(head)).toEqual([
      "info hours support-hours › holiday 2027-09-04: open → Staff party [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' closes on 2027-09-04 (Staff party): no open hours change that day.",
    ]);
  });

  it('counts real hours across clock changes: 23 on the spring-forward date, 25 on the fall-back date', () => {
    const from = withSchedule('');
    const head = withSchedule('  holidays:\n    - { date: 2027-03-28, name: Spring }\n    - { date: 2026-10-25, name: Autumn }\n');
    expect(messages(head, from)).toEqual([
      "notable hours round-the-clock › holiday 2026-10-25: open → Autumn | notable | Schedule 'round-the-clock' closes on 2026-10-25 (Autumn): 25h lost that day.",
      "notable hours round-the-clock › holiday 2027-03-28: open → Spring | notable | Schedule 'round-the-clock' closes on 2027-03-28 (Spring): 23h lost that day.",
    ]);
  });

  it('a holiday closes the night shift that starts on it and the previous night\'s from midnight, as the time engine does: 8h + 6h', () => {
    const nights = '{ mon: ["22:00-06:00"], tue: ["22:00-06:00"], wed: ["22:00-06:00"], thu: ["22:00-06:00"], fri: ["22:00-06:00"] }';
    const head = withSchedule('  holidays:\n    - { date: 2027-01-06, name: Night off }\n', nights);
    expect(messages(head, withSchedule('', nights))).toEqual([
      "notable hours round-the-clock › holiday 2027-01-06: open → Night off | notable | Schedule 'round-the-clock' closes on 2027-01-06 (Night off): 14h lost that day.",
    ]);
  });

  it('overrides added, changed and removed say how many hours the date gains or loses', () => {
    let head = edit(base, 'schedules/support-hours.yaml', '    - { date: 2026-12-31, hours: ["08:00-13:00"], name: New Year\'s Eve }\n', '');
    head = edit(head, 'schedules/support-hours.yaml', 'hours: ["08:00-13:00"], name: Christmas Eve', 'hours: ["08:00-11:00"], name: Christmas Eve');
    head = edit(head, 'schedules/support-hours.yaml', '  overrides:\n', '  overrides:\n    - { date: 2027-02-06, hours: ["10:00-14:00"], name: Stocktake Saturday }\n');
    expect(messages(head)).toEqual([
      "breaking hours support-hours › 2026-12-24: 08:00-13:00 → 08:00-11:00 [email, live-chat, messenger, web-form] | breaking | Schedule 'support-hours' has fewer hours on 2026-12-24: 2h lost that day, behind the promises of email, live-chat, messenger, web-form.",
      "info hours support-hours › 2026-12-31: 08:00-13:00 → usual hours [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has more hours on 2026-12-31: 5h gained that day.",
      "info hours support-hours › 2027-02-06: usual hours → 10:00-14:00 [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has more hours on 2027-02-06: 4h gained that day.",
    ]);
  });

  it('an override on a holiday changes nothing, and says why', () => {
    const head = edit(base, 'schedules/support-hours.yaml', '  overrides:\n', '  overrides:\n    - { date: 2026-12-25, hours: ["10:00-12:00"], name: Christmas cover }\n');
    expect(messages(head)).toEqual([
      "info hours support-hours › 2026-12-25: usual hours → 10:00-12:00 [email, live-chat, messenger, web-form] | info | Schedule 'support-hours' has different hours on 2026-12-25 (a holiday closes it anyway).",
    ]);
  });

  it('a renamed holiday is info: customers see the new name, no hours change', () => {
    expect(messages(edit(base, 'schedules/support-hours.yaml', 'name: Good Friday', 'name: Good Friday (bank holiday)'))).toEqual([
      "info hours support-hours › holiday 2027-03-26: Good Friday → Good Friday (bank holiday) [email, live-chat, messenger, web-form] | info | The holiday on 2027-03-26 in schedule 'support-hours' is now called Good Friday (bank holiday); customers see the new name.",
    ]);
  });

  it('weekly hours lost and gained read in hours, 24h included', () => {
    const from = withSchedule('');
    const head = edit(from, 'schedules/extra.yaml', 'sun: ["00:00-24:00"]', 'sun: ["09:00-17:30"]');
    expect(messages(head, from)).toEqual([
      "notable hours round-the-clock › Sunday: 00:00-24:00 → 09:00-17:30 | notable | Schedule 'round-the-clock' loses 15h30m a week on Sunday.",
    ]);
  });
});
