import { z } from 'zod';
import { field } from '../field.js';
import { CalendarCode, IcsPath, LocalDate, text, TimeRange, TimeZone, WEEKDAYS } from '../primitives.js';

const Hours = z.array(TimeRange).max(24);

const dayNames: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

const Weekly = z.strictObject(
  Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      field(Hours, `${dayNames[day]} hours`, `Open intervals on ${dayNames[day]}, local time. Several intervals make a split shift; an interval that ends before it starts runs overnight into the next day. Leave out or use [] for closed.`, ['09:00-12:30', '13:30-17:00']).optional(),
    ]),
  ) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof Hours>>,
);

const Holiday = z.strictObject({
  date: field(LocalDate, 'Date', 'The local date (in this schedule\'s time zone) on which the team is closed.', '2026-12-25'),
  name: field(text('short'), 'Name', 'What the holiday is called, shown in generated hours.', 'Christmas Day'),
});

/** The kinds of day date-holidays knows; only `public` closes a schedule unless `types` says more. */
export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

const Except = field(
  z.array(text('short')).min(1).max(100),
  'Except',
  'Days of this source the team works after all: a date (YYYY-MM-DD) drops that date, a name drops every day of that name, in every year (names as the source writes them; upper or lower case alike).',
  ['Summer bank holiday', '2026-12-28'],
);

const CalendarSource = z.strictObject({
  calendar: field(
    CalendarCode,
    'Public holidays of',
    'A country, or a country and region, whose holidays close this schedule, computed by the date-holidays package for every year the checks cover: GB, GB-ENG, US-CA, DE-BY. Nothing is fetched from the network.',
    'GB-ENG',
  ),
  types: field(
    z.array(z.enum(HOLIDAY_TYPES)).min(1).max(HOLIDAY_TYPES.length),
    'Types of day',
    'Which of the calendar\'s days close the schedule (default: public only): public holidays, bank holidays, school holidays, optional days many take off, observances (days marked but usually worked).',
    ['public', 'bank'],
  ).optional(),
  except: Except.optional(),
});

const IcsSource = z.strictObject({
  ics: field(
    IcsPath,
    'iCalendar file',
    'A .ics file committed inside the policy folder, by its path from that folder. Its all-day events close the schedule on their dates, read as dates in this schedule\'s time zone; repeating events (RRULE, EXDATE) are expanded for every year the checks cover. Never a URL: nothing is fetched from the network.',
    'calendars/company.ics',
  ),
  except: Except.optional(),
});

const HolidayEntry = z.union([Holiday, CalendarSource, IcsSource]);
export type HolidayEntry = z.infer<typeof HolidayEntry>;

const Holidays = z.union([z.array(HolidayEntry).max(1_000), CalendarSource, IcsSource]);
export type WrittenHolidays = z.infer<typeof Holidays>;

const Override = z.strictObject({
  date: field(LocalDate, 'Date', 'The local date whose hours differ from the usual week.', '2026-12-24'),
  hours: field(Hours, 'Hours', 'The open intervals on that date, replacing the weekly hours; [] closes the whole day.', ['09:00-13:00']),
  name: field(text('short'), 'Reason', 'Why the hours differ, shown in generated hours.', 'Christmas Eve').optional(),
});

export const ScheduleSpec = z.strictObject({
  timeZone: field(TimeZone, 'Time zone', 'IANA time zone of the local clock these hours are written in. Daylight-saving changes follow the zone.', 'Europe/London'),
  weekly: field(Weekly, 'Weekly hours', 'Open hours for each day of the week in local wall-clock time (24-hour HH:MM; 24:00 ends the day).', { mon: ['09:00-17:00'] }),
  holidays: field(
    Holidays,
    'Holidays',
    'Dates on which the schedule is closed all day: a list of dates with names, public holiday calendars ({ calendar: GB-ENG }) and .ics files ({ ics: calendars/company.ics }), in any mix (at most 1,000 entries); or one calendar or .ics file on its own.',
    [{ calendar: 'GB-ENG', except: ['Summer bank holiday'] }, { date: '2027-09-03', name: 'Company day' }],
  ).optional(),
  overrides: field(z.array(Override).max(1_000), 'Date overrides', 'Dates with extra or reduced hours (at most 1,000); each replaces that date\'s weekly hours.', [{ date: '2026-12-24', hours: ['09:00-13:00'], name: 'Christmas Eve' }]).optional(),
});
export type ScheduleSpec = z.infer<typeof ScheduleSpec>;
