/** Staffing for capacity tests: office hours every day, nobody at night, so a backlog builds overnight. */
import type { StaffingSteps } from '../../src/capacity/index.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A Monday. */
export const START = Date.UTC(2025, 0, 6);

/** `agents` people on shift 08:00–18:00 UTC on each of `days` days from START, nobody otherwise. */
export function officeHours(days: number, agents: number): StaffingSteps {
  const atMs: number[] = [];
  const onShift: number[] = [];
  for (let d = 0; d < days; d++) {
    atMs.push(START + d * DAY, START + d * DAY + 8 * HOUR, START + d * DAY + 18 * HOUR);
    onShift.push(0, agents, 0);
  }
  return { atMs, agents: onShift };
}
