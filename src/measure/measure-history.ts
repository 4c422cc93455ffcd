/**
 * Measured reality: streams a ticket history once, maps each ticket to a channel and tier by the
 * policies, measures every metric on the policy's own clock, and gathers calibration figures.
 * The result is plain data (measurement.ts) for the formatters; history-facts.ts is what rules read.
 */
import { problemOf, type HistoryProblems } from '../history/history-problems.js';
import { readHistory, type HistorySource } from '../history/read-history.js';
import type { MeasuredMetric, TicketRecord } from '../history/ticket-record.js';
import { DAY_MS, dayOfLocalMs, formatDay } from '../time/civil.js';
import { CalibrationAccumulator } from './calibration.js';
import { MetricCell, type Breach } from './metric-cell.js';
import type { CellResult, MappingCount, Measurement, TargetResult, UnmappedGroup } from './measurement.js';
import type { ChannelView, MeasureView, TierView } from './measure-view.js';
import { PauseNotes } from './pause-notes.js';
import { SlaClock } from './sla-clock.js';
import { crossCheck, emptyCrossCheck, measureTicket, type Cells } from './ticket-measures.js';
import { TicketMapper, type Mapping } from './ticket-mapping.js';

export const METRICS: readonly MeasuredMetric[] = ['acknowledge', 'firstResponse', 'nextResponse', 'resolution'];

export interface MeasureOptions {
  /** The instant the export was taken: milestones not reached by then are open. */
  asOfMs: number;
  /** Only tickets created in [fromMs, toMs) are measured. */
  fromMs?: number;
  toMs?: number;
  /** Vendor channel value → channel name, for values the policies cannot place (`measure.channels`). */
  channelAliases?: Record<string, string>;
  /** Breaches listed per cell, and unmapped examples per reason (the counts are always whole). */
  maxListed?: number;
  /** Sees every breach as it is found, for a host that writes them all out. */
  onBreach?: (cell: { channel: string; tier: string; metric: MeasuredMetric }, breach: Breach) => void;
}

interface ChannelState {
  view: ChannelView;
  clock: SlaClock;
  tiers: Map<string, Cells>;
  calibration: CalibrationAccumulator;
}

type Placed = Extract<Mapping, { channel: ChannelView }>;

export class HistoryMeasurer {
  private readonly mapper: TicketMapper;
  private readonly channels = new Map<string, ChannelState>();
  /** Tickets per mapping decision (each decision is one object, made once: ticket-mapping.ts). */
  private readonly placed = new Map<Placed, number>();
  private readonly unmapped = new Map<string, UnmappedGroup>();
  private readonly check = emptyCrossCheck();
  private readonly pauseNotes = new PauseNotes();
  private readonly maxListed: number;
  private read = 0;
  private measured = 0;
  private outside = 0;
  private unmappedCount = 0;
  private firstMs = Infinity;
  private lastMs = -Infinity;

  constructor(private readonly view: MeasureView, private readonly options: MeasureOptions) {
    this.mapper = new TicketMapper(view, options.channelAliases);
    this.maxListed = options.maxListed ?? 1000;
    for (const c of view.channels) {
      this.channels.set(c.name, { view: c, clock: new SlaClock(c.clock), tiers: new Map(), calibration: new CalibrationAccumulator(c.name, c.demand?.profileZone ?? c.clock.timeZone) });
    }
  }

  add(r: TicketRecord): void {
    this.read++;
    const { fromMs = -Infinity, toMs = Infinity, asOfMs } = this.options;
    if (r.createdMs < fromMs || r.createdMs >= toMs || r.createdMs > asOfMs) {
      this.outside++;
      return;
    }
    const m = this.mapper.map(r);
    if (!m.channel) return this.leaveOut(r, m.reason);
    const state = this.channels.get(m.channel.name)!;
    this.placed.set(m, (this.placed.get(m) ?? 0) + 1);
    state.calibration.add(r.createdMs, m.tier?.name, r.handleSeconds);
    if (!m.tier) return this.leaveOut(r, m.reason);
    this.measured++;
    if (r.createdMs < this.firstMs) this.firstMs = r.createdMs;
    if (r.createdMs > this.lastMs) this.lastMs = r.createdMs;
    const pausedWhile = state.view.pausedWhile;
    measureTicket(r, this.cellsOf(state, m), state.clock, asOfMs, pausedWhile);
    this.pauseNotes.add(state.view, r);
    if (r.vendor) crossCheck(this.check, r, { clock: state.clock, calendar: state.view.clock.schedule === 'calendar', targetsSeconds: loosestTargets(m.tier), asOfMs, pausedWhile });
  }

  /** Tickets of `channel` that arrived in each hour of `hours` from `fromMs` (what the backtest feeds the simulation). */
  hourlyArrivals(channel: string, fromMs: number, hours: number): Float64Array {
    return this.channels.get(channel)?.calibration.hourly(fromMs, hours) ?? new Float64Array(hours);
  }

  private leaveOut(r: TicketRecord, reason: string): void {
    this.unmappedCount++;
    let group = this.unmapped.get(reason);
    if (!group) {
      group = { reason, tickets: 0, examples: [] };
      this.unmapped.set(reason, group);
    }
    group.tickets++;
    if (group.examples.length < this.maxListed) group.examples.push({ id: r.id, ...r.at });
  }

