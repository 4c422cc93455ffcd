import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimulationInput, SimulationTier } from '../../src/capacity/index.js';
import { simulationKey } from '../../src/facts/simulation-memo.js';
import { CompiledSchedule, type Shift } from '../../src/time/index.js';

/** Everything a simulation reads, the clock beside the input (the key reads its definition, not `elapsed`, its index). */
interface Case {
  input: SimulationInput;
  clock: CompiledSchedule;
}

const HOUR = 3_600_000;
const small = fc.integer({ min: 0, max: 50 });
const shift: fc.Arbitrary<Shift> = fc.record({ start: fc.integer({ min: 0, max: 600 }), end: fc.integer({ min: 601, max: 1440 }) });

const clockArb = fc
  .record({
    calendar: fc.boolean(),
    timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Singapore'),
    weekly: fc.array(fc.array(shift, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 20_000, max: 21_000 }), { maxLength: 4 }),
    overrides: fc.uniqueArray(fc.tuple(fc.integer({ min: 20_000, max: 21_000 }), fc.array(shift, { maxLength: 2 })), { maxLength: 3, selector: ([day]) => day }),
  })
  .map((c) => new CompiledSchedule(c.calendar, c.timeZone, undefined, c.weekly, new Set(c.holidays), new Map(c.overrides)));

const targets = fc.option(fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 2 }), { nil: undefined });
const tierArb: fc.Arbitrary<SimulationTier> = fc.record({
  name: fc.constantFrom('urgent', 'high', 'normal', 'low'),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  priority: small,
  acknowledgeTargetsMinutes: targets,
  firstResponseTargetsMinutes: targets,
  resolutionTargetsMinutes: targets,
});

const inputArb: fc.Arbitrary<SimulationInput> = fc
  .record({
    startMs: fc.integer({ min: 0, max: 2e12 }),
    hours: fc.integer({ min: 1, max: 48 }),
    rates: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 48 }),
    tiers: fc.array(tierArb, { minLength: 1, maxLength: 3 }),
    agents: fc.array(small, { minLength: 1, maxLength: 5 }),
    availability: fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }), { nil: undefined }),
    ahtSeconds: fc.integer({ min: 1, max: 10_000 }),
    concurrency: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    mode: fc.constantFrom<'async' | 'sync'>('async', 'sync'),
    followUpShare: fc.option(fc.double({ min: 0, max: 0.9, noNaN: true }), { nil: undefined }),
    seed: fc.nat(),
    replications: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
    batchMs: fc.option(fc.integer({ min: HOUR, max: 28 * 24 * HOUR }), { nil: undefined }),
  })
  .map((r) => ({
    startMs: r.startMs,
    endMs: r.startMs + r.hours * HOUR,
    arrivalsPerHour: Float64Array.from(r.rates),
    tiers: r.tiers,
    staffing: { atMs: r.agents.map((_, i) => r.startMs + i * HOUR), agents: r.agents, ...(r.availability ? { availability: r.agents.map(() => r.availability!) } : {}) },
    ahtSeconds: r.ahtSeconds,
    ...(r.concurrency ? { concurrency: r.concurrency } : {}),
    mode: r.mode,
    ...(r.followUpShare !== undefined ? { followUpShare: r.followUpShare } : {}),
    measureFromMs: r.startMs,
    drainUntilMs: r.startMs + (r.hours + 24) * HOUR,
    seed: r.seed,
    ...(r.replications ? { replications: r.replications } : {}),
    ...(r.batchMs ? { batchMs: r.batchMs } : {}),
  }));

type Change = (c: Case, at: number) => Case;
const withInput = (c: Case, input: Partial<SimulationInput>): Case => ({ ...c, input: { ...c.input, ...input } });
const bump = (n: number | undefined) => (n ?? 1) + 1;
const changedAt = (values: ArrayLike<number>, at: number): number[] => Array.from(values, (v, i) => (i === at % values.length ? v + 1 : v));
const tierChange = (change: (t: SimulationTier) => Partial<SimulationTier>): Change => (c, at) =>
  withInput(c, { tiers: c.input.tiers.map((t, i) => (i === at % c.input.tiers.length ? { ...t, ...change(t) } : t)) });
const moreTargets = (t: readonly number[] | undefined) => [...(t ?? []), 99_999];
const clockChange = (change: (k: CompiledSchedule) => ConstructorParameters<typeof CompiledSchedule>): Change => (c) => ({ ...c, clock: new CompiledSchedule(...change(c.clock)) });
const parts = (k: CompiledSchedule): ConstructorParameters<typeof CompiledSchedule> => [k.calendar, k.timeZone, undefined, k.weekly, k.holidays, k.overrides];

/**
 * One change for every field of the input the simulation reads; the compiler insists on an entry
 * for each field, so a field added to SimulationInput fails here until the key reads it (or it
 * is named as one the key rightly skips).
 */
