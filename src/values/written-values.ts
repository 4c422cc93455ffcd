/** Reading the values support leads write: durations, targets and percentages (already schema-checked). */

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

/** "1h30m" → 5400. Throws on text the schema would have rejected (a bug, not bad input). */
export function durationSeconds(text: string): number {
  const parts = [...text.matchAll(/(\d+)([dhms])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw new Error(`not a duration: ${text}`);
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_SECONDS[p[2]!]!, 0);
}

export function durationMinutes(text: string): number {
  return durationSeconds(text) / 60;
}

export interface ParsedTarget {
  /** Share of tickets that must meet it, 0–1. */
  share: number;
  seconds: number;
  text: string;
}

/** "90% within 4h" → { share: 0.9, seconds: 14400 }; a bare "4h" means 100%. */
export function parseTarget(text: string): ParsedTarget {
  const match = /^(?:([\d.]+)% within )?(.+)$/.exec(text);
  if (!match) throw new Error(`not a target: ${text}`);
  return { share: match[1] === undefined ? 1 : Number(match[1]) / 100, seconds: durationSeconds(match[2]!), text };
}

/** "85%" → 0.85. */
export function percent(text: string): number {
  return Number(text.slice(0, -1)) / 100;
}

/** Human form of a number of seconds, as leads write it: 5400 → "1h30m". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0m';
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out;
}

/** A share as the policy writes it: 0.905 → "90.5%", 0.9 → "90%" (never rounded to a whole percent). */
export function formatShare(share: number): string {
  return `${Number((share * 100).toFixed(4))}%`;
}
