/**
 * The measure report as text, as pure functions: a stylish table for people and Markdown for a
 * pull request or a report page (measure-json.ts writes the JSON). Attainment per channel × tier ×
 * metric, what became of every record, the demand drift and the backtest. Times read as the
 * policies write them (4h, 1d2h).
 */
import { mdText } from '../generate/escape/escape-markdown.js';
import { mdTable } from '../generate/markdown-blocks.js';
import type { BacktestChannel, BacktestTarget } from '../measure/backtest-result.js';
import type { CellResult } from '../measure/measurement.js';
import { formatDuration } from '../values/durations.js';
import { formatShare, percentText } from '../values/shares.js';
import type { MeasureResult } from './measure-json.js';

const METRIC_WORDS: Record<string, string> = { acknowledge: 'acknowledge', firstResponse: 'first response', nextResponse: 'next response', resolution: 'resolution' };

const time = (s: number | null) => (s === null ? '–' : formatDuration(s));

function attainedText(c: CellResult): string {
  return c.targets.map((t) => (t.attained === null ? 'undecided' : `${formatShare(Math.round(t.attained * 1000) / 1000)}${t.meets ? '' : ' ✗'}`)).join(', ');
}

const HEAD = ['channel', 'tier', 'metric', 'target', 'attained', 'p50', 'p90', 'measured', 'breaches', 'censored'];

function rows(r: MeasureResult): string[][] {
  return r.measurement.attainment.map((c) => [
    c.channel, c.tier, METRIC_WORDS[c.metric]!, c.targets.map((t) => t.text).join(', '), attainedText(c), time(c.p50Seconds), time(c.p90Seconds),
    c.measured.toLocaleString('en'), c.breaches.count.toLocaleString('en'), String(c.targets[0]?.censored ?? 0),
  ]);
}

const BACKTEST_HEAD = ['channel', 'tier', 'metric', 'target', 'predicted', 'measured', 'error', 'verdict'];

function predictedText(t: BacktestTarget): string {
  const { mean, low, high } = t.predicted;
  return low !== null && high !== null && (low !== mean || high !== mean) ? `${percentText(mean)} (${percentText(low)}–${percentText(high)})` : percentText(mean);
}

function backtestRows(channels: readonly BacktestChannel[]): string[][] {
  return channels.flatMap((c) => c.targets.map((t) => [
    c.channel, t.tier, METRIC_WORDS[t.metric]!, t.target, predictedText(t), percentText(t.measured),
    t.error === null ? '–' : `${t.error > 0 ? '+' : ''}${Math.round(t.error * 1000) / 10}`, t.verdict,
  ]));
}

function summaryLine(r: MeasureResult): string {
  const { records: n, asOf } = r.measurement;
  const counted = (x: number) => x.toLocaleString('en');
  return `${counted(n.measured)} tickets measured of ${counted(n.read)} read (${counted(n.unmapped)} unmapped, ${counted(n.outsideWindow)} outside the window, ${counted(n.skipped)} skipped for problems), as of ${asOf.slice(0, 16).replace('T', ' ')} UTC.`;
}

function backtestTitle(r: MeasureResult): string {
  const mae = r.backtest?.meanAbsoluteError;
  return `Backtest: the capacity and simulation models fed the measured arrivals${mae === null || mae === undefined ? '' : `; mean absolute error ${(mae * 100).toFixed(1)} points`}`;
}

function table(head: string[], body: string[][]): string[] {
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

/** A plain-text report, columns padded; ✗ marks a target the history misses. */
export function measureStylish(r: MeasureResult): string {
  const m = r.measurement;
  const out = [...table(HEAD, rows(r)), '', summaryLine(r)];
  for (const u of m.unmapped) out.push(`  ${u.tickets.toLocaleString('en')} unmapped: ${u.reason}`);
  for (const p of m.problems.counts) out.push(`  ${p.count.toLocaleString('en')} × ${p.kind}`);
  if (m.pauses.length > 0) out.push('', 'Paused clocks:', ...m.pauses.map((p) => `  ${p.channel}: ${p.message}`));
  const stop = m.problems.stoppedBy;
  if (stop) out.push(`Stopped at the first problem (--strict): ${stop.file}${stop.line === null ? ` ${stop.pointer ?? ''}` : `:${stop.line}`} ${stop.message}`);
  if (r.drift.length > 0) out.push('', 'Demand, measured against declared:', ...r.drift.map((d) => `  ${d.channel}: ${d.message}`));
  if (r.backtest && r.backtest.channels.length > 0) {
    out.push('', `${backtestTitle(r)}:`, ...table(BACKTEST_HEAD, backtestRows(r.backtest.channels)).map((l) => `  ${l}`));
    for (const c of r.backtest.channels) for (const note of c.notes) out.push(`  ${c.channel}: ${note}`);
    for (const s of r.backtest.skipped) out.push(`  ${s.channel}: not simulated: ${s.reason}.`);
  }
  return `${out.join('\n')}\n`;
}

/** Table cells from the export or the policies, escaped for Markdown. */
const escaped = (rows: string[][]) => rows.map((row) => row.map(mdText));

function breachLines(r: MeasureResult): string[] {
  const late = r.measurement.attainment.filter((c) => c.breaches.count > 0);
  if (late.length === 0) return [];
  return ['', '## Breaches', '', ...late.map((c) => {
    const worst = c.breaches.listed.slice(0, 5).map((b) => `${mdText(b.ticket)} (${formatDuration(b.lateSeconds)} late, ${b.date}${b.open ? ', still open' : ''})`);
    return `- ${mdText(c.channel)} / ${mdText(c.tier)} / ${METRIC_WORDS[c.metric]}: ${c.breaches.count.toLocaleString('en')} — ${worst.join('; ')}`;
  })];
}

/** Markdown: the attainment table, breaches (the worst five per cell), what was left out, the drift and the backtest. */
export function measureMarkdown(r: MeasureResult): string {
  const m = r.measurement;
  const out = ['# Measured attainment', '', mdText(summaryLine(r)), '', ...mdTable(HEAD, escaped(rows(r))), ...breachLines(r)];
  if (m.unmapped.length > 0) out.push('', '## Unmapped tickets', '', ...m.unmapped.map((u) => `- ${u.tickets.toLocaleString('en')}: ${mdText(u.reason)}`));
  if (m.problems.counts.length > 0) out.push('', '## Problems in the export', '', ...m.problems.counts.map((p) => `- ${p.count.toLocaleString('en')} × ${mdText(p.kind)}`));
  if (m.pauses.length > 0) out.push('', '## Paused clocks', '', ...m.pauses.map((p) => `- ${mdText(p.channel)}: ${mdText(p.message)}`));
  if (r.drift.length > 0) out.push('', '## Demand, measured against declared', '', ...r.drift.map((d) => `- ${mdText(d.channel)}: ${mdText(d.message)}`));
  if (r.backtest && r.backtest.channels.length > 0) {
    out.push('', '## Backtest', '', `${mdText(backtestTitle(r))}.`, '', ...mdTable(BACKTEST_HEAD, escaped(backtestRows(r.backtest.channels))));
    const notes = r.backtest.channels.flatMap((c) => c.notes.map((n) => `- ${mdText(c.channel)}: ${mdText(n)}`));
    if (notes.length > 0) out.push('', ...notes);
  }
  return `${out.join('\n')}\n`;
}
