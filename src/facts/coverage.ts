/**
 * Follow-the-sun coverage over real dates: for each channel (and each escalation role), the
 * union of the shifts of the teams that serve it, the stretches nobody is on shift, and the
 * worst wait those stretches cause in the promise's own clock (calendar time, or the SLA
 * schedule's business hours). Gaps that exist only on some dates are grouped with those dates.
 */
import { cmp } from '../values/order.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { DAY_MS, MINUTE_MS } from '../time/civil.js';
import { businessMsBetween, gaps, unionIntervals, type CompiledSchedule } from '../time/index.js';
import { getZone } from '../time/zone.js';
import type { Clocks } from './model-clocks.js';
import { TAIL_DAYS, type Horizon } from './horizon.js';
import { firstResponders } from './staffing.js';
import type { TeamShifts } from './team-shifts.js';
import type { FactWindow } from './fact-windows.js';

export interface LocalSpan {
  timeZone: string;
  /** "YYYY-MM-DD HH:MM" local wall-clock time. */
  start: string;
  end: string;
}

export interface Uncovered {
  /** ISO instants, UTC. */
  start: string;
  end: string;
  minutes: number;
  /** How long a ticket arriving at the start waits, counted in the promise's clock. */
  waitMinutes: number;
  /** The same stretch in each serving team's local time. */
  local: LocalSpan[];
  /** Nobody comes on shift again before the end of what was computed (the horizon plus 14 days): `end` is that limit and the wait is at least this long. */
  openEnded: boolean;
}

/** Uncovered stretches with the same UTC times, and the dates they occur on. */
export interface GapPattern {
  startUtc: string;
  endUtc: string;
  minutes: number;
  count: number;
  dates: string[];
}

export interface CoverageTarget {
  /** Tier name, or "escalation window". */
  label: string;
  minutes: number;
  met: boolean;
}

export interface CoverageFact {
  subject: 'channel' | 'escalation';
  /** Channel or escalation trigger name. */
  name: string;
  /** The promise's clock: a schedule name, or null for calendar time. */
  clock: string | null;
  teams: string[];
  worstWaitMinutes: number;
  worst: Uncovered | null;
  /** The teams' schedules have no open hours at all over the horizon. */
  neverStaffed: boolean;
  patterns: GapPattern[];
  uncovered: Uncovered[];
  targets: CoverageTarget[];
  /** Present when the entry covers only part of the horizon, around a dated change: from `from` up to the day before `until` (docs/effective-dates.md). */
  window?: FactWindow;
}

/** Extra days computed past the horizon, so a gap that starts near its end is measured whole. */
const TAIL_MS = TAIL_DAYS * DAY_MS;
/** Days computed before it, so a gap already open at --as-of (a weekend) is shown from its real start. */
const LEAD_MS = 7 * DAY_MS;

function hhmm(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

function localSpan(zone: string, start: number, end: number): LocalSpan {
  const z = getZone(zone);
  const fmt = (ms: number) => new Date(z.toLocalMs(ms)).toISOString().slice(0, 16).replace('T', ' ');
  return { timeZone: zone, start: fmt(start), end: fmt(end) };
}

/** `clockName`: the schedule the promise counts (undefined for calendar time), read across dated revisions. */
function measure(teams: Entity<'Team'>[], clock: CompiledSchedule, clockName: string | undefined, on: CoverageInputs): Pick<CoverageFact, 'worstWaitMinutes' | 'worst' | 'neverStaffed' | 'patterns' | 'uncovered'> {
  const { clocks, horizon } = on;
  const from = horizon.fromMs - LEAD_MS;
  const to = horizon.toMs + TAIL_MS;
  // Each team's shifts as in force at each instant, so a gap across a dated change is measured whole.
  const covered = unionIntervals(teams.map((t) => on.shifts.open(t.name, from, to)));
  const holes = gaps(covered, from, to);
  const zones = [...new Set(teams.map((t) => clocks.schedule(t.spec.schedule)?.timeZone).filter((z): z is string => Boolean(z)))].sort(cmp);
  const uncovered: Uncovered[] = [];
  const patterns = new Map<string, GapPattern>();
  for (let i = 0; i < holes.length; i += 2) {
    const start = holes[i]!;
    const end = holes[i + 1]!;
    if (start >= horizon.toMs || end <= horizon.fromMs) continue; // outside the horizon
    const waitMs = clock.calendar ? end - start : clockName === undefined ? businessMsBetween(clock, start, end) : on.shifts.businessMs(clockName, start, end, clock);
    const waitMinutes = waitMs / MINUTE_MS;
    if (waitMinutes <= 0) continue; // the promise's clock is stopped throughout
    const openEnded = end >= to; // nobody comes back on shift: never a kept promise
    uncovered.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString(), minutes: (end - start) / MINUTE_MS, waitMinutes, local: zones.map((z) => localSpan(z, start, end)), openEnded });
    const key = `${hhmm(start)}-${hhmm(end)}-${end - start}`;
    const pattern = patterns.get(key) ?? { startUtc: hhmm(start), endUtc: hhmm(end), minutes: (end - start) / MINUTE_MS, count: 0, dates: [] };
    pattern.count++;
    pattern.dates.push(new Date(start).toISOString().slice(0, 10));
    patterns.set(key, pattern);
  }
  // Among equal waits, name one inside the horizon rather than the one already open at --as-of.
  const asOf = new Date(horizon.fromMs).toISOString();
  const worse = (u: Uncovered, w: Uncovered) => u.waitMinutes > w.waitMinutes || (u.waitMinutes === w.waitMinutes && w.start < asOf && u.start >= asOf);
  const worst = uncovered.reduce<Uncovered | null>((w, u) => (!w || worse(u, w) ? u : w), null);
  return {
    worstWaitMinutes: worst?.waitMinutes ?? 0,
    worst,
    neverStaffed: !covered.some((start, i) => i % 2 === 0 && start < horizon.toMs && covered[i + 1]! > horizon.fromMs),
    patterns: [...patterns.values()].sort((a, b) => b.minutes - a.minutes || b.count - a.count || cmp(a.startUtc, b.startUtc)),
    uncovered,
  };
}

