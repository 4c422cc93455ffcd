/** Percentages as leads write them ("85%", "2.5%") and shares as the policy words them. */
import { WrittenValue } from './written-value.js';

/** "85%": a share of 0.85. */
export class Share extends WrittenValue {
  constructor(
    text: string,
    readonly share: number,
  ) {
    super(text);
  }
}

/** "85%" → 0.85. */
export function percent(text: string): number {
  return Number(text.slice(0, -1)) / 100;
}

export function parseShare(text: string): Share {
  return new Share(text, percent(text));
}

/** A share as the policy writes it: 0.905 → "90.5%", 0.9 → "90%" (never rounded to a whole percent). */
export function formatShare(share: number): string {
  return `${Number((share * 100).toFixed(4))}%`;
}

/** A predicted share as "87.3%" (more digits on request); "?" when there is none. */
export const percentText = (n: number | null, digits = 1): string => (n === null ? '?' : `${(n * 100).toFixed(digits)}%`);
