// Erlang C for synchronous channels (phone, live chat): docs/domain.md, Capacity formulas.
// Everything runs on the Erlang B recursion, whose terms stay in (0, 1], so
// thousands of Erlangs neither overflow nor lose precision (no factorials).

import { erlangBLarge, LARGE_TRAFFIC } from './erlang-large.js';
import { requireNonNegative, requirePositive, requireShare, requireShrinkage, requireWholeNumber } from './input-guards.js';

export interface ErlangCInput {
  /** Contacts arriving in one interval. */
  arrivals: number;
  intervalSeconds: number;
  ahtSeconds: number;
  /** Agents answering (a whole number). */
  agents: number;
  /** The "answered within T" threshold of the service level. */
  targetSeconds: number;
}

export interface ErlangCResult {
  /** A = λ × AHT, in Erlangs. */
  trafficErlangs: number;
  /** Erlang C: the chance a contact has to queue at all. */
  probabilityOfWaiting: number;
  /** Share answered within targetSeconds, in [0, 1]. */
  serviceLevel: number;
  averageSpeedOfAnswerSeconds: number;
  /** A ÷ N, capped at 1 when the queue is unstable. */
  occupancy: number;
}

export interface RequiredAgentsInput {
  arrivals: number;
  intervalSeconds: number;
  ahtSeconds: number;
  targetSeconds: number;
  /** Share that must be answered within targetSeconds, in [0, 1). */
  targetServiceLevel: number;
  /** Highest acceptable A ÷ N, in (0, 1]; defaults to 1 (no cap). */
  maxOccupancy?: number;
  /** Share of paid time not on the phones, in [0, 1); defaults to 0. */
  shrinkage?: number;
}

export interface RequiredAgentsResult extends ErlangCResult {
  /** Smallest N > A meeting the service level and the occupancy cap. */
  agents: number;
  /** ⌈N ÷ (1 − shrinkage)⌉: heads to schedule so N are answering. */
  rostered: number;
  /** Erlang B steps the answer took: at most about 2 × LARGE_TRAFFIC, whatever the traffic (the work is bounded). */
  steps: number;
}

/** Traffic intensity A in Erlangs. */
export function trafficErlangs(arrivals: number, intervalSeconds: number, ahtSeconds: number): number {
  requireNonNegative('arrivals', arrivals);
  requirePositive('intervalSeconds', intervalSeconds);
  requirePositive('ahtSeconds', ahtSeconds);
  return (arrivals * ahtSeconds) / intervalSeconds;
}

/**
 * Erlang B blocking probability B(N, A). Iterates the reciprocal form of the
 * recursion, 1/Bₖ = 1 + (k/A)·(1/Bₖ₋₁): all terms positive (stable), and no
 * division per step (fast). Past N ≫ A it may reach Infinity, i.e. B = 0.
 */
export function erlangB(agents: number, traffic: number): number {
  requireWholeNumber('agents', agents);
  requireNonNegative('traffic', traffic);
  if (traffic === 0) return agents === 0 ? 1 : 0;
  // Heavy traffic: constant time instead of one step per agent (erlang-large.ts).
  if (traffic >= LARGE_TRAFFIC) return erlangBLarge(agents, traffic);
  const perErlang = 1 / traffic;
  let inverse = 1;
  for (let k = 1; k <= agents; k++) inverse = 1 + k * perErlang * inverse;
  return 1 / inverse;
}

/**
 * Erlang C measures for N agents. When N ≤ A the queue grows without bound:
 * everybody waits (P(wait) = 1), nobody is answered in time (SL = 0), the
 * ASA is Infinity and occupancy is capped at 1. With no traffic at all
 * nobody waits, whatever N is.
 */
export function erlangC(input: ErlangCInput): ErlangCResult {
  const a = trafficErlangs(input.arrivals, input.intervalSeconds, input.ahtSeconds);
  requireWholeNumber('agents', input.agents);
  requireNonNegative('targetSeconds', input.targetSeconds);
  return measures(a, input.agents, erlangB(input.agents, a), input.ahtSeconds, input.targetSeconds);
}