/** A target is met when no wait exceeds it and no gap is left open for good. */
function target(label: string, minutes: number, measured: Measured): CoverageFact['targets'][number] {
  return { label, minutes, met: !measured.worst?.openEnded && measured.worstWaitMinutes <= minutes };
}

/** The version in force over `horizon`, the shifts across versions, and the names to measure (all when left out). */
export interface CoverageInputs {
  model: Model;
  clocks: Clocks;
  shifts: TeamShifts;
  horizon: Horizon;
  only?: ReadonlySet<string>;
}

type Measured = ReturnType<typeof measure>;

/**
 * measure(), once for each teams, clock and clock name in one version: many triggers route to
 * the same role on the same schedule (200 triggers, 18 distinct in a large organisation), and
 * channels answered by the same teams share their SLA clock. Callers must not change the result.
 */
function measureOnce(on: CoverageInputs): (teams: Entity<'Team'>[], clock: CompiledSchedule, clockName: string | undefined) => Measured {
  const byClock = new Map<CompiledSchedule, Map<string, Measured>>();
  return (teams, clock, clockName) => {
    const key = `${clockName ?? ''}\n${teams.map((t) => t.name).join('\n')}`;
    let known = byClock.get(clock);
    if (!known) byClock.set(clock, (known = new Map()));
    let measured = known.get(key);
    if (!measured) known.set(key, (measured = measure(teams, clock, clockName, on)));
    return measured;
  };
}

export function channelCoverage(on: CoverageInputs): CoverageFact[] {
  const { model, clocks, only } = on;
  const measured = measureOnce(on);
  const facts: CoverageFact[] = [];
  for (const channel of model.channels) {
    if (only && !only.has(channel.name)) continue;
    const policy = slaPolicyOf(model, channel);
    const clock = policy ? clocks.sla(policy) : undefined;
    // Generalists answer everything on the channel; specialists only their tags.
    const teams = firstResponders(model, channel.name);
    if (!policy || !clock || teams.length === 0) continue;
    const found = measured(teams, clock, policy.spec.clock === 'calendar' ? undefined : policy.spec.schedule);
    facts.push({
      subject: 'channel', name: channel.name, clock: policy.spec.clock === 'calendar' ? null : (policy.spec.schedule ?? null), teams: teams.map((t) => t.name), ...found,
      targets: policy.spec.tiers.map((tier) => target(tier.name, tier.firstResponse.seconds / 60, found)),
    });
  }
  return facts;
}

export function escalationCoverage(on: CoverageInputs): CoverageFact[] {
  const { model, clocks, only } = on;
  const measured = measureOnce(on);
  const facts: CoverageFact[] = [];
  for (const trigger of model.triggers) {
    if (only && !only.has(trigger.name)) continue;
    const teams = model.teams.filter((t) => t.spec.role === trigger.spec.routeTo && t.spec.headcount > 0);
    const clock = clocks.calendarOr(trigger.spec.schedule);
    if (!clock || teams.length === 0) continue;
    const found = measured(teams, clock, trigger.spec.schedule);
    const minutes = trigger.spec.within.seconds / 60;
    facts.push({
      subject: 'escalation', name: trigger.name, clock: trigger.spec.schedule ?? null, teams: teams.map((t) => t.name), ...found,
      targets: [target('escalation window', minutes, found)],
    });
  }
  return facts;
}
