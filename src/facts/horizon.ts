/** The span of real dates feasibility is computed over: `days` whole UTC days from --as-of. */
import { DAY_MS } from '../time/civil.js';

export const DEFAULT_HORIZON_DAYS = 365;

/**
 * Days computed past the horizon: staff keep working without new arrivals (capacity, the
 * simulation), and a coverage gap that starts near the end is measured whole.
 */
export const TAIL_DAYS = 14;

export interface Horizon {
  /** YYYY-MM-DD, the first day. */
  from: string;
  days: number;
  fromMs: number;
  toMs: number;
}

export function horizonFrom(asOf: string, days = DEFAULT_HORIZON_DAYS): Horizon {
  const fromMs = Date.parse(`${asOf}T00:00:00Z`);
  return { from: asOf, days, fromMs, toMs: fromMs + days * DAY_MS };
}
