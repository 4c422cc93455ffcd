import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backlogOverTime, effectiveCapacity, type ElapsedMinutes } from '../../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONDAY = Date.UTC(2025, 0, 6); // 2025-01-06 is a Monday

/** Business minutes Monday–Friday 09:00–17:00 UTC: a stand-in for the time engine's clock. */
const weekdayNineToFive: ElapsedMinutes = (startMs, endMs) => {
  let minutes = 0;
  for (let day = Math.floor(startMs / DAY) * DAY; day < endMs; day += DAY) {
    const weekday = (Math.floor(day / DAY) + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    if (weekday >= 5) continue;
    const open = Math.max(startMs, day + 9 * HOUR);
    const close = Math.min(endMs, day + 17 * HOUR);
    if (close > open) minutes += (close - open) / 60_000;
  }
  return minutes;
};

/** Hourly steps over `days` from Monday: `perHour` arrivals always, `agents` on shift weekdays 09–17. */
function officeWeeks(days: number, perHour: number, agents: number) {
  const steps = days * 24;
  const arrivals = new Float64Array(steps).fill(perHour);
  const onShift = Array.from({ length: steps }, (_, h) => ((h % 168) < 120 && h % 24 >= 9 && h % 24 < 17 ? agents : 0));
  const capacity = effectiveCapacity({ agents: onShift, stepSeconds: 3600, ahtSeconds: 600, occupancy: 0.85, shrinkage: 0.25 });
  return { startMs: MONDAY, stepMs: HOUR, arrivals, capacity };
}

describe('effectiveCapacity', () => {
  it('is agents × occupancy × (1 − shrinkage) × step ÷ AHT', () => {
    const cap = effectiveCapacity({ agents: [0, 6], stepSeconds: 3600, ahtSeconds: 600, occupancy: 0.85, shrinkage: 0.25 });
    expect(cap[0]).toBe(0);
    expect(cap[1]).toBeCloseTo(22.95, 10);
  });
});

describe('backlogOverTime: an office open weekdays 09–17 with tickets arriving around the clock', () => {
  // 2 tickets an hour, 6 agents: N_eff = 6 × 0.85 × 0.75 = 3.825, 22.95 tickets an hour while open.
  const weeks = officeWeeks(15, 2, 6);
  weeks.arrivals.fill(0, 14 * 24 + 12); // demand stops at noon on the last day, so everything is answered
  const input = { ...weeks, elapsed: weekdayNineToFive };
  const r = backlogOverTime(input);

  it('the weekend backlog B₀ = 128 is cleared in B₀ × AHT ÷ N_eff of business time', () => {
    const b0 = 64 * 2; // Friday 17:00 to Monday 09:00
    const mondayOpen = (7 * 24 + 9) * 1; // step index of the second Monday 09:00
    expect(r.backlogAtStepEnd[mondayOpen - 1]).toBeCloseTo(b0, 9);
    expect(r.peakBacklog).toBeCloseTo(b0, 9);
    expect(r.peakBacklogAtMs).toBe(MONDAY + 7 * DAY + 9 * HOUR);
    const lastOfBacklogMinutes = (b0 * 600) / 3.825 / 60;
    expect(r.worstByClock?.waitMinutes).toBeCloseTo(lastOfBacklogMinutes, 6);
    expect(r.worstByClock?.arrivalMs).toBe(MONDAY + 7 * DAY + 9 * HOUR); // the instant before opening
  });

  it('a ticket arriving at closing time on Friday waits the whole weekend in calendar time', () => {
    expect(r.worstByCalendar?.arrivalMs).toBe(MONDAY + 4 * DAY + 17 * HOUR);
    expect(r.worstByCalendar?.answeredMs).toBe(MONDAY + 7 * DAY + 9 * HOUR);
    expect(r.worstByCalendar?.waitMs).toBe(64 * HOUR);
    expect(r.worstByCalendar?.waitMinutes).toBe(0); // and no business time at all
  });

  it('carries backlog over every closed period and clears it within the horizon', () => {
    expect(r.answeredWithinHorizon).toBe(true);
    expect(r.backlogAtStepEnd[14 * 24 + 16]).toBe(0); // third Monday 17:00
    expect(r.carriedOverSteps).toBeGreaterThan(0);
  });

  it('reports an unanswered ticket as an infinite wait', () => {
    const short = backlogOverTime({ ...input, arrivals: input.arrivals.subarray(0, 6 * 24), capacity: input.capacity.subarray(0, 6 * 24) });
    expect(short.answeredWithinHorizon).toBe(false);
    expect(short.worstByCalendar?.waitMs).toBe(Infinity);
    expect(short.worstByClock?.waitMinutes).toBe(Infinity);
  });

  it('a staffing deficit grows the backlog every day', () => {
    const deficit = backlogOverTime(officeWeeks(14, 2, 1)); // 30.6 a day against 48
    const fridayClose = deficit.backlogAtStepEnd[4 * 24 + 16]!;
    expect(deficit.backlogAtStepEnd[11 * 24 + 16]).toBeGreaterThan(fridayClose);
  });
});

/** Reference: wait of one ticket arriving at `s`, by walking the fluid queue directly. */
function referenceWait(arrivals: number[], capacity: number[], step: number, s: number): number {
  let q = 0;
  let i = 0;
  for (; (i + 1) * step <= s; i++) q = Math.max(0, q + arrivals[i]! - capacity[i]!);
  const x = (s - i * step) / step;
  const a = arrivals[i] ?? 0;
  const c = capacity[i] ?? 0;
  q = Math.max(0, q + (a - c) * x);
  let remaining = q;
  let p = s;
  for (let j = i; j < capacity.length; j++) {
    const end = (j + 1) * step;
    const avail = (capacity[j]! * (end - p)) / step;
    if (avail > remaining) return p + (remaining / capacity[j]!) * step - s;
    remaining -= avail;
    p = end;
  }
  return Infinity;
}

describe('backlogOverTime properties', () => {
  const small = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 10 });
  // Realistic magnitudes with rounding (0.1 + 0.2), but no subnormal dust.
  const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);

  it('zero demand gives zero backlog and no waits', () => {
    fc.assert(
      fc.property(small, (cap) => {
        const r = backlogOverTime({ startMs: 0, stepMs: HOUR, arrivals: new Float64Array(cap.length), capacity: Float64Array.from(cap) });
        return r.peakBacklog === 0 && r.carriedOverSteps === 0 && r.worstByCalendar === null && r.answeredWithinHorizon;
      }),
    );
  });

  it('capacity at least equal to demand in every step carries nothing over and answers on arrival', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hundredths(5000), hundredths(500)), { minLength: 1, maxLength: 50 }), (pairs) => {
        const arrivals = Float64Array.from(pairs, ([a]) => a);
        const capacity = Float64Array.from(pairs, ([a, extra]) => a + extra);
        const r = backlogOverTime({ startMs: 0, stepMs: HOUR, arrivals, capacity });
        return r.backlogAtStepEnd.every((q) => q === 0) && r.carriedOverSteps === 0 && r.worstWaitMsByStep.every((w) => w === 0);
      }),
    );
  });

  it('the reported worst wait per step bounds, and is reached by, directly computed waits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 10 }), (pairs) => {
        const arrivals = pairs.map(([a]) => a);
        const capacity = pairs.map(([, c]) => c);
        const r = backlogOverTime({ startMs: 0, stepMs: HOUR, arrivals: Float64Array.from(arrivals), capacity: Float64Array.from(capacity) });
        for (let i = 0; i < pairs.length; i++) {
          if (arrivals[i] === 0) continue;
          for (let k = 0; k < 40; k++) {
            const w = referenceWait(arrivals, capacity, HOUR, (i + k / 40) * HOUR);
            if (!(w <= r.worstWaitMsByStep[i]! + 1e-6)) return false;
          }
        }
        const worst = r.worstByCalendar;
        if (worst === null) return arrivals.every((a) => a === 0);
        // The worst case is reached around its instant (a supremum may only be approached).
        const near = [-1e-4, 0, 1e-4].map((d) => worst.arrivalMs + d).filter((s) => (arrivals[Math.floor(s / HOUR)] ?? 0) > 0);
        return Math.max(...near.map((s) => referenceWait(arrivals, capacity, HOUR, s))) >= worst.waitMs - 1;
      }),
      { numRuns: 300 },
    );
  });
});
