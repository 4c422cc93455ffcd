/** Response-time targets as leads write them: "90% within 4h", or a bare "4h" (every ticket). */
import { durationSeconds } from './durations.js';
import { WrittenValue } from './written-value.js';

/** How a target's time counts: only the open hours of a schedule, or every hour (24/7). */
export type ClockKind = 'business' | 'calendar';

/** "90% within 4h": 90% of tickets within 14,400 seconds of `clock` (null when the target stands alone). */
export class Target extends WrittenValue {
  constructor(
    text: string,
    /** Share of tickets that must meet it, 0–1. */
    readonly share: number,
    readonly seconds: number,
    readonly clock: ClockKind | null,
  ) {
    super(text);
  }
}

/** The shape parseTarget returned before targets knew their clock. */
export type ParsedTarget = Pick<Target, 'share' | 'seconds' | 'text'>;

/** "90% within 4h" → share 0.9, 14400 seconds; a bare "4h" means 100%. Throws on text the schema rejects. */
export function parseTarget(text: string, clock: ClockKind | null = null): Target {
  const match = /^(?:([\d.]+)% within )?(.+)$/.exec(text);
  if (!match) throw new Error(`not a target: ${text}`);
  return new Target(text, match[1] === undefined ? 1 : Number(match[1]) / 100, durationSeconds(match[2]!), clock);
}
