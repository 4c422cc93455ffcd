/**
 * What a target promises customers, in words that never promise more than the policy
 * (docs/customer-text.md): never a shorter time, never a larger share, and "90% within 4h" never
 * as a bare "within 4 hours". `promiseWording` on the SLA policy chooses how a share below 100%
 * is said: `share` states it ("90% of requests"), `hedged` says "usually" or "most", which is
 * honest only for more than half of tickets, so lower shares are stated whatever the choice.
 * Which of the three a target gets is decided here; each catalog only words it (docs/locales.md).
 */
import { ENGLISH, type Phrases } from '../locale/phrases.js';

export type PromiseWording = 'share' | 'hedged';

/** What a channel's contacts are called: "requests", "calls", "chats", "conversations". */
export type ContactNoun = 'requests' | 'calls' | 'chats' | 'conversations';

export interface Promised {
  share: number;
  /** The time in words, already honest about its clock ("4 business hours", "3 business days"). */
  words: string;
}

/** The hedge is honest only above one half: "usually" means more often than not. */
export function hedges(share: number, wording: PromiseWording): boolean {
  return wording === 'hedged' && share > 0.5 && share < 1;
}

/** Every ticket, most of them ("usually"), or a stated share: the only three ways a target is said. */
export function promiseHow(share: number, wording: PromiseWording): 'all' | 'usually' | 'share' {
  if (share >= 1) return 'all';
  return hedges(share, wording) ? 'usually' : 'share';
}

/** "requests", "Anfragen": the contacts in the plural. */
export function nounWords(noun: ContactNoun, p: Phrases = ENGLISH): string {
  return p.say('noun.many', { noun });
}

/**
 * A clause after "We": "reply within 4 business hours", "reply to 90% of requests within 4
 * business hours", "usually reply within 4 business hours"; `verb` is reply, answer (a live
 * channel) or receipt ("confirm receipt").
 */
export function promiseClause(pr: Promised, wording: PromiseWording, verb: 'reply' | 'answer' | 'receipt', noun: ContactNoun, p: Phrases = ENGLISH): string {
  return p.say('promise.clause', { how: promiseHow(pr.share, wording), verb, share: p.percent(pr.share), noun: nounWords(noun, p), time: pr.words });
}

/**
 * A target as a phrase after "within", for templates: "4 business hours", "4 business hours for
 * 90% of requests", "4 business hours for most requests"; in `p`'s language ("4 Geschäftsstunden
 * bei 90 % der Anfragen").
 */
export function withinPhrase(pr: Promised, wording: PromiseWording, noun: ContactNoun, p: Phrases = ENGLISH): string {
  return p.say('within.phrase', { how: promiseHow(pr.share, wording), time: pr.words, share: p.percent(pr.share), noun: nounWords(noun, p) });
}

/** Several tiers at once (a range of times): the smallest share holds for all of them. */
export function rangeShare(shares: readonly number[]): { share: number; atLeast: boolean } {
  const share = Math.min(...shares);
  return { share, atLeast: shares.some((s) => s !== share) };
}

/** "we reply within 1 to 8 business hours", "we reply to at least 80% of requests within …", "we usually reply within …". */
export function rangeClause(shares: readonly number[], range: string, wording: PromiseWording, noun: ContactNoun, p: Phrases = ENGLISH): string {
  const { share, atLeast } = rangeShare(shares);
  return p.say('promise.range', { how: promiseHow(share, wording), atLeast: atLeast ? 'yes' : 'no', share: p.percent(share), noun: nounWords(noun, p), range });
}
