// Erlang B for heavy traffic, in constant time. The recursion in erlang.ts costs one step per
// agent, so a typo-sized handle time (a million Erlangs) would make a check crawl. Above
// LARGE_TRAFFIC Erlangs, B(N, A) = P(X = N) ÷ P(X ≤ N) for X ~ Poisson(A) is computed from
// Stirling's series for the point probability and a normal approximation, with continuity and
// skew corrections, for the cumulative one. At 10,000 Erlangs its relative error is below 0.5 %
// (test/capacity/erlang-large.test.ts compares it with the recursion), which moves a required
// headcount of about 10,000 by at most one agent; it only shrinks as traffic grows.

/** Traffic from which erlangB switches from the exact recursion to this approximation. */
export const LARGE_TRAFFIC = 10_000;

/** ln Γ(n + 1) by Stirling's series: exact to double precision for n ≥ 1,000. */
function logFactorial(n: number): number {
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/** erfc(x), Numerical Recipes' Chebyshev fit: fractional error below 1.2e-7 everywhere. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
    + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** P(X ≤ n) for X ~ Poisson(a), a large: normal with continuity correction and the first (skew) Edgeworth term. */
function poissonCdf(n: number, a: number): number {
  const sd = Math.sqrt(a);
  const z = (n + 0.5 - a) / sd;
  const phi = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  const cdf = 0.5 * erfc(-z / Math.SQRT2) - (phi * (z * z - 1)) / (6 * sd);
  return Math.min(1, Math.max(Number.MIN_VALUE, cdf));
}

/** B(N, A) for A ≥ LARGE_TRAFFIC and a whole N ≥ 0: constant time. */
export function erlangBLarge(agents: number, traffic: number): number {
  if (agents === 0) return 1;
  const logPoint = agents * Math.log(traffic) - traffic - logFactorial(agents);
  return Math.min(1, Math.exp(logPoint) / poissonCdf(agents, traffic));
}
