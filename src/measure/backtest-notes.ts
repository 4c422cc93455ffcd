/**
 * Where the model is off, in words: each target whose measurement lies outside the prediction,
 * and what the model assumed that the history contradicts (handle time, capacity). Arrivals are
 * not among the causes: the backtest feeds the model the arrivals measured.
 */
import { formatDuration } from '../values/durations.js';
import { percentText } from '../values/shares.js';
import type { BacktestTarget } from './backtest-result.js';
import type { ChannelCalibration } from './calibration.js';

const METRIC_WORDS: Record<BacktestTarget['metric'], string> = { acknowledge: 'acknowledge', firstResponse: 'first response', resolution: 'resolution' };

/** Handle time further than this from the model's counts as a cause. */
const HANDLE_TOLERANCE = 0.2;

const points = (x: number) => `${Math.round(Math.abs(x) * 100)} point${Math.round(Math.abs(x) * 100) === 1 ? '' : 's'}`;

function targetNote(t: BacktestTarget): string {
  const { mean, low, high } = t.predicted;
  const interval = low !== null && high !== null ? ` (${percentText(low)}–${percentText(high)})` : '';
  const way = t.verdict === 'optimistic' ? 'optimistic' : 'pessimistic';
  return `'${t.tier}' ${METRIC_WORDS[t.metric]} ${t.target}: the model predicts ${percentText(mean)}${interval}, the history measured ${percentText(t.measured)} of ${t.tickets.toLocaleString('en')}: the model is ${way} by ${points(t.error!)}.`;
}

export function backtestNotes(c: ChannelCalibration, targets: BacktestTarget[], model: { ahtSeconds: number; utilization: number }): string[] {
  const off = targets.filter((t) => t.verdict === 'optimistic' || t.verdict === 'pessimistic');
  const notes = off.map(targetNote);
  const measured = c.handleSeconds?.mean;
  if (measured !== undefined && Math.abs(measured / model.ahtSeconds - 1) > HANDLE_TOLERANCE) {
    const change = Math.round((measured / model.ahtSeconds - 1) * 100);
    notes.push(`Handle time: the model assumes ${formatDuration(model.ahtSeconds)} a ticket (the teams' handleTime); the export records ${formatDuration(measured)} on average over ${c.handleSeconds!.tickets.toLocaleString('en')} tickets (${change > 0 ? '+' : ''}${change}%).`);
  }
  if (model.utilization > 1) notes.push(`Capacity: on the measured arrivals the teams clear less than arrives (utilization ${model.utilization === Infinity ? 'unbounded: nobody on shift' : model.utilization.toFixed(2)}), so the model expects the backlog to grow.`);
  if (off.length === 0 && targets.some((t) => t.verdict === 'agrees')) notes.unshift('The model agrees with the history within sampling error on every target it predicts.');
  return notes;
}
