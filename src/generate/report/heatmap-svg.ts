/**
 * report/coverage-heatmap.svg: staffed against demand by hour of the week, every row on one
 * clock (UTC). Teams in different zones must share a clock, or follow-the-sun shifts line up
 * in the same columns and the hours nobody covers disappear. For each channel: its demand,
 * its first responders on shift with the uncovered hours marked, then each team answering it.
 * Runs of equal hours are one rectangle with a tooltip.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, weekdayOf } from '../../time/civil.js';
import { formatLocalTime } from '../../values/wall-clock.js';
import { getZone } from '../../time/zone.js';
import { escapeHtml } from '../escape/escape-html.js';
import { DAY_SHORT } from '../words/date-words.js';
import { axis, CELL, demandColour, GRID, legend, LABEL, midnights, ROW, SECTION, staffColour, text, TOP, UNCOVERED, WIDTH } from './heatmap-parts.js';
import { hourLabel, num, uncoveredDuration } from './report-numbers.js';
import { HOURS_PER_WEEK } from '../../facts/week-staffing.js';
import type { ChannelHoursJson, FeasibilityReport, TeamHours } from './report-shape.js';

interface Row {
  label: string;
  /** A heading starts a channel's rows; a row without `cells` is a note (its label alone). */
  kind?: 'heading';
  cells?: { values: readonly number[]; colour: (v: number) => string; tip: (from: number, to: number, v: number) => string };
  /** Minutes per hour with nobody on shift while the promise's clock runs, drawn as bars, for `channel`. */
  uncovered?: { minutes: readonly number[]; channel: string };
  bold?: boolean;
}

const span = (from: number, to: number) => `${hourLabel(from)}–${hourLabel(to)}`;

/** "Mon 09:00" in a team's own zone, for tooltips that tie UTC back to the shift as written. */
function localLabel(zone: string, ms: number): string {
  const local = getZone(zone).toLocalMs(ms);
  const day = Math.floor(local / DAY_MS);
  return `${DAY_SHORT[weekdayOf(day)]} ${formatLocalTime(Math.round((local - day * DAY_MS) / MINUTE_MS))}`;
}

function runs(values: readonly number[], draw: (from: number, to: number, v: number) => string | undefined): string[] {
  const out: string[] = [];
  for (let k = 0; k < values.length; ) {
    let end = k + 1;
    while (end < values.length && values[end] === values[k]) end++;
    const shape = draw(k, end, values[k]!);
    if (shape) out.push(shape);
    k = end;
  }
  return out;
}

function drawRow(row: Row, y: number): string[] {
  if (row.kind === 'heading') return [`<rect x="0" y="${y}" width="${WIDTH}" height="${SECTION}" fill="#f7f7f7"/>`, text(8, y + 16, row.label, 'font-weight="bold"')];
  if (!row.cells) return [text(LABEL - 8, y + ROW - 4, row.label, 'text-anchor="end" fill="#4d4d4d"')];
  const { values, colour, tip } = row.cells;
  const cells = runs(values, (k, end, v) => `<rect x="${LABEL + k * CELL}" y="${y + 1}" width="${(end - k) * CELL}" height="${ROW - 2}" fill="${colour(v)}"><title>${escapeHtml(tip(k, end, v))}</title></rect>`);
  const bars = row.uncovered
    ? runs(row.uncovered.minutes, (k, end, m) => {
        if (m <= 0) return undefined;
        const h = Math.max(3, Math.round(((ROW - 2) * m) / 60));
        return `<rect x="${LABEL + k * CELL}" y="${y + ROW - 1 - h}" width="${(end - k) * CELL}" height="${h}" fill="${UNCOVERED}"><title>${escapeHtml(`${row.uncovered!.channel}: nobody on shift for ${num(m)} minutes of each hour ${span(k, end)} UTC while the promise's clock runs`)}</title></rect>`;
      })
    : [];
  return [text(LABEL - 8, y + ROW - 4, row.label, `text-anchor="end"${row.bold ? ' font-weight="bold"' : ''}`), ...cells, ...bars];
}

function teamRow(team: TeamHours | undefined, name: string, note: string, start: number, maxStaff: number): Row {
  const values = team?.hoursUtc ?? Array<number>(HOURS_PER_WEEK).fill(0);
  // A team is in the report only when its schedule compiled, so its zone is a real one.
  const zone = team?.timeZone;
  const local = (k: number) => (zone ? localLabel(zone, start + k * HOUR_MS) : '');
  return {
    label: `${name}${zone ? ` (${zone})` : ''}${note}`,
    cells: {
      values,
      colour: (v) => staffColour(v, maxStaff),
      tip: (k, end, v) => `${name}, ${span(k, end)} UTC${zone ? ` (${local(k)}–${local(end)} ${zone})` : ''}: ${num(v)} on shift`,
    },
  };
}

