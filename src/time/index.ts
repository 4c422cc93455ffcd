// Business-hours time engine: public surface (re-exported by the package entry).
export { CALENDAR, FATAL_PROBLEMS, WEEKDAYS } from './spec.js';
export type {
  CalendarClock,
  DateOverride,
  HolidayEntry,
  ScheduleProblem,
  ScheduleProblemCode,
  ScheduleSpec,
  Weekday,
  WeeklyHours,
} from './spec.js';
export { parseInterval, parseLocalTime, formatLocalTime } from '../values/wall-clock.js';
export type { LocalInterval, ParseResult } from '../values/wall-clock.js';
export { CALENDAR_CLOCK, CompiledSchedule, InvalidScheduleError, compileSchedule } from './compile.js';
export type { ScheduleInput } from './compile.js';
export type { Shift } from './read-spec.js';
export { addBusinessMinutes, businessMinutesBetween, openIntervals } from './business.js';
export type { OpenInterval } from './business.js';
export { addBusinessMs, businessMsBetween, openIntervalsMs } from './timeline.js';
export { gaps, intersectIntervals, mergeIntervals, subtractIntervals, totalLength, unionIntervals } from './intervals.js';
export type { MsIntervals } from './intervals.js';
export { coverageGaps } from './coverage-gaps.js';
export type { CoverageGap, CoverageOptions, CoverageReport } from './coverage-gaps.js';
export { scheduleProblems } from './problems.js';
export { isValidTimeZone } from './zone.js';
