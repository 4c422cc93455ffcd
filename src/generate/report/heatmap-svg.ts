/**
 * report/coverage-heatmap.svg: one row per team, one column per hour of the week (each team in
 * its own schedule's zone), darker for more people on shift. Deterministic: integer geometry,
 * colours computed here, runs of equal hours drawn as one rectangle with a tooltip.
 */
import { escapeHtml } from '../html.js';
import { DAY_SHORT } from '../words/dates.js';
import type { FeasibilityReport } from './shape.js';

const LABEL = 250;
const CELL = 5;
const ROW = 20;
const TOP = 56;
const WIDTH = LABEL + 168 * CELL + 20;
const EMPTY = '#f0f0f0';
const LOW: [number, number, number] = [0xc6, 0xdb, 0xef];
const HIGH: [number, number, number] = [0x08, 0x30, 0x6b];

function colour(value: number, max: number): string {
  if (value <= 0 || max <= 0) return EMPTY;
  const t = value / max;
  return `#${LOW.map((low, i) => Math.round(low + (HIGH[i]! - low) * t).toString(16).padStart(2, '0')).join('')}`;
}

const num = (n: number) => String(Number(n.toFixed(2)));

function hourLabel(k: number): string {
  return `${DAY_SHORT[Math.floor(k / 24)]} ${String(k % 24).padStart(2, '0')}:00`;
}

function row(team: FeasibilityReport['teams'][number], index: number, max: number): string[] {
  const y = TOP + index * ROW;
  const out = [`<text x="${LABEL - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(`${team.team} (${team.timeZone})`)}</text>`];
  for (let k = 0; k < 168; ) {
    let end = k + 1;
    while (end < 168 && team.hours[end] === team.hours[k]) end++;
    const value = team.hours[k]!;
    const span = `${hourLabel(k)}–${end === 168 ? 'Mon 00:00' : hourLabel(end)}`;
    out.push(`<rect x="${LABEL + k * CELL}" y="${y + 2}" width="${(end - k) * CELL}" height="${ROW - 4}" fill="${colour(value, max)}"><title>${escapeHtml(`${team.team}, ${span} ${team.timeZone}: ${num(value)} on shift`)}</title></rect>`);
    k = end;
  }
  return out;
}

export function heatmapSvg(report: FeasibilityReport): string {
  const max = Math.max(0, ...report.teams.flatMap((t) => t.hours));
  const height = TOP + report.teams.length * ROW + 44;
  const days = DAY_SHORT.flatMap((day, d) => [
    `<text x="${LABEL + d * 24 * CELL + 12 * CELL}" y="${TOP - 8}" text-anchor="middle">${day}</text>`,
    `<line x1="${LABEL + d * 24 * CELL}" y1="${TOP - 4}" x2="${LABEL + d * 24 * CELL}" y2="${TOP + report.teams.length * ROW}" stroke="#999" stroke-width="1"/>`,
  ]);
  const legendY = TOP + report.teams.length * ROW + 20;
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  const legend = stops.flatMap((v, i) => [
    `<rect x="${LABEL + i * 90}" y="${legendY}" width="14" height="14" fill="${colour(v, max)}" stroke="#999" stroke-width="0.5"/>`,
    `<text x="${LABEL + i * 90 + 20}" y="${legendY + 11}">${num(v)}</text>`,
  ]);
  const title = 'Staffed headcount by hour of the week';
  const desc = `Week of ${report.week.reason}. Each row is one team in its schedule's time zone; darker cells have more people on shift (headcount times the share of the hour open). Maximum ${num(max)}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="heatmap-title heatmap-desc" font-family="sans-serif" font-size="11" fill="#1a1a1a">`,
    `<!-- policyHash ${report.policyHash} -->`,
    `<title id="heatmap-title">${escapeHtml(title)}</title>`,
    `<desc id="heatmap-desc">${escapeHtml(desc)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="18" font-size="13" font-weight="bold">${escapeHtml(`${title}, ${report.week.from} to ${report.week.to}`)}</text>`,
    ...days,
    ...report.teams.flatMap((t, i) => row(t, i, max)),
    `<text x="${LABEL - 8}" y="${legendY + 11}" text-anchor="end">People on shift</text>`,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
