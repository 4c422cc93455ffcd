/** The span of real dates feasibility is computed over: `days` whole UTC days from --as-of. */
import { DAY_MS } from '../time/civil.js';

export const DEFAULT_HORIZON_DAYS = 365;

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
