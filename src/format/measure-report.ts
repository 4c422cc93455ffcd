/**
 * The measurement rendered three ways, as pure functions: a stylish table for people, JSON for
 * tools (schemas/measure/measure-report.schema.json, stable and sorted), and Markdown for a pull request
 * or a report page. Times read as the policies write them (4h, 1d2h).
 */
import { formatDuration } from '../values/durations.js';
import { formatShare } from '../values/shares.js';
import type { CellResult, Measurement } from '../measure/measurement.js';

const METRIC_WORDS: Record<string, string> = { acknowledge: 'acknowledge', firstResponse: 'first response', nextResponse: 'next response', resolution: 'resolution' };

const time = (s: number | null) => (s === null ? '–' : formatDuration(s));

function targetText(c: CellResult): string {
  return c.targets.map((t) => `${formatShare(t.share)} within ${formatDuration(t.seconds)}`).join(', ');
}

function attainedText(c: CellResult): string {
  return c.targets.map((t) => (t.attained === null ? 'undecided' : `${formatShare(Math.round(t.attained * 1000) / 1000)}${t.meets ? '' : ' ✗'}`)).join(', ');
}

function rows(m: Measurement): string[][] {
  return m.attainment.map((c) => [c.channel, c.tier, METRIC_WORDS[c.metric]!, targetText(c), attainedText(c), time(c.p50Seconds), time(c.p90Seconds), String(c.measured), String(c.breaches.count), String(c.targets[0]?.censored ?? 0)]);
}

const HEAD = ['channel', 'tier', 'metric', 'target', 'attained', 'p50', 'p90', 'measured', 'breaches', 'censored'];

function summaryLine(m: Measurement): string {
  const r = m.records;
  return `${r.measured} tickets measured of ${r.read} read (${r.unmapped} unmapped, ${r.outsideWindow} outside the window, ${r.skipped} skipped for problems), as of ${m.asOf}.`;
}

/** A plain-text table, columns padded; ✗ marks a target the history misses. */
export function measureStylish(m: Measurement): string {
  const table = [HEAD, ...rows(m)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  const out = [...lines, '', summaryLine(m)];
  for (const u of m.unmapped) out.push(`  ${u.tickets} unmapped: ${u.reason}`);
  for (const p of m.problems.counts) out.push(`  ${p.count} × ${p.kind}`);
  if (m.problems.stoppedBy) out.push(`Stopped at the first problem (strict): ${m.problems.stoppedBy.location.file}:${m.problems.stoppedBy.location.start.line} ${m.problems.stoppedBy.message}`);
  return `${out.join('\n')}\n`;
}

/** The JSON report: the measurement as data, two-space indented. */
export function measureJson(m: Measurement): string {
  return `${JSON.stringify({ $schema: 'https://supportops.dev/schemas/measure/measure-report.schema.json', ...m }, null, 2)}\n`;
}

const md = (s: string) => s.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);

/** Markdown: the attainment table, then breaches (the worst five per cell), unmapped tickets and problems. */
export function measureMarkdown(m: Measurement): string {
  const out = ['## Measured attainment', '', summaryLine(m), '', `| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
  for (const r of rows(m)) out.push(`| ${r.map(md).join(' | ')} |`);
  const late = m.attainment.filter((c) => c.breaches.count > 0);
  if (late.length > 0) {
    out.push('', '### Breaches', '');
    for (const c of late) {
      const worst = c.breaches.listed.slice(0, 5).map((b) => `${md(b.ticket)} (${formatDuration(b.lateSeconds)} late, ${b.date}${b.open ? ', still open' : ''})`);
      out.push(`- ${md(c.channel)} / ${md(c.tier)} / ${METRIC_WORDS[c.metric]}: ${c.breaches.count} — ${worst.join('; ')}`);
    }
  }
  if (m.unmapped.length > 0) out.push('', '### Unmapped tickets', '', ...m.unmapped.map((u) => `- ${u.tickets}: ${md(u.reason)}`));
  if (m.problems.counts.length > 0) out.push('', '### Problems in the export', '', ...m.problems.counts.map((p) => `- ${p.count} × ${p.kind}`));
  return `${out.join('\n')}\n`;
}