/**
 * Smallest N > A with SL ≥ target and A ÷ N ≤ maxOccupancy (docs/domain.md).
 * Starts at the first N both above A and within the occupancy cap, then
 * extends Erlang B one agent at a time (no recomputation from 0), so a week
 * of intervals costs O(Σ N) arithmetic. No traffic needs no agents (whether
 * an open channel must still be staffed is a policy question, not Erlang's).
 */
export function requiredAgents(input: RequiredAgentsInput): RequiredAgentsResult {
  const a = trafficErlangs(input.arrivals, input.intervalSeconds, input.ahtSeconds);
  const { targetSeconds, targetServiceLevel } = input;
  const maxOccupancy = input.maxOccupancy ?? 1;
  const shrinkage = input.shrinkage ?? 0;
  requireNonNegative('targetSeconds', targetSeconds);
  if (!(targetServiceLevel >= 0 && targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be in [0, 1) (Erlang C never reaches 100 %), got ${targetServiceLevel}`);
  }
  requireShare('maxOccupancy', maxOccupancy);
  requireShrinkage(shrinkage);

  if (a === 0) return { ...measures(0, 0, 1, input.ahtSeconds, targetSeconds), agents: 0, rostered: 0, steps: 0 };

  // The occupancy cap alone rules out every N below A ÷ maxOccupancy: start there.
  let n = Math.max(Math.floor(a) + 1, Math.ceil(a / maxOccupancy));
  while (n > 1 && a / (n - 1) <= maxOccupancy && n - 1 > a) n--; // undo float rounding in the ceil
  while (a / n > maxOccupancy) n++;
  let b = erlangB(n, a);
  let steps = a >= LARGE_TRAFFIC ? 1 : n;
  const meets = (m: number, bm: number) => serviceLevelOf(a, m, bm, input.ahtSeconds, targetSeconds) >= targetServiceLevel;
  if (a >= LARGE_TRAFFIC) {
    // B is constant-time here: gallop up, then bisect (SL rises with N), so the work does not grow with the traffic.
    let step = 1;
    while (!meets(n + step, erlangB(n + step, a))) {
      step *= 2;
      steps++;
    }
    let [low, high] = [n + (step > 1 ? step / 2 : 0), n + step];
    if (meets(n, b)) high = n;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      steps++;
      if (meets(mid, erlangB(mid, a))) high = mid;
      else low = mid + 1;
    }
    n = high;
    b = erlangB(n, a);
  }
  // SL rises with N, so the first N that meets the target is the answer.
  while (!meets(n, b)) {
    n += 1;
    b = (a * b) / (n + a * b);
    steps++;
  }
  const m = measures(a, n, b, input.ahtSeconds, targetSeconds);
  return { ...m, agents: n, rostered: roster(n, shrinkage), steps };
}

/** Heads to roster so `agents` are productive; the tiny slack absorbs float noise (14 ÷ 0.7). */
export function roster(agents: number, shrinkage: number): number {
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

function measures(a: number, n: number, b: number, aht: number, target: number): ErlangCResult {
  if (a === 0) {
    return { trafficErlangs: 0, probabilityOfWaiting: 0, serviceLevel: 1, averageSpeedOfAnswerSeconds: 0, occupancy: 0 };
  }
  if (n <= a) {
    return { trafficErlangs: a, probabilityOfWaiting: 1, serviceLevel: 0, averageSpeedOfAnswerSeconds: Infinity, occupancy: 1 };
  }
  const c = probabilityOfWaiting(a, n, b);
  return {
    trafficErlangs: a,
    probabilityOfWaiting: c,
    serviceLevel: serviceLevelOf(a, n, b, aht, target),
    averageSpeedOfAnswerSeconds: (c * aht) / (n - a),
    occupancy: a / n,
  };
}

/** Erlang C from Erlang B, for N > A. */
function probabilityOfWaiting(a: number, n: number, b: number): number {
  return (n * b) / (n - a * (1 - b));
}

/** SL(t) = 1 − C·e^(−(N−A)·t/AHT), clamped to [0, 1] against rounding; for N > A. */
function serviceLevelOf(a: number, n: number, b: number, aht: number, target: number): number {
  const sl = 1 - probabilityOfWaiting(a, n, b) * Math.exp((-(n - a) * target) / aht);
  return Math.min(1, Math.max(0, sl));
}
