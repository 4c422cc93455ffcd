/**
 * The heatmap's fixed parts: geometry, colour scales, the hour axis and the legend.
 * Integer geometry and colours computed here keep the SVG byte-identical everywhere.
 */
import { escapeHtml } from '../escape/escape-html.js';
import { DAY_SHORT } from '../words/date-words.js';
import { num } from './report-numbers.js';

export const LABEL = 300;
export const CELL = 6;
export const GRID = 168 * CELL;
export const WIDTH = LABEL + GRID + 24;
export const ROW = 16;
export const SECTION = 24;
export const TOP = 86;

const EMPTY = '#f0f0f0';
/** Nobody on shift while the promise's clock runs: dark red, far from grey and blue in lightness too. */
export const UNCOVERED = '#b2182b';
type Rgb = [number, number, number];
const STAFF: [Rgb, Rgb] = [[0xc6, 0xdb, 0xef], [0x08, 0x30, 0x6b]];
const DEMAND: [Rgb, Rgb] = [[0xfe, 0xe6, 0xce], [0xa6, 0x36, 0x03]];

function scale([low, high]: [Rgb, Rgb], t: number): string {
  return `#${low.map((l, i) => Math.round(l + (high[i]! - l) * t).toString(16).padStart(2, '0')).join('')}`;
}

export function staffColour(value: number, max: number): string {
  return value <= 0 || max <= 0 ? EMPTY : scale(STAFF, Math.min(1, value / max));
}

export function demandColour(value: number, peak: number): string {
  return value <= 0 || peak <= 0 ? EMPTY : scale(DEMAND, Math.min(1, value / peak));
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(content)}</text>`;
}

/** Day names over each day, hour marks every 6 hours, and a line at every midnight through the rows. */
export function axis(): string[] {
  const out: string[] = [];
  for (let d = 0; d < 7; d++) {
    const x = LABEL + d * 24 * CELL;
    out.push(text(x + 12 * CELL, TOP - 22, DAY_SHORT[d]!, 'text-anchor="middle" font-weight="bold"'));
    for (const h of [0, 6, 12, 18]) {
      out.push(`<line x1="${x + h * CELL}" y1="${TOP - 6}" x2="${x + h * CELL}" y2="${TOP - 1}" stroke="#767676" stroke-width="1"/>`);
      out.push(text(x + h * CELL, TOP - 9, String(h).padStart(2, '0'), `text-anchor="${h === 0 ? 'start' : 'middle'}" font-size="8" fill="#4d4d4d"`));
    }
  }
  out.push(text(LABEL - 8, TOP - 9, 'Hour (UTC)', 'text-anchor="end" font-size="9" fill="#4d4d4d"'));
  return out;
}

/** Midnight lines drawn over the cells, so days stay apart in dense rows. */
export function midnights(bottom: number): string[] {
  return Array.from({ length: 8 }, (_, d) => `<line x1="${LABEL + d * 24 * CELL}" y1="${TOP - 4}" x2="${LABEL + d * 24 * CELL}" y2="${bottom}" stroke="#595959" stroke-width="1"/>`);
}

/** Three legend rows: people on shift, demand (share of the channel's busiest hour), and the uncovered mark. */
export function legend(y: number, maxStaff: number): string[] {
  const swatch = (x: number, yy: number, fill: string) => `<rect x="${x}" y="${yy}" width="14" height="12" fill="${fill}" stroke="#999" stroke-width="0.5"/>`;
  const out = [text(LABEL - 8, y + 10, 'People on shift', 'text-anchor="end"')];
  [0, 0.25, 0.5, 0.75, 1].forEach((t, i) => out.push(swatch(LABEL + i * 90, y, staffColour(t * maxStaff, maxStaff)), text(LABEL + i * 90 + 20, y + 10, num(t * maxStaff))));
  const y2 = y + 20;
  out.push(text(LABEL - 8, y2 + 10, 'Tickets per hour', 'text-anchor="end"'));
  ['none', '25%', '50%', '75%', 'busiest hour'].forEach((label, i) => out.push(swatch(LABEL + i * 90, y2, demandColour(i / 4, 1)), text(LABEL + i * 90 + 20, y2 + 10, label)));
  out.push(text(LABEL + 5 * 90, y2 + 10, '(of that channel\'s busiest hour)', 'fill="#4d4d4d"'));
  const y3 = y2 + 20;
  out.push(swatch(LABEL, y3, UNCOVERED), text(LABEL + 20, y3 + 10, 'Nobody on shift while the promise\'s clock runs (bar height: the share of the hour)'));
  return out;
}
