/**
 * The backtest: the measured arrivals, hour by hour, fed into the same capacity and simulation
 * models the feasibility check uses (over the measured window, with the policies' staffing and
 * handle times), and the predicted attainment of every channel × tier target set beside the
 * attainment measured. The difference is the model's error; a target whose measurement lies
 * outside the 95% interval one history as long as the window may fall in is where the model is
 * off, and the notes say what it assumed that the history contradicts.
 */
import { channelCapacity } from '../facts/capacity.js';
import { FactsCache } from '../facts/facts-cache.js';
import { simulateChannel, type TargetKind, type TargetPrediction } from '../facts/simulation.js';
import type { Model } from '../model/model.js';
import { DAY_MS } from '../time/civil.js';
import { formatDuration } from '../values/durations.js';
import { percentText } from '../values/shares.js';
import { windowWords } from './demand-drift.js';
import type { CellResult, Measurement } from './measurement.js';
import { channelInputsOver, withMeasuredDemand } from './measure-view.js';
import { backtestNotes } from './backtest-notes.js';
import type { Backtest, BacktestChannel, BacktestTarget, BacktestVerdict } from './backtest-result.js';

/** Arrivals of a channel in each hour of `hours` from `fromMs`. */
export type HourlyArrivals = (channel: string, fromMs: number, hours: number) => Float64Array;

const METRIC: Record<TargetKind, { metric: BacktestTarget['metric']; index: number }> = {
  acknowledge: { metric: 'acknowledge', index: 0 },
  firstResponse: { metric: 'firstResponse', index: 0 },
  resolutionMedian: { metric: 'resolution', index: 0 },
  resolutionP90: { metric: 'resolution', index: 1 },
};

const MAX_DAYS = 730;

/**
 * What one history as long as the window may show: the simulation's interval is for its mean
 * over `samples` runs (replications × batches); a single run spreads √(samples + 1) times wider.
 */
function predictionInterval(t: TargetPrediction, samples: number): BacktestTarget['predicted'] {
  const { mean, low, high } = t.attainment;
  if (mean === null || low === null || high === null) return { mean, low, high };
  const half = ((high - low) / 2) * Math.sqrt(samples + 1);
  return { mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}

/** Whether a measured share lies inside, below or above the prediction interval (never narrower than two binomial standard errors). */
function verdictOf(p: BacktestTarget['predicted'], measured: number | null, n: number): BacktestVerdict {
  if (measured === null || p.mean === null || n === 0) return 'undecided';
  const se = Math.sqrt(Math.max(measured * (1 - measured), 1 / n) / n);
  if (measured < Math.min(p.low ?? p.mean, p.mean - 2 * se)) return 'optimistic';
  if (measured > Math.max(p.high ?? p.mean, p.mean + 2 * se)) return 'pessimistic';
  return 'agrees';
}

function compare(t: TargetPrediction, tier: string, cells: CellResult[], samples: number): BacktestTarget {
  const { metric, index } = METRIC[t.kind];
  const cell = cells.find((c) => c.tier === tier && c.metric === metric);
  const measuredTarget = cell?.targets[index];
  const measured = measuredTarget?.attained ?? null;
  const tickets = measuredTarget ? measuredTarget.met + measuredTarget.breached : 0;
  const predicted = predictionInterval(t, samples);
  const seconds = Math.round(t.minutes * 60);
  const written = t.kind === 'resolutionMedian' ? `median ${formatDuration(seconds)}` : t.kind === 'resolutionP90' ? `p90 ${formatDuration(seconds)}` : `${percentText(t.share, 0)} within ${formatDuration(seconds)}`;
  const target = measuredTarget?.text ?? written;
  const error = measured !== null && predicted.mean !== null ? Math.round((measured - predicted.mean) * 1e4) / 1e4 : null;
  return { tier, metric, target, share: t.share, seconds, predicted, measured, tickets, error, verdict: verdictOf(predicted, measured, tickets) };
}

/** Runs the models on the measured arrivals of every measured channel and compares. */
export function backtest(model: Model, measurement: Measurement, arrivals: HourlyArrivals): Backtest {
  const calibration = measurement.calibration;
  const first = calibration[0];
  if (!first) return { channels: [], meanAbsoluteError: null, skipped: [] };
  const fromMs = Date.parse(`${first.from}T00:00:00Z`);
  const days = Math.min(MAX_DAYS, Math.max(1, first.days));
  const measured = withMeasuredDemand(model, calibration).model;
  const inputs = new Map(channelInputsOver(measured, first.from, days).map((i) => [i.channel.name, i]));
  const channels: BacktestChannel[] = [];
  const skipped: Backtest['skipped'] = [];
  for (const c of calibration) {
    const input = inputs.get(c.channel);
    if (!input) {
      skipped.push({ channel: c.channel, reason: 'no team answers it, its SLA clock is not defined, or none of its tickets mapped to a tier' });
      continue;
    }
    const series = arrivals(c.channel, fromMs, input.arrivals.length).fill(0, days * 24);
    const fed = { ...input, arrivals: series };
    const capacity = channelCapacity(fed);
    const simulation = simulateChannel(fed, new FactsCache());
    const cells = measurement.attainment.filter((a) => a.channel === c.channel);
    const samples = simulation ? simulation.replications * simulation.batches : 1;
    const targets = (simulation?.tiers ?? []).flatMap((t) => t.targets.map((p) => compare(p, t.tier, cells, samples)));
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    channels.push({
      channel: c.channel,
      window: windowWords({ from: first.from, to: new Date(fromMs + days * DAY_MS).toISOString().slice(0, 10) }),
      ticketsPerDay: c.ticketsPerDay,
      capacity: { demandPerDay: round(capacity.demandPerDay), capacityPerDay: round(capacity.capacityPerDay), utilization: finite(round(capacity.utilization)), agentsRequired: finite(capacity.agentsRequired), agentsStaffed: round(capacity.agentsStaffed) },
      targets,
      notes: backtestNotes(c, targets, { ahtSeconds: input.queue.ahtSeconds, utilization: capacity.utilization }),
    });
  }
  const errors = channels.flatMap((c) => c.targets.flatMap((t) => (t.error === null ? [] : [Math.abs(t.error)])));
  return { channels, meanAbsoluteError: errors.length > 0 ? Math.round((errors.reduce((s, e) => s + e, 0) / errors.length) * 1e4) / 1e4 : null, skipped };
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
