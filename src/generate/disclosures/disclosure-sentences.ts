/** The customer-facing sentences of a disclosure: plain words, one promise each, in the locale's catalog. */
import type { PausableMetric } from '../../schema/kinds/channels.js';
import type { Entity } from '../../model/model.js';
import type { ClockView, TierView } from '../sla-views.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { durationUnit } from '../words/duration-words.js';
import { joinAnd } from '../words/lists.js';
import { nounWords, promiseClause, promiseHow, rangeClause, type ContactNoun, type PromiseWording } from '../words/promise-words.js';

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What the channel's contacts are called, for "80% of calls". */
export function contactNoun(channel: Entity<'Channel'>): ContactNoun {
  if (channel.spec.mode === 'async') return 'requests';
  if (channel.spec.medium === 'phone' || channel.spec.medium === 'video') return 'calls';
  return channel.spec.medium === 'chat' ? 'chats' : 'conversations';
}

/** "Outage… We confirm receipt within 15 business minutes and reply to 90% of requests within 1 business hour, Monday–Friday …." */
export function tierSentence(channel: Entity<'Channel'>, tier: TierView, description: string, clock: ClockView, wording: PromiseWording, p: Phrases = ENGLISH): string {
  const noun = contactNoun(channel);
  const main = promiseClause(tier.firstResponse, wording, channel.spec.mode === 'sync' ? 'answer' : 'reply', noun, p);
  const values = { description: sentence(description), main, hours: clock.hours };
  if (!tier.acknowledge) return p.say('tier.sentence', values);
  return p.say('tier.sentenceWithReceipt', { ...values, receipt: promiseClause(tier.acknowledge, wording, 'receipt', noun, p) });
}

/**
 * "1 to 8 business hours", "2 minutes", "15 minutes to 4 hours", "1 business hour to 3 business
 * days": the fastest and slowest tiers' first response; the unit said once when both share it.
 */
export function rangeWords(tiers: TierView[], clock: Pick<ClockView, 'kind' | 'days'>, p: Phrases = ENGLISH): string {
  const sorted = [...tiers].sort((a, b) => a.firstResponse.seconds - b.firstResponse.seconds);
  const low = sorted[0]!.firstResponse;
  const high = sorted[sorted.length - 1]!.firstResponse;
  if (low.words === high.words) return low.words;
  const [a, b] = [durationUnit(low.seconds, clock.kind, clock.days), durationUnit(high.seconds, clock.kind, clock.days)];
  const lowWords = a && b && a.unit === b.unit ? p.number(a.n) : low.words;
  return p.say('range.to', { low: lowWords, high: high.words });
}

function isChatLike(channel: Entity<'Channel'>): boolean {
  return ['chat', 'messaging', 'social'].includes(channel.spec.medium);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rangePromise(channel: Entity<'Channel'>, tiers: TierView[], clock: ClockView, wording: PromiseWording, p: Phrases): string {
  return rangeClause(tiers.map((t) => t.firstResponse.share), rangeWords(tiers, clock, p), wording, contactNoun(channel), p);
}

/** The opening statement of an asynchronous channel that looks live: said before anything else (docs/domain.md, What customers are told). */
export function notLiveNotice(channel: Entity<'Channel'>, tiers: TierView[], clock: ClockView | undefined, wording: PromiseWording, p: Phrases = ENGLISH): string {
  const opening = p.say(isChatLike(channel) ? 'notice.chat' : 'notice.channel');
  if (!clock || tiers.length === 0) return p.say('notice.noTime', { opening });
  const promise = capitalized(rangePromise(channel, tiers, clock, wording, p));
  return p.say('notice.promise', { opening, promise, depending: tiers.length > 1 ? 'yes' : 'no', hours: clock.hours });
}

export function title(channel: Entity<'Channel'>, displayName: string, notLive: boolean, tiers: TierView[], clock: ClockView | undefined, wording: PromiseWording, p: Phrases = ENGLISH): string {
  if (!notLive) return p.say('title.live', { name: displayName });
  if (!clock || tiers.length === 0) return p.say('title.notLive', { name: displayName });
  return p.say('title.notLivePromise', { name: displayName, promise: rangePromise(channel, tiers, clock, wording, p) });
}

export interface UrgentTarget {
  channel: Entity<'Channel'>;
  /** Its name and entry point in the locale (the policy's words or their translations). */
  displayName: string;
  location: string;
}

/** The clocks that stop while the ticket waits on the customer (pending) or on someone outside the team (on-hold). */
export interface PausedWhileWaiting {
  pending: PausedMetric[];
  onHold: PausedMetric[];
}
export type PausedMetric = PausableMetric;

/** "our first-reply and resolution times", "die Lösungszeit": the stopped clocks in the locale's words. */
function timesWords(metrics: PausedMetric[], p: Phrases): string {
  const list = joinAnd(metrics.map((metric) => p.say('pause.metric', { metric })), p);
  return p.say('pause.times', { n: metrics.length, list });
}

/**
 * "Time spent waiting for your reply doesn't count towards our resolution time.": said wherever the
 * policy stops a published clock while a ticket waits, since a customer who is not told would expect
 * it to run (never promise more than the policy). Null when no clock stops.
 */
export function pauseSentence(paused: PausedWhileWaiting, p: Phrases = ENGLISH): string | null {
  const { pending, onHold } = paused;
  const same = pending.length === onHold.length && pending.every((m, i) => onHold[i] === m);
  if (pending.length > 0 && same) return p.say('pause.both', { times: timesWords(pending, p) });
  const out: string[] = [];
  if (pending.length > 0) out.push(p.say('pause.pending', { times: timesWords(pending, p) }));
  if (onHold.length > 0) out.push(p.say('pause.onHold', { times: timesWords(onHold, p) }));
  return out.length > 0 ? out.join(' ') : null;
}

/** Where to go for urgent cases, with how fast that channel answers. */
export function urgentSentence(target: UrgentTarget | undefined, name: string, fastest: TierView | undefined, clock: ClockView | undefined, wording: PromiseWording, p: Phrases = ENGLISH): string {
  const use = target ? p.say('urgent.useAt', { name: target.displayName, location: sentence(target.location) }) : p.say('urgent.use', { name });
  if (!target || !fastest || !clock) return use;
  const pr = fastest.firstResponse;
  const noun = contactNoun(target.channel);
  const how = p.say('urgent.how', { how: promiseHow(pr.share, wording), one: p.say('noun.one', { noun }), noun: nounWords(noun, p), share: p.percent(pr.share), time: pr.words });
  return p.say('urgent.answered', { use, hours: clock.hours, how });
}
