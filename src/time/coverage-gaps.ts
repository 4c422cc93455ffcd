/**
 * Coverage across several schedules (follow-the-sun): the union of their open
 * instants over real dates, the uncovered stretches, and the longest one.
 * Computed on actual instants, so gaps that exist only on some dates (the US
 * and Europe change clocks on different weekends, holidays differ by region)
 * show up on exactly those dates. Generic: callers pick the schedules.
 */
import { dayOfLocalMs, formatDay } from './civil.js';
import { compileSchedule, type ScheduleInput } from './compile.js';
import { gaps, totalLength, unionIntervals } from './intervals.js';
import { openIntervalsMs } from './timeline.js';
import { getZone } from './zone.js';

export interface CoverageGap {
  /** Epoch ms, half-open [start, end). */
  start: number;
  end: number;
  durationMs: number;
  /** Local dates (YYYY-MM-DD, in the report's zone) the gap touches. */
  dates: string[];
}

export interface CoverageReport {
  /** Merged covered intervals as flat pairs. */
  covered: Float64Array;
  gaps: CoverageGap[];
  /** The longest gap (the earliest one on a tie), or undefined when fully covered. */
  longest: CoverageGap | undefined;
  coveredMs: number;
  uncoveredMs: number;
}

export interface CoverageOptions {
  /** IANA zone for the gaps' `dates`; default UTC. */
  timeZone?: string;
}

/** Uncovered intervals of [fromMs, toMs) when any of `schedules` being open counts as covered. */
export function coverageGaps(
  schedules: readonly ScheduleInput[],
  fromMs: number,
  toMs: number,
  options: CoverageOptions = {},
): CoverageReport {
  const covered = unionIntervals(schedules.map((s) => openIntervalsMs(compileSchedule(s), fromMs, toMs)));
  const zone = getZone(options.timeZone ?? 'UTC');
  const holes = gaps(covered, fromMs, toMs);
  const list: CoverageGap[] = [];
  let longest: CoverageGap | undefined;
  for (let i = 0; i < holes.length; i += 2) {
    const start = holes[i] as number;
    const end = holes[i + 1] as number;
    const dates: string[] = [];
    // min/max: a fall-back across midnight can make the end's date precede the start's.
    const a = dayOfLocalMs(zone.toLocalMs(start));
    const b = dayOfLocalMs(zone.toLocalMs(end - 1));
    for (let day = Math.min(a, b); day <= Math.max(a, b); day++) dates.push(formatDay(day));
    const gap: CoverageGap = { start, end, durationMs: end - start, dates };
    list.push(gap);
    if (!longest || gap.durationMs > longest.durationMs) longest = gap;
  }
  const coveredMs = totalLength(covered);
  return { covered, gaps: list, longest, coveredMs, uncoveredMs: Math.max(0, toMs - fromMs) - coveredMs };
}
