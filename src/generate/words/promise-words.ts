/**
 * What a target promises customers, in words that never promise more than the policy
 * (docs/customer-text.md): never a shorter time, never a larger share, and "90% within 4h" never
 * as a bare "within 4 hours". `promiseWording` on the SLA policy chooses how a share below 100%
 * is said: `share` states it ("90% of requests"), `hedged` says "usually" or "most", which is
 * honest only for more than half of tickets, so lower shares are stated whatever the choice.
 */
import { percentWords } from './duration-words.js';

export type PromiseWording = 'share' | 'hedged';

export interface Promised {
  share: number;
  /** The time in words, already honest about its clock ("4 business hours", "3 business days"). */
  words: string;
}

/** The hedge is honest only above one half: "usually" means more often than not. */
export function hedges(share: number, wording: PromiseWording): boolean {
  return wording === 'hedged' && share > 0.5 && share < 1;
}

/**
 * A clause after "We": "reply within 4 business hours", "reply to 90% of requests within 4
 * business hours", "usually reply within 4 business hours". `verb` is the verb alone ("reply",
 * "answer", "confirm receipt"); `of` joins it to the share ("reply to", "answer", "confirm receipt of").
 */
export function promiseClause(p: Promised, wording: PromiseWording, verb: { alone: string; of: string }, noun: string): string {
  if (p.share >= 1) return `${verb.alone} within ${p.words}`;
  if (hedges(p.share, wording)) return `usually ${verb.alone} within ${p.words}`;
  return `${verb.of} ${percentWords(p.share)} of ${noun} within ${p.words}`;
}

/** A target as a phrase after "within", for templates: "4 business hours", "4 business hours for 90% of requests", "4 business hours for most requests". */
export function withinPhrase(p: Promised, wording: PromiseWording, noun: string): string {
  if (p.share >= 1) return p.words;
  return hedges(p.share, wording) ? `${p.words} for most ${noun}` : `${p.words} for ${percentWords(p.share)} of ${noun}`;
}

/** Several tiers at once (a range of times): the smallest share holds for all of them. */
export function rangeShare(shares: readonly number[]): { share: number; atLeast: boolean } {
  const share = Math.min(...shares);
  return { share, atLeast: shares.some((s) => s !== share) };
}

/** "we reply within 1 to 8 business hours", "we reply to at least 80% of requests within …", "we usually reply within …". */
export function rangeClause(shares: readonly number[], range: string, wording: PromiseWording, noun: string): string {
  const { share, atLeast } = rangeShare(shares);
  if (share >= 1) return `we reply within ${range}`;
  if (hedges(share, wording)) return `we usually reply within ${range}`;
  return `we reply to ${atLeast ? 'at least ' : ''}${percentWords(share)} of ${noun} within ${range}`;
}
