/**
 * Feasibility facts: what the time and capacity engines found about a valid model, computed
 * once per check and shared by the rules, the JSON report and the generators. With dated
 * revisions inside the horizon each channel is measured per window of its own inputs, and the
 * transition counts: the backlog a window leaves is where the next one starts
 * (docs/effective-dates.md).
 */
import type { Model } from '../model/model.js';
import { cmp } from '../values/order.js';
import { HOUR_MS } from '../time/civil.js';
import { channelCapacity, type CapacityFact } from './capacity.js';
import { feasibilityInputs, type CarriedIn, type ChannelInputs } from './channel-inputs.js';
import { channelCoverage, escalationCoverage, type CoverageFact } from './coverage.js';
import { FactsCache } from './facts-cache.js';
import { factPieces, segmentGroups, type FactPiece, type FactWindow, type SegmentGroup } from './fact-windows.js';
import { horizonFrom, type Horizon } from './horizon.js';
import { simulateChannel, type SimulationFact } from './simulation.js';
import { TeamShifts } from './team-shifts.js';
import { inWindow } from '../values/effective-windows.js';

export type { FactWindow } from './fact-windows.js';

/** Which channels' demand was measured from a ticket export rather than declared (check --history). */
export interface DemandSource {
  /** The export, as messages name it. */
  export: string;
  /** The days measured: "2026-09-01..2026-11-30". */
  window: string;
  /** Channels checked with measured demand; every other channel uses its declared demand. */
  measured: string[];
}

export interface FeasibilityFacts {
  horizon: { from: string; days: number };
  /** The windows of the horizon with one version of the policies in force, in order: one when nothing dated changes inside it. */
  windows: FactWindow[];
  /** Present only when some demand was measured: the rules, the report and the JSON say so. */
  demand?: DemandSource;
  coverage: { channels: CoverageFact[]; escalations: CoverageFact[] };
  capacity: CapacityFact[];
  simulation: SimulationFact[];
}

/** A sentence for findings on a channel checked with measured demand (check --history); '' otherwise. */
export function demandNote(facts: Pick<FeasibilityFacts, 'demand'>, channel: string): string {
  const d = facts.demand;
  return d && d.measured.includes(channel) ? ` (Demand measured from ${d.export} over ${d.window}, not the declared demand.)` : '';
}

export interface FactsOptions {
  asOf: string;
  horizonDays?: number;
  /** Reuse across the versions of one run (facts-cache.ts); without it nothing is reused. */
  cache?: FactsCache;
  /** The model's demand was measured for these channels (the model given already carries it). */
  demand?: DemandSource;
}

/** The last hours of a window the simulation of the next one warms up on: a week holds a weekend's backlog. */
const LEAD_HOURS = 7 * 24;

/** Facts depend only on schedules, teams, channels, SLA policies, triggers, roles and the horizon, in every revision. */
function inputsKey(model: Model, options: FactsOptions): string {
  const kinds = new Set(['Schedule', 'Team', 'Channel', 'SlaPolicy', 'EscalationTrigger', 'Role']);
  const read = model.timeline.entities.filter((e) => kinds.has(e.kind)).map((e) => [e.kind, e.name, e.effective ?? null, e.spec]);
  // The channels as given too: measured demand replaces the declared one in the version on --as-of.
  return JSON.stringify([options.asOf, options.horizonDays ?? null, options.demand ?? null, read, model.channels.map((c) => [c.name, c.spec])]);
}

export function computeFacts(model: Model, options: FactsOptions): FeasibilityFacts {
  const cache = options.cache ?? new FactsCache();
  return cache.facts(inputsKey(model, options), () => computeFreshFacts(model, options, cache));
}

/** The facts in force on `date`: for each channel and trigger, the entry whose window holds it (any subset of the facts). */
export function factsOn<F extends Partial<Pick<FeasibilityFacts, 'coverage' | 'capacity' | 'simulation'>>>(facts: F, date: string): F {
  const holds = (f: { window?: FactWindow }) => !f.window || inWindow(f.window, date);
  const { coverage, capacity, simulation } = facts;
  return {
    ...facts,
    ...(coverage ? { coverage: { channels: coverage.channels.filter(holds), escalations: coverage.escalations.filter(holds) } } : {}),
    ...(capacity ? { capacity: capacity.filter(holds) } : {}),
    ...(simulation ? { simulation: simulation.filter(holds) } : {}),
  };
}

