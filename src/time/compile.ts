/**
 * Compiling a schedule spec: parse once, keep per-weekday and per-date shifts
 * in minutes, and own a cache of expanded open intervals (see block.ts).
 *
 * Decisions:
 * - Overlapping intervals on one date are unioned (scheduleProblems reports them).
 * - Zero-length intervals (`09:00-09:00`) contribute nothing (also reported).
 * - A date that is both a holiday and an override is a holiday (closed).
 * - A date overridden twice gets the union of both overrides' hours.
 * - `'calendar'` (or CALENDAR_CLOCK) is the 24/7 clock: every instant is open.
 * Compilation throws InvalidScheduleError only for specs it cannot read
 * (unknown zone, unparseable interval or date, unknown weekday key); callers
 * that want data instead of exceptions run scheduleProblems first.
 * Specs are treated as immutable. The result is memoized per spec object and by the spec's
 * content (schedule-key.ts), so an equal spec in a new object (read again, copied, sent anew)
 * shares the compiled schedule and the blocks it has already expanded.
 */
import { DAY_MS } from './civil.js';
import { readSpec, type Shift } from './read-spec.js';
import { structuralProblems } from './structure.js';
import { hasContent, scheduleContent, type ContentPart } from './schedule-key.js';
import { getZone, type Zone } from './zone.js';
import type { BlockCache } from './block.js';
import {
  CALENDAR,
  FATAL_PROBLEMS,
  WEEKDAYS,
  type CalendarClock,
  type ScheduleProblem,
  type ScheduleSpec,
} from './spec.js';

export class CompiledSchedule {
  readonly cache: BlockCache = { blocks: new Map(), lastKey: Number.NaN, last: undefined };
  /** The last openIntervalsMs range asked for and its answer: a run reads the same horizon again (timeline.ts). */
  lastIntervals: { from: number; to: number; list: Float64Array } | undefined = undefined;
  /** Latest instant that can still be open: +Infinity when some weekday has hours. */
  readonly openUntilMs: number;

  constructor(
    /** True for the 24/7 clock. */
    readonly calendar: boolean,
    readonly timeZone: string,
    /** Undefined only for the calendar clock. */
    readonly zone: Zone | undefined,
    /** Index 0 = Monday; shifts sorted by start. */
    readonly weekly: readonly (readonly Shift[])[],
    /** Day numbers of local holiday dates. */
    readonly holidays: ReadonlySet<number>,
    /** Day number → that date's shifts (sorted by start; may be empty). */
    readonly overrides: ReadonlyMap<number, readonly Shift[]>,
  ) {
    let until = calendar || weekly.some((day) => day.length > 0) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (const [day, shifts] of overrides) {
      // Overnight shifts end on the next date; the margin covers any zone offset.
      if (shifts.length > 0 && !holidays.has(day)) until = Math.max(until, (day + 3) * DAY_MS);
    }
    this.openUntilMs = until;
  }
}

/** Thrown by compileSchedule for a spec it cannot read; carries the problems as data. */
export class InvalidScheduleError extends Error {
  readonly problems: ScheduleProblem[];
  constructor(problems: ScheduleProblem[]) {
    super(`Invalid schedule: ${problems.map((p) => `${p.path.join('.') || '(spec)'}: ${p.message}`).join(' ')}`);
    this.name = 'InvalidScheduleError';
    this.problems = problems;
  }
}

/** The 24/7 clock as a compiled schedule. */
export const CALENDAR_CLOCK = new CompiledSchedule(true, 'UTC', undefined, WEEKDAYS.map(() => []), new Set(), new Map());

export type ScheduleInput = ScheduleSpec | CompiledSchedule | CalendarClock;

const memo = new WeakMap<object, CompiledSchedule>();
/**
 * The last spec asked for: a caller with one spec (or new equal ones) gets it at the cost of a
 * comparison. Equal specs found by content are not added to `memo`: a spec used once would only
 * fill it.
 */
let lastInput: object | undefined;
let lastCompiled = CALENDAR_CLOCK;
/** Compiled schedules by zone, then by content (schedule-key.ts). */
const byContent = new Map<string, { parts: readonly ContentPart[]; compiled: CompiledSchedule }[]>();
let contentEntries = 0;
/** Distinct schedules kept by content before that cache starts again. */
const MAX_BY_CONTENT = 1024;

/** The compiled schedule of an equal spec seen before; a hit moves to the front of its zone's list. */
function equalCompiled(spec: ScheduleSpec): CompiledSchedule | undefined {
  const bucket = typeof spec.timeZone === 'string' ? byContent.get(spec.timeZone) : undefined;
  if (!bucket) return undefined;
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i]!;
    if (!hasContent(spec, entry.parts)) continue;
    // The spec asked for again is found first next time.
    if (i > 0) {
      bucket[i] = bucket[0]!;
      bucket[0] = entry;
    }
    return entry.compiled;
  }
  return undefined;
}

function remember(parts: readonly ContentPart[], compiled: CompiledSchedule): void {
  if (contentEntries >= MAX_BY_CONTENT) {
    byContent.clear();
    contentEntries = 0;
  }
  const zone = parts[0] as string;
  const bucket = byContent.get(zone);
  if (bucket) bucket.push({ parts, compiled });
  else byContent.set(zone, [{ parts, compiled }]);
  contentEntries++;
}

/** Compiles (or returns the memoized compilation of) a schedule input. */
export function compileSchedule(input: ScheduleInput): CompiledSchedule {
  if (input === CALENDAR) return CALENDAR_CLOCK;
  if (input instanceof CompiledSchedule) return input;
  if (input === lastInput) return lastCompiled;
  let compiled = memo.get(input) ?? equalCompiled(input);
  if (!compiled) {
    compiled = compileFresh(input);
    memo.set(input, compiled);
    const parts = scheduleContent(input);
    if (parts) remember(parts, compiled);
  }
  lastInput = input;
  lastCompiled = compiled;
  return compiled;
}

/** Forget the schedules compiled by content (used by benchmarks to measure cold starts). */
export function clearCompiledByContent(): void {
  byContent.clear();
  contentEntries = 0;
  lastInput = undefined;
}

function compileFresh(input: ScheduleSpec): CompiledSchedule {
  const read = readSpec(input);
  // What readSpec cannot read has a fatal problem (read-spec.ts); this says which.
  if (!read) throw new InvalidScheduleError(structuralProblems(input).filter((p) => FATAL_PROBLEMS.has(p.code)));
  return new CompiledSchedule(false, input.timeZone, getZone(input.timeZone), read.weekly, read.holidays, read.overrides);
}
