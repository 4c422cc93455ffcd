import { z } from 'zod';
import { field } from '../field.js';
import { LocalDate, text, TimeRange, TimeZone, WEEKDAYS } from '../primitives.js';

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

const Override = z.strictObject({
  date: field(LocalDate, 'Date', 'The local date whose hours differ from the usual week.', '2026-12-24'),
  hours: field(Hours, 'Hours', 'The open intervals on that date, replacing the weekly hours; [] closes the whole day.', ['09:00-13:00']),
  name: field(text('short'), 'Reason', 'Why the hours differ, shown in generated hours.', 'Christmas Eve').optional(),
});

export const ScheduleSpec = z.strictObject({
  timeZone: field(TimeZone, 'Time zone', 'IANA time zone of the local clock these hours are written in. Daylight-saving changes follow the zone.', 'Europe/London'),
  weekly: field(Weekly, 'Weekly hours', 'Open hours for each day of the week in local wall-clock time (24-hour HH:MM; 24:00 ends the day).', { mon: ['09:00-17:00'] }),
  holidays: field(z.array(Holiday).max(1_000), 'Holidays', 'Local dates on which the schedule is closed all day (at most 1,000).', [{ date: '2026-12-25', name: 'Christmas Day' }]).optional(),
  overrides: field(z.array(Override).max(1_000), 'Date overrides', 'Dates with extra or reduced hours (at most 1,000); each replaces that date\'s weekly hours.', [{ date: '2026-12-24', hours: ['09:00-13:00'], name: 'Christmas Eve' }]).optional(),
});
export type ScheduleSpec = z.infer<typeof ScheduleSpec>;