const CHANGES: Record<Exclude<keyof SimulationInput, 'elapsed' | 'observer'>, Change[]> = {
  startMs: [(c) => withInput(c, { startMs: c.input.startMs + 1 })],
  endMs: [(c) => withInput(c, { endMs: c.input.endMs + 1 })],
  arrivalsPerHour: [
    (c, at) => withInput(c, { arrivalsPerHour: Float64Array.from(changedAt(c.input.arrivalsPerHour, at)) }),
    (c) => withInput(c, { arrivalsPerHour: Float64Array.from([...c.input.arrivalsPerHour, 0]) }),
  ],
  arrivalStepMs: [(c) => withInput(c, { arrivalStepMs: 30 * 60_000 })],
  tiers: [
    tierChange((t) => ({ name: `${t.name}-x` })),
    tierChange((t) => ({ share: t.share + 0.5 })),
    tierChange((t) => ({ priority: t.priority + 1 })),
    tierChange((t) => ({ acknowledgeTargetsMinutes: moreTargets(t.acknowledgeTargetsMinutes) })),
    tierChange((t) => ({ firstResponseTargetsMinutes: moreTargets(t.firstResponseTargetsMinutes) })),
    tierChange((t) => ({ resolutionTargetsMinutes: moreTargets(t.resolutionTargetsMinutes) })),
    tierChange((t) => ({ acknowledgeShares: [...(t.acknowledgeShares ?? []), 0.5] })),
    tierChange((t) => ({ firstResponseShares: [...(t.firstResponseShares ?? []), 0.5] })),
    tierChange((t) => ({ resolutionShares: [...(t.resolutionShares ?? []), 0.5] })),
    (c) => withInput(c, { tiers: [...c.input.tiers, { name: 'extra', share: 0.1, priority: 9 }] }),
  ],
  staffing: [
    (c, at) => withInput(c, { staffing: { ...c.input.staffing, atMs: changedAt(c.input.staffing.atMs, at) } }),
    (c, at) => withInput(c, { staffing: { ...c.input.staffing, agents: changedAt(c.input.staffing.agents, at) } }),
    (c, at) => withInput(c, { staffing: { ...c.input.staffing, availability: Array.from(c.input.staffing.agents, (_, i) => (i === at % c.input.staffing.agents.length ? 0.05 : (c.input.staffing.availability?.[i] ?? 1))) } }),
  ],
  ahtSeconds: [(c) => withInput(c, { ahtSeconds: c.input.ahtSeconds + 1 })],
  concurrency: [(c) => withInput(c, { concurrency: bump(c.input.concurrency) })],
  mode: [(c) => withInput(c, { mode: c.input.mode === 'sync' ? 'async' : 'sync' })],
  followUpShare: [(c) => withInput(c, { followUpShare: (c.input.followUpShare ?? 0) + 0.05 })],
  measureFromMs: [(c) => withInput(c, { measureFromMs: c.input.measureFromMs! + 1 })],
  drainUntilMs: [(c) => withInput(c, { drainUntilMs: c.input.drainUntilMs! + 1 })],
  seed: [(c) => withInput(c, { seed: c.input.seed + 1 })],
  replications: [(c) => withInput(c, { replications: bump(c.input.replications) + 10 })],
  batchMs: [(c) => withInput(c, { batchMs: bump(c.input.batchMs) })],
  subBatches: [(c) => withInput(c, { subBatches: bump(c.input.subBatches) })],
  stopWhenMet: [(c) => withInput(c, { stopWhenMet: !c.input.stopWhenMet })],
  customerReplyShare: [(c) => withInput(c, { customerReplyShare: (c.input.customerReplyShare ?? 0) + 0.05 })],
  customerWaitMs: [(c) => withInput(c, { customerWaitMs: bump(c.input.customerWaitMs) })],
  pauseResolutionWhilePending: [(c) => withInput(c, { pauseResolutionWhilePending: !c.input.pauseResolutionWhilePending })],
};

/** The clock's definition: every part clockText reads. */
const CLOCK_CHANGES: Change[] = [
  clockChange((k) => { const p = parts(k); p[0] = !k.calendar; return p; }),
  clockChange((k) => { const p = parts(k); p[1] = k.timeZone === 'UTC' ? 'Europe/Paris' : 'UTC'; return p; }),
  clockChange((k) => { const p = parts(k); p[3] = k.weekly.map((day, i) => (i === 2 ? [...day, { start: 1441, end: 1500 }] : day)); return p; }),
  clockChange((k) => { const p = parts(k); p[4] = new Set([...k.holidays, 30_000]); return p; }),
  clockChange((k) => { const p = parts(k); p[5] = new Map([...k.overrides, [30_001, [{ start: 60, end: 120 }]]]); return p; }),
];

const ALL_CHANGES = [...Object.values(CHANGES).flat(), ...CLOCK_CHANGES];
const caseArb = fc.record({ input: inputArb, clock: clockArb });
const key = (c: Case) => simulationKey(c.input, c.clock);

describe('simulationKey', () => {
  it('changes whenever any field of the input or the clock changes', () => {
    fc.assert(
      fc.property(caseArb, fc.nat({ max: ALL_CHANGES.length - 1 }), fc.nat(), (c, which, at) => {
        expect(key(ALL_CHANGES[which]!(c, at))).not.toBe(key(c));
      }),
      { numRuns: 300 },
    );
  });

  it('is the same for an equal input built anew, whatever its elapsed index', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const copy: Case = { input: { ...structuredClone(c.input), elapsed: () => 0 }, clock: new CompiledSchedule(...parts(c.clock)) };
        expect(key(copy)).toBe(key(c));
      }),
    );
  });
});
