// scheduleProblems: data, not exceptions, each located by a path into the spec.
import { describe, expect, it } from 'vitest';
import { CALENDAR, InvalidScheduleError, compileSchedule, scheduleProblems, type ScheduleSpec } from '../../src/time/index.js';

const YEAR: [string, string] = ['2024-01-01', '2025-01-01'];
const codes = (spec: ScheduleSpec) => scheduleProblems(spec, ...YEAR).map((p) => [p.code, p.path.join('.')]);

describe('scheduleProblems', () => {
  it('finds nothing in a sound schedule, nor in the calendar clock', () => {
    const spec = { timeZone: 'Europe/Dublin', weekly: { mon: ['09:00-12:00', '13:00-17:00'], fri: ['22:00-06:00'] }, holidays: ['2024-12-25'] };
    expect(scheduleProblems(spec, ...YEAR)).toEqual([]);
    expect(scheduleProblems(CALENDAR, ...YEAR)).toEqual([]);
  });

  it('reports an unknown zone', () => {
    const [problem] = scheduleProblems({ timeZone: 'Europe/Atlantis', weekly: {} }, ...YEAR);
    expect(problem).toMatchObject({ code: 'unknown-time-zone', path: ['timeZone'] });
    expect(problem?.message).toContain('IANA');
  });

  it('reports unparseable and zero-length intervals with weekday and index', () => {
    const weekly = { tue: ['09:00-17:00', '25:00-26:00', '09:00-09:00'], funday: [] } as ScheduleSpec['weekly'];
    const problems = scheduleProblems({ timeZone: 'UTC', weekly }, ...YEAR);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid-interval', weekday: 'tue', index: 1, path: ['weekly', 'tue', 1] }),
      expect.objectContaining({ code: 'zero-length-interval', weekday: 'tue', index: 2, path: ['weekly', 'tue', 2] }),
      expect.objectContaining({ code: 'unknown-weekday', path: ['weekly', 'funday'] }),
    ]);
    expect(problems[0]?.message).toMatch(/25:00.*00:00 to 24:00/);
    expect(problems[1]?.message).toContain('00:00-24:00');
  });

  it('reports bad dates and a date both a holiday and an override', () => {
    const spec: ScheduleSpec = {
      timeZone: 'UTC',
      weekly: {},
      holidays: ['2024-02-30', { date: '2024-12-25', name: 'Christmas' }],
      overrides: [{ date: '2024-12-25', hours: ['10:00-12:00'] }, { date: '2024-12-25', hours: [] }],
    };
    expect(codes(spec)).toEqual([
      ['invalid-date', 'holidays.0'],
      ['holiday-and-override', 'overrides.0'],
      ['duplicate-override', 'overrides.1'],
      ['holiday-and-override', 'overrides.1'],
    ]);
    const clash = scheduleProblems(spec, ...YEAR)[1];
    expect(clash).toMatchObject({ date: '2024-12-25', related: ['holidays', 1] });
  });

  it('reports overlaps on one weekday and overnight spills into the next', () => {
    const spec = { timeZone: 'UTC', weekly: { mon: ['09:00-13:00', '12:00-17:00'], sun: ['22:00-06:00'], tue: ['20:00-02:00'], wed: ['01:00-03:00'] } };
    const problems = scheduleProblems(spec, ...YEAR);
    expect(problems.map((p) => [p.code, p.path.join('.'), p.related?.join('.')])).toEqual([
      ['overlapping-intervals', 'weekly.mon.1', 'weekly.mon.0'],
      ['overlapping-intervals', 'weekly.wed.0', 'weekly.tue.0'],
    ]);
    expect(problems[1]?.message).toContain('runs past midnight into wed');
    // sun 22:00-06:00 ends exactly when nothing on mon starts before 06:00: no spill.
  });

  it('reports overlaps around override dates', () => {
    const spec = {
      timeZone: 'UTC',
      weekly: { sun: ['22:00-04:00'] },
      overrides: [{ date: '2024-06-03', hours: ['02:00-05:00'] }, { date: '2024-06-05', hours: ['21:00-03:00', '22:00-23:00'] }],
    };
    expect(codes(spec)).toEqual([
      ['overlapping-intervals', 'overrides.0.hours.0'],
      ['overlapping-intervals', 'overrides.1.hours.1'],
    ]);
  });

  it('reports a shift start in a DST gap with the dates it happens on', () => {
    const spec = { timeZone: 'America/New_York', weekly: { sun: ['02:30-06:00'] } };
    const problems = scheduleProblems(spec, '2023-01-01', '2025-01-01');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'shift-starts-in-dst-gap', weekday: 'sun', index: 0, dates: ['2023-03-12', '2024-03-10'] }),
    ]);
    expect(problems[0]?.message).toContain('03:30');
    // A Date counts by its local date: 2024-03-11T00:00Z is still 10 March in New York.
    expect(scheduleProblems(spec, new Date('2024-03-11T00:00:00Z'), new Date('2024-12-01T00:00:00Z'))).toHaveLength(1);
    // The range bounds are respected, and a holiday on the date silences it.
    expect(scheduleProblems(spec, new Date('2024-03-11T12:00:00Z'), new Date('2024-12-01T00:00:00Z'))).toEqual([]);
    expect(scheduleProblems({ ...spec, holidays: ['2024-03-10'] }, ...YEAR)).toEqual([]);
  });

  it('reports override starts in a gap, and a 30-minute gap in Lord Howe', () => {
    const spec = { timeZone: 'Australia/Lord_Howe', weekly: {}, overrides: [{ date: '2024-10-06', hours: ['02:15-04:00'] }] };
    expect(scheduleProblems(spec, ...YEAR)).toEqual([
      expect.objectContaining({ code: 'shift-starts-in-dst-gap', date: '2024-10-06', dates: ['2024-10-06'], path: ['overrides', 0, 'hours', 0] }),
    ]);
  });

  it('never throws on malformed input', () => {
    const bad = [null, { timeZone: 3, weekly: [] }, { timeZone: 'UTC', weekly: { mon: '09:00-17:00' }, holidays: 'x', overrides: [7] }];
    for (const spec of bad) expect(scheduleProblems(spec as unknown as ScheduleSpec, ...YEAR).length).toBeGreaterThan(0);
  });

  it('compileSchedule throws InvalidScheduleError carrying the problems only for unreadable specs', () => {
    expect(() => compileSchedule({ timeZone: 'UTC', weekly: { mon: ['9-17'] } })).toThrow(InvalidScheduleError);
    try {
      compileSchedule({ timeZone: 'Nowhere/Land', weekly: {} });
    } catch (error) {
      expect((error as InvalidScheduleError).problems[0]?.code).toBe('unknown-time-zone');
    }
    expect(() => compileSchedule({ timeZone: 'UTC', weekly: { mon: ['09:00-09:00', '09:00-13:00', '12:00-17:00'] } })).not.toThrow();
  });
});