  private cellsOf(state: ChannelState, m: { tier: TierView }): Cells {
    let cells = state.tiers.get(m.tier.name);
    if (!cells) {
      cells = {};
      for (const metric of METRICS) {
        const targets = m.tier.targets[metric];
        if (targets) cells[metric] = new MetricCell(metric, targets, this.maxListed);
      }
      state.tiers.set(m.tier.name, cells);
      const hook = this.options.onBreach;
      if (hook) for (const [metric, cell] of Object.entries(cells) as [MeasuredMetric, MetricCell][]) {
        const original = cell.breach.bind(cell);
        cell.breach = (b) => {
          hook({ channel: state.view.name, tier: m.tier.name, metric }, b);
          original(b);
        };
      }
    }
    return cells;
  }

  result(problems?: HistoryProblems): Measurement {
    const { fromMs, toMs, asOfMs } = this.options;
    const dayOf = (ms: number) => formatDay(dayOfLocalMs(ms));
    const start = fromMs ?? (Number.isFinite(this.firstMs) ? Math.floor(this.firstMs / DAY_MS) * DAY_MS : asOfMs);
    const end = toMs ?? Math.max(start + DAY_MS, Math.ceil(Math.min(asOfMs, Number.isFinite(this.lastMs) ? this.lastMs + 1 : asOfMs) / DAY_MS) * DAY_MS);
    return {
      asOf: new Date(asOfMs).toISOString(),
      window: { from: fromMs === undefined ? null : dayOf(fromMs), to: toMs === undefined ? null : dayOf(toMs) },
      records: { read: this.read, measured: this.measured, outsideWindow: this.outside, unmapped: this.unmappedCount, skipped: problems?.skipped ?? 0 },
      problems: { counts: problems?.summary() ?? [], listed: problems?.problems() ?? [], stoppedBy: problems?.stoppedBy ? problemOf(problems.stoppedBy) : null },
      mapping: mappingCounts(this.placed),
      unmapped: [...this.unmapped.values()].sort((a, b) => b.tickets - a.tickets || (a.reason < b.reason ? -1 : 1)),
      attainment: [...this.channels.values()].flatMap((s) => this.cellResults(s)),
      crossCheck: this.check,
      pauses: this.pauseNotes.result(),
      calibration: [...this.channels.values()].filter((s) => s.calibration.tickets > 0).map((s) => s.calibration.result(start, end)),
    };
  }

  private cellResults(state: ChannelState): CellResult[] {
    return state.view.tiers.flatMap((tier) => {
      const cells = state.tiers.get(tier.name);
      if (!cells) return [];
      return METRICS.flatMap((metric) => {
        const cell = cells[metric];
        return cell ? [cellResult(state.view, tier, cell)] : [];
      });
    });
  }
}

const loosest = new WeakMap<TierView, Partial<Record<MeasuredMetric, number>>>();

/** Each metric's loosest target in seconds, once per tier. */
function loosestTargets(tier: TierView): Partial<Record<MeasuredMetric, number>> {
  let hit = loosest.get(tier);
  if (!hit) {
    hit = Object.fromEntries(METRICS.flatMap((metric) => (tier.targets[metric] ? [[metric, Math.max(...tier.targets[metric].map((t) => t.seconds))]] : [])));
    loosest.set(tier, hit);
  }
  return hit;
}

/** Tickets by channel rule and vendor value, and by tier rule and value, summed over the decisions. */
function mappingCounts(placed: Map<Placed, number>): Measurement['mapping'] {
  const channels = new Map<string, MappingCount>();
  const tiers = new Map<string, MappingCount>();
  const add = (into: Map<string, MappingCount>, count: Omit<MappingCount, 'tickets'>, n: number) => {
    const key = [count.channel, count.tier ?? '', count.rule, count.value].join('\u0000');
    const hit = into.get(key);
    if (hit) hit.tickets += n;
    else into.set(key, { ...count, tickets: n });
  };
  for (const [m, n] of placed) {
    add(channels, { channel: m.channel.name, rule: m.channelRule, value: m.channelValue }, n);
    if (m.tier) add(tiers, { channel: m.channel.name, tier: m.tier.name, rule: m.tierRule, value: m.tierValue }, n);
  }
  return { channels: [...channels.values()].sort(byMapping), tiers: [...tiers.values()].sort(byMapping) };
}

function byMapping(a: MappingCount, b: MappingCount): number {
  const key = (m: MappingCount) => [m.channel, m.tier ?? '', m.rule, m.value].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function cellResult(channel: ChannelView, tier: TierView, cell: MetricCell): CellResult {
  const targets: TargetResult[] = cell.targets.map((t, j) => {
    const c = cell.counts[j]!;
    const decided = c.met + c.breached;
    const attained = decided > 0 ? Math.round((c.met / decided) * 1e6) / 1e6 : null;
    return { text: t.text, share: t.share, seconds: t.seconds, ...c, attained, meets: attained === null ? null : attained >= t.share };
  });
  const q = (p: number) => {
    const v = cell.quantiles.quantile(p);
    return v === null ? null : Math.round(v * 1000) / 1000;
  };
  return {
    channel: channel.name,
    policy: channel.policy,
    clock: channel.clock.name ?? 'calendar',
    tier: tier.name,
    metric: cell.metric,
    measured: cell.quantiles.count,
    noData: cell.noData,
    targets,
    p50Seconds: q(0.5),
    p90Seconds: q(0.9),
    percentiles: cell.quantiles.exact ? 'exact' : 'histogram',
    breaches: { count: cell.breachCount, listed: cell.listed().slice() },
  };
}

/** Reads an export and measures it, in one pass. */
export function measureHistory(source: HistorySource, view: MeasureView, options: MeasureOptions, problems: HistoryProblems): Measurement {
  const measurer = new HistoryMeasurer(view, options);
  readHistory(source, problems, (r) => measurer.add(r));
  return measurer.result(problems);
}
