// Replication statistics: a mean with a 95 % Student-t confidence interval.

export interface Estimate {
  /** Mean over the replications that had data; null when none had. */
  mean: number | null;
  /** 95 % t-interval for the mean; null with fewer than two samples. */
  ci95: { low: number; high: number } | null;
  /** Replications the estimate is based on. */
  samples: number;
}

// t(0.975, df) for df = 1 … 30; beyond, a Cornish–Fisher expansion is within 1e-4.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

// t(0.9995, df) for df = 1 … 30: the two-sided 99.9 % values the early stop uses (sequential-stop.ts).
const T9995 = [
  636.62, 31.599, 12.924, 8.61, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.437, 4.318, 4.221, 4.14, 4.073, 4.015, 3.965,
  3.922, 3.883, 3.85, 3.819, 3.792, 3.768, 3.745, 3.725, 3.707, 3.69, 3.674, 3.659, 3.646,
];

/** Beyond the tables: the Cornish–Fisher expansion of t around the normal quantile z (within 1e-3 from df 30 on). */
function cornishFisher(z: number, df: number): number {
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z ** 7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Two-sided 95 % critical value of Student's t with df degrees of freedom. */
export function tCritical95(df: number): number {
  if (df < 1) return Infinity;
  return T975[df - 1] ?? cornishFisher(1.959963984540054, df);
}

/** Two-sided 99.9 % critical value of Student's t with df degrees of freedom. */
export function tCritical999(df: number): number {
  if (df < 1) return Infinity;
  return T9995[df - 1] ?? cornishFisher(3.290526731491926, df);
}

/** Mean and 95 % t-interval of the samples, the interval clipped to [lower, upper]. */
export function estimate(samples: readonly number[], lower = -Infinity, upper = Infinity, critical = tCritical95): Estimate {
  const n = samples.length;
  if (n === 0) return { mean: null, ci95: null, samples: 0 };
  const mean = samples.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { mean, ci95: null, samples: n };
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  const half = critical(n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: { low: Math.max(lower, mean - half), high: Math.min(upper, mean + half) }, samples: n };
}

/**
 * Mean and 95 % interval of samples in strata: `strata[b]` holds one sample per replication
 * of the same stretch of the calendar (a batch). The interval uses only the spread within
 * each stratum, so differences between periods that every replication shares (a holiday
 * month, the seasons) are not mistaken for noise: Var(mean) = Σ s_b² ÷ (R · B²), with
 * B(R − 1) degrees of freedom. With one stratum, or one sample per stratum, it is the plain
 * t-interval over all the samples (replication means, or batch means). `critical` gives
 * another confidence (tCritical999: the early stop's 99.9 %).
 */
export function stratifiedEstimate(strata: readonly (readonly number[])[], lower = -Infinity, upper = Infinity, critical = tCritical95): Estimate {
  const full = strata.filter((s) => s.length > 0);
  const all = full.flat();
  const r = Math.min(...full.map((s) => s.length));
  if (all.length === 0 || r < 2 || full.some((s) => s.length !== r)) return estimate(all, lower, upper, critical);
  const b = full.length;
  const mean = all.reduce((s, x) => s + x, 0) / all.length;
  let within = 0;
  for (const s of full) {
    const m = s.reduce((a, x) => a + x, 0) / r;
    within += s.reduce((a, x) => a + (x - m) ** 2, 0) / (r - 1);
  }
  const half = critical(b * (r - 1)) * Math.sqrt(within / (r * b * b));
  return { mean, ci95: { low: Math.max(lower, mean - half), high: Math.min(upper, mean + half) }, samples: all.length };
}
