/** The report's "staffed against demand" table: the heatmap's channel rows summed over the representative week (UTC). */
import { mdTable } from '../markdown-blocks.js';
import { mdCode } from '../escape/escape-markdown.js';
import { plural } from '../words/lists.js';
import { hourLabel, num, uncoveredDuration } from './report-numbers.js';
import type { FeasibilityReport } from './report-shape.js';

/** Hourly values are rounded to 3 decimals each: their sum is shown to one decimal, so 840 reads 840. */
const total = (xs: readonly number[]) => String(Number(xs.reduce((s, x) => s + x, 0).toFixed(1)));

function busiest(demand: readonly number[]): string {
  const peak = Math.max(...demand);
  if (!(peak > 0)) return '—';
  // A flat profile has no busiest hour: every hour with demand is the peak.
  if (demand.every((v) => v === 0 || v === peak)) return `none: ${num(peak)} tickets in every hour with demand`;
  const ties = demand.filter((v) => v === peak).length;
  const more = ties > 1 ? ` and ${plural(ties - 1, 'more hour')}` : '';
  return `${hourLabel(demand.indexOf(peak))}${more} (${num(peak)} tickets${ties > 1 ? ' each' : ''})`;
}

export function staffedSection(r: FeasibilityReport): (string | string[])[] {
  const rows = r.heatmap.channels.map((c) => {
    const uncovered = uncoveredDuration(c.uncoveredMinutes);
    return [
      mdCode(c.channel), c.promiseClock === null ? 'no SLA policy' : c.promiseClock === 'calendar' ? 'calendar' : mdCode(c.promiseClock),
      c.firstResponders.length ? c.firstResponders.map(mdCode).join(', ') : 'nobody',
      c.demand ? total(c.demand) : 'not stated', c.demand ? busiest(c.demand) : '—', total(c.staffed),
      uncovered ? `**${uncovered}**` : 'none',
    ];
  });
  return [
    '## Staffed against demand',
    `The representative week on one clock, UTC (${r.heatmap.from.slice(0, 10)} 00:00 to ${r.heatmap.to.slice(0, 10)} 00:00), as the heatmap draws it.`,
    rows.length
      ? mdTable(['Channel', 'Promise clock', 'First responders', 'Tickets in the week', 'Busiest hour (UTC)', 'Person-hours on shift', 'Nobody on shift while the clock runs'], rows)
      : 'No channel has teams or demand.',
  ];
}
