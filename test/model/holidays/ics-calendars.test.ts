// .ics files read with ical.js: recurrence, exceptions, multi-day events, and located problems.
import { describe, expect, it } from 'vitest';
import { expandIcs, MAX_OCCURRENCES } from '../../../src/model/holidays/ics-expand.js';
import { readIcs } from '../../../src/model/holidays/ics-events.js';

const YEARS = { first: 2026, last: 2027, from: '2026-01-01', to: '2027-12-31' };
const calendar = (...events: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

function days(text: string, years = YEARS): string[] {
  const read = readIcs(text);
  expect(read.problems).toEqual([]);
  const expanded = expandIcs(read.events, years);
  expect(expanded.problems).toEqual([]);
  return expanded.days.map((d) => `${d.date} ${d.name}`);
}

function problems(text: string): string[] {
  const read = readIcs(text);
  return [...read.problems, ...expandIcs(read.events, YEARS).problems].map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('reading .ics holidays', () => {
  it('expands a yearly event for each year, skipping EXDATE and moving a RECURRENCE-ID occurrence', () => {
    const text = calendar(
      ['UID:xmas', 'DTSTART;VALUE=DATE:20201225', 'RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20261225', 'SUMMARY:Christmas Day'],
      ['UID:xmas', 'RECURRENCE-ID;VALUE=DATE:20271225', 'DTSTART;VALUE=DATE:20271224', 'SUMMARY:Christmas (moved)'],
    );
    expect(days(text)).toEqual(['2027-12-24 Christmas (moved)']);
  });

  it('closes every date of a multi-day event (DTEND is the day after the last)', () => {
    expect(days(calendar(['UID:shut', 'DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20261231', 'SUMMARY:Year-end shutdown']))).toEqual([
      '2026-12-28 Year-end shutdown',
      '2026-12-29 Year-end shutdown',
      '2026-12-30 Year-end shutdown',
    ]);
  });

  it('follows BYDAY rules: the second Friday of June, and skips cancelled events', () => {
    const text = calendar(
      ['UID:day', 'DTSTART;VALUE=DATE:20250613', 'RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=2FR', 'SUMMARY:Company day'],
      ['UID:gone', 'DTSTART;VALUE=DATE:20270301', 'STATUS:CANCELLED', 'SUMMARY:Offsite'],
    );
    expect(days(text)).toEqual(['2026-06-12 Company day', '2027-06-11 Company day']);
  });

  it('never turns an impossible date into the next month', () => {
    const text = calendar(['UID:never', 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Never']);
    expect(problems(text)).toEqual([]);
    expect(days(text)).toEqual([]);
  });

  it('refuses an event with a time of day, at its DTSTART line, pointing to an override instead', () => {
    const text = calendar(['UID:eve', 'DTSTART:20261224T130000Z', 'DTEND:20261224T170000Z', 'SUMMARY:Early close']);
    expect(problems(text)).toEqual([
      '6:1 This event has a time of day (DTSTART:20261224T130000Z). supportops closes whole dates only: make it an all-day event (DTSTART;VALUE=DATE:20261224), or write shorter hours as an override in the schedule.',
      '7:1 This event has a time of day (DTEND:20261224T170000Z). supportops closes whole dates only: make it an all-day event (DTEND;VALUE=DATE:20261224), or write shorter hours as an override in the schedule.',
    ]);
  });

  it('locates broken structure, unreadable lines, missing names and impossible dates', () => {
    expect(problems('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toEqual(['3:1 END:VCALENDAR closes the VEVENT begun on line 2. Close that one first (END:VEVENT).']);
    expect(problems('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toEqual(['1:1 BEGIN:VCALENDAR is never closed. Add END:VCALENDAR after its last line.']);
    expect(problems(calendar(['UID:a', 'this is not a property', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:X']))).toEqual([
      '6:1 This line is not an iCalendar property, which is written NAME:value (such as SUMMARY:Christmas Day). Fix or delete it.',
    ]);
    expect(problems(calendar(['UID:a', 'DTSTART;VALUE=DATE:20260230']))).toEqual([
      '6:1 2026-02-30 is not a real date: that month has no such day. Correct the date.',
      '4:1 This event has no name. Give it a SUMMARY, such as SUMMARY:Company day: customers see it in the list of closed dates.',
    ]);
    expect(problems('just text\n')).toEqual(['1:1 This line is outside any calendar. An iCalendar file holds BEGIN:VCALENDAR, its events, and END:VCALENDAR; delete the line or move it inside.']);
  });

  it('bounds the walk: a daily event from 1900 stops with a located problem instead of running on', () => {
    const text = calendar(['UID:daily', 'DTSTART;VALUE=DATE:19000101', 'RRULE:FREQ=DAILY', 'SUMMARY:Every day']);
    expect(problems(text)).toEqual([
      `7:1 This event repeats more than ${MAX_OCCURRENCES.toLocaleString('en-US')} times (with the file's other repeating events) between its start and the end of 2027, so supportops stops there. Start it nearer the dates it closes (a later DTSTART).`,
    ]);
  });

  it('unfolds folded lines (RFC 5545) and keeps the line each property starts on', () => {
    const text = calendar(['UID:long', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas', '  Day']);
    expect(days(text)).toEqual(['2026-12-25 Christmas Day']);
  });
});