function channelRows(c: ChannelHoursJson, teams: Map<string, TeamHours>, start: number, maxStaff: number): Row[] {
  const clock = c.promiseClock === null ? 'no SLA policy' : c.promiseClock === 'calendar' ? 'promise counted around the clock' : `promise counted in the open hours of ${c.promiseClock}`;
  const peak = c.demand ? Math.max(0, ...c.demand) : 0;
  const rows: Row[] = [{ kind: 'heading', label: `Channel ${c.channel} (${clock})` }];
  if (c.demand) {
    rows.push({ label: `Demand, tickets per hour (busiest ${num(peak)})`, cells: { values: c.demand, colour: (v) => demandColour(v, peak), tip: (k, end, v) => `${c.channel} demand, ${span(k, end)} UTC: ${num(v)} tickets per hour` } });
  } else {
    rows.push({ label: 'Demand: not stated in the policy' });
  }
  rows.push({
    label: 'First responders on shift', bold: true, uncovered: c.promiseClock === null ? undefined : { minutes: c.uncoveredMinutes, channel: c.channel },
    cells: { values: c.staffed, colour: (v) => staffColour(v, maxStaff), tip: (k, end, v) => `${c.channel}, ${span(k, end)} UTC: ${num(v)} first responders on shift` },
  });
  for (const name of c.teams) rows.push(teamRow(teams.get(name), name, c.firstResponders.includes(name) ? '' : ', tagged only', start, maxStaff));
  return rows;
}

function uncoveredWords(c: ChannelHoursJson): string[] {
  const total = uncoveredDuration(c.uncoveredMinutes);
  return total ? [`${c.channel} ${total}`] : [];
}

export function heatmapSvg(report: FeasibilityReport): string {
  const start = Date.parse(report.heatmap.from);
  const teams = new Map(report.teams.map((t) => [t.team, t]));
  const maxStaff = Math.max(0, ...report.teams.flatMap((t) => t.hoursUtc), ...report.heatmap.channels.flatMap((c) => c.staffed));
  const rows = [
    ...report.heatmap.channels.flatMap((c) => channelRows(c, teams, start, maxStaff)),
    ...(report.heatmap.otherTeams.length ? [{ kind: 'heading' as const, label: 'Teams on no channel' }, ...report.heatmap.otherTeams.map((n) => teamRow(teams.get(n), n, '', start, maxStaff))] : []),
  ];
  const body: string[] = [];
  const headings: string[] = [];
  let y = TOP;
  for (const row of rows) {
    (row.kind === 'heading' ? headings : body).push(...drawRow(row, y));
    y += row.kind === 'heading' ? SECTION : ROW;
  }
  const bottom = y;
  const height = bottom + 24 + 3 * 20 + 12;
  const gaps = report.heatmap.channels.flatMap(uncoveredWords);
  const title = 'Staffed against demand by hour of the week, on UTC';
  const desc = `Week of ${report.week.reason}. Every row is on one clock, UTC. For each channel: the tickets expected per hour (orange, darker towards that channel's busiest hour), the first responders on shift (blue, darker for more people, up to ${num(maxStaff)}; dark red bars where nobody is on shift while the promise's clock runs), then each team that answers it, in UTC with its own zone named. ${gaps.length ? `Nobody on shift while the promise's clock runs, in the week: ${gaps.join('; ')}.` : 'Every hour a promise counts has someone on shift.'}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="heatmap-title heatmap-desc" font-family="sans-serif" font-size="11" fill="#1a1a1a">`,
    `<!-- policyHash ${report.policyHash} -->`,
    `<title id="heatmap-title">${escapeHtml(title)}</title>`,
    `<desc id="heatmap-desc">${escapeHtml(desc)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(8, 20, `${title}, ${report.week.from} to ${report.week.to}`, 'font-size="14" font-weight="bold"'),
    text(8, 38, `Every row on UTC: ${report.heatmap.from.slice(0, 16).replace('T', ' ')} to ${report.heatmap.to.slice(0, 16).replace('T', ' ')}. Hover a cell for its numbers and the team's local time.`, 'fill="#4d4d4d"'),
    ...axis(),
    ...body,
    ...midnights(bottom),
    // Headings over the midnight lines, so their text stays whole.
    ...headings,
    text(LABEL + GRID / 2, bottom + 16, 'Hour of the week, UTC (Monday 00:00 to Sunday 24:00)', 'text-anchor="middle" fill="#4d4d4d"'),
    ...legend(bottom + 28, maxStaff),
    '</svg>',
    '',
  ].join('\n');
}
