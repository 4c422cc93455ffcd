/**
 * A fixed set of engine answers across zones and DST edges. The host-TZ test
 * computes it in-process and in child processes started under other TZ
 * values; the answers must be identical.
 */
import {
  addBusinessMinutes,
  businessMinutesBetween,
  coverageGaps,
  openIntervalsMs,
  compileSchedule,
  scheduleProblems,
  type ScheduleSpec,
} from '../../../src/time/index.js';

const every = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours });

const SPECS: ScheduleSpec[] = [
  { timeZone: 'America/New_York', weekly: { mon: ['09:00-17:00'], fri: ['09:00-17:00'], sun: ['01:30-02:30', '22:00-06:00'] } },
  { timeZone: 'Europe/Dublin', weekly: every(['00:30-01:30', '23:00-24:00']), holidays: ['2024-10-28'] },
  { timeZone: 'Australia/Lord_Howe', weekly: every(['01:45-02:15', '22:00-04:00']) },
  { timeZone: 'America/Sao_Paulo', weekly: every(['00:00-08:00']), overrides: [{ date: '2016-10-16', hours: ['23:00-01:00'] }] },
  { timeZone: 'Asia/Kolkata', weekly: every(['09:30-18:00']) },
  { timeZone: 'Pacific/Chatham', weekly: every(['02:00-04:00']) },
];

const INSTANTS = ['2016-10-15T12:00:00Z', '2024-03-08T21:00:00Z', '2024-03-30T22:00:00Z', '2024-04-06T12:00:00Z', '2024-09-28T12:00:00Z', '2024-10-26T23:30:00Z', '2024-11-02T12:00:00Z'];

export function probe(): unknown {
  const out: unknown[] = [];
  for (const spec of SPECS) {
    for (const iso of INSTANTS) {
      const start = new Date(iso);
      const end = new Date(start.getTime() + 9 * 86_400_000);
      out.push([
        addBusinessMinutes(start, 600, spec).toISOString(),
        businessMinutesBetween(start, end, spec),
        Array.from(openIntervalsMs(compileSchedule(spec), start.getTime(), end.getTime())),
        scheduleProblems(spec, start, end).map((p) => [p.code, p.dates]),
      ]);
    }
  }
  out.push(coverageGaps(SPECS, Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1), { timeZone: 'Asia/Kolkata' }).longest);
  return out;
}
