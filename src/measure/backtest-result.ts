/** What the backtest returns (backtest.ts), as the measure report writes it. */

export type BacktestVerdict = 'agrees' | 'optimistic' | 'pessimistic' | 'undecided';

export interface BacktestTarget {
  tier: string;
  metric: 'acknowledge' | 'firstResponse' | 'resolution';
  /** As the policy writes it: "90% within 4h", "median 1d", "p90 3d". */
  target: string;
  share: number;
  seconds: number;
  /** Share within the target the simulation predicts: mean and 95% interval. */
  predicted: { mean: number | null; low: number | null; high: number | null };
  /** Share within the target measured (met ÷ decided), and how many were decided. */
  measured: number | null;
  tickets: number;
  /** measured − predicted mean: below 0 the model was optimistic. */
  error: number | null;
  verdict: BacktestVerdict;
}

export interface BacktestChannel {
  channel: string;
  /** The days backtested: "2026-09-01..2026-11-30". */
  window: string;
  ticketsPerDay: number;
  /** The capacity model on the measured arrivals. */
  capacity: { demandPerDay: number; capacityPerDay: number; utilization: number | null; agentsRequired: number | null; agentsStaffed: number };
  targets: BacktestTarget[];
  /** Where the model is off, in words; one line saying it agrees when it does. */
  notes: string[];
}

export interface Backtest {
  channels: BacktestChannel[];
  /** Mean of |error| over every target with a prediction and a measurement. */
  meanAbsoluteError: number | null;
  /** Measured channels the model cannot simulate, and why. */
  skipped: { channel: string; reason: string }[];
}