/** What a channel's window hands on to the next: its closing backlog and its last hours. */
function carryOf(inputs: ChannelInputs, fact: CapacityFact): CarriedIn {
  const hours = inputs.horizon.days * 24;
  const from = hours - Math.min(hours, LEAD_HOURS);
  const { arrivals, queue } = inputs;
  return {
    backlog: fact.backlog?.closing ?? 0,
    lead: { fromMs: inputs.horizon.fromMs + from * HOUR_MS, arrivals: arrivals.slice(from, hours), agents: queue.agents.slice(from, hours), availability: queue.availability.slice(from, hours) },
  };
}

/** By name, then by window: the order every list of facts is written in. */
const byName = <T extends { window?: FactWindow }>(name: (f: T) => string) => (a: T, b: T) => cmp(name(a), name(b)) || cmp(a.window?.from ?? '', b.window?.from ?? '');

function groupHorizon(pieces: readonly FactPiece[], group: SegmentGroup): Horizon {
  const first = pieces[group.first]!;
  const last = pieces[group.last]!;
  return { from: first.window.from, days: Math.round((last.toMs - first.fromMs) / 86_400_000), fromMs: first.fromMs, toMs: last.toMs };
}

function computeFreshFacts(model: Model, options: FactsOptions, cache: FactsCache): FeasibilityFacts {
  const horizon = horizonFrom(options.asOf, options.horizonDays);
  const pieces = factPieces(model, horizon);
  const shifts = new TeamShifts(pieces);
  const facts: FeasibilityFacts = {
    horizon: { from: horizon.from, days: horizon.days }, windows: pieces.map((p) => p.window), ...(options.demand ? { demand: options.demand } : {}),
    coverage: { channels: [], escalations: [] }, capacity: [], simulation: [],
  };
  /** By channel: what its last window handed on, and the instant that window ended. */
  const handedOn = new Map<string, { atMs: number; carried: CarriedIn }>();
  const simulations: (() => SimulationFact | undefined)[] = [];
  for (const group of segmentGroups(pieces)) {
    const span = groupHorizon(pieces, group);
    const whole = group.first === 0 && group.last === pieces.length - 1;
    const tag = <T extends object>(fact: T): T => (whole ? fact : { ...fact, window: { from: pieces[group.first]!.window.from, until: pieces[group.last]!.window.until } });
    const on = { model: pieces[group.first]!.model, clocks: pieces[group.first]!.clocks, shifts, horizon: span, cache };
    facts.coverage.channels.push(...channelCoverage({ ...on, only: group.channels }).map(tag));
    facts.coverage.escalations.push(...escalationCoverage({ ...on, only: group.triggers }).map(tag));
    const carried = new Map([...handedOn].filter(([name, h]) => group.channels.has(name) && h.atMs === span.fromMs).map(([name, h]) => [name, h.carried]));
    for (const inputs of feasibilityInputs({ ...on, only: group.channels, carried })) {
      const capacity = channelCapacity(inputs);
      facts.capacity.push(tag(capacity));
      handedOn.set(inputs.channel.name, { atMs: span.toMs, carried: carryOf(inputs, capacity) });
      simulations.push(() => ((simulated) => simulated && tag(simulated))(simulateChannel(inputs, cache)));
    }
  }
  facts.coverage.channels.sort(byName((f) => f.name));
  facts.coverage.escalations.sort(byName((f) => f.name));
  facts.capacity.sort(byName((f) => f.channel));
  // The simulation is most of the cost, and only its readers need it (the rules that predict
  // attainment, the report): it runs on the first read, so the diff, which compares coverage
  // and capacity, never starts it. It stays an ordinary enumerable field for JSON and spreads.
  let simulation: SimulationFact[] | undefined;
  const simulate = () => simulations.map((run) => run()).filter((f): f is SimulationFact => f !== undefined).sort(byName((f) => f.channel));
  Object.defineProperty(facts, 'simulation', { enumerable: true, get: () => (simulation ??= simulate()) });
  return facts;
}
