/** Durations as leads write them: "15m", "4h", "1d", "1h30m" (d is 24 hours of the clock they count). */
import { WrittenValue } from './written-value.js';

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

/** A duration and its text: `1h30m` is 5400 seconds. */
export class Duration extends WrittenValue {
  constructor(
    text: string,
    readonly seconds: number,
  ) {
    super(text);
  }
}

/** "1h30m" → 5400. Throws on text the schema would have rejected (a bug, not bad input). */
export function durationSeconds(text: string): number {
  const parts = [...text.matchAll(/(\d+)([dhms])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw new Error(`not a duration: ${text}`);
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_SECONDS[p[2]!]!, 0);
}

export function parseDuration(text: string): Duration {
  return new Duration(text, durationSeconds(text));
}

/** Human form of a number of seconds, as leads write it: 5400 → "1h30m". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0m';
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out;
}

/** Minutes as leads write durations: whole minutes from a minute up, seconds below that (phone targets). */
export function minutesText(minutes: number): string {
  return formatDuration(minutes < 1 ? Math.round(minutes * 60) : Math.round(minutes) * 60);
}
