/** The customer-facing sentences of a disclosure: plain words, one promise each. */
import type { Entity } from '../../model/model.js';
import type { ClockView, TierView } from '../sla-views.js';
import { percentWords } from '../words/duration-words.js';
import { hedges, promiseClause, rangeClause, type PromiseWording } from '../words/promise-words.js';

/** "live-call" → "Live call". */
export function tierTitle(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What the channel's contacts are called, for "80% of calls". */
export function contactNoun(channel: Entity<'Channel'>): string {
  if (channel.spec.mode === 'async') return 'requests';
  if (channel.spec.medium === 'phone' || channel.spec.medium === 'video') return 'calls';
  return channel.spec.medium === 'chat' ? 'chats' : 'conversations';
}

/** ", around the clock, every day" or ", Monday–Friday 08:00–18:00 London time (…)". */
function when(clock: ClockView): string {
  return `, ${clock.hours}`;
}

const RECEIPT = { alone: 'confirm receipt', of: 'confirm receipt of' };

/** "Outage… We confirm receipt within 15 business minutes and reply to 90% of requests within 1 business hour, Monday–Friday …." */
export function tierSentence(channel: Entity<'Channel'>, tier: TierView, clock: ClockView, wording: PromiseWording): string {
  const noun = contactNoun(channel);
  const verb = channel.spec.mode === 'sync' ? { alone: 'answer', of: 'answer' } : { alone: 'reply', of: 'reply to' };
  const main = promiseClause(tier.firstResponse, wording, verb, noun);
  const ack = tier.acknowledge ? `${promiseClause(tier.acknowledge, wording, RECEIPT, noun)} and ` : '';
  return `${sentence(tier.description)} We ${ack}${main}${when(clock)}.`;
}

const UNIT = /^(\d+) ((?:business )?(?:second|minute|hour|day))s?$/;

/** "1 to 8 business hours", "2 minutes", "15 minutes to 4 hours", "1 business hour to 3 business days". */
export function rangeWords(tiers: TierView[]): string {
  const sorted = [...tiers].sort((a, b) => a.firstResponse.seconds - b.firstResponse.seconds);
  const low = sorted[0]!.firstResponse.words;
  const high = sorted[sorted.length - 1]!.firstResponse.words;
  if (low === high) return low;
  const [a, b] = [UNIT.exec(low), UNIT.exec(high)];
  return a && b && a[2] === b[2] ? `${a[1]} to ${b[1]} ${b[2]}s` : `${low} to ${high}`;
}

function isChatLike(channel: Entity<'Channel'>): boolean {
  return ['chat', 'messaging', 'social'].includes(channel.spec.medium);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The opening statement of an asynchronous channel that looks live: said before anything else (docs/domain.md, What customers are told). */
export function notLiveNotice(channel: Entity<'Channel'>, tiers: TierView[], clock: ClockView | undefined, wording: PromiseWording): string {
  const opening = isChatLike(channel) ? 'This is not a live chat: a person reads your message and replies later.' : 'This channel is not answered live: a person reads your message and replies later.';
  if (!clock || tiers.length === 0) return `${opening} We have not published a response time for it.`;
  const depending = tiers.length > 1 ? ' depending on urgency' : '';
  const promise = rangeClause(tiers.map((t) => t.firstResponse.share), rangeWords(tiers), wording, contactNoun(channel));
  return `${opening} ${capitalized(promise)}${depending}${when(clock)}.`;
}

export function title(channel: Entity<'Channel'>, displayName: string, notLive: boolean, tiers: TierView[], clock: ClockView | undefined, wording: PromiseWording): string {
  if (!notLive) return `${displayName}: response times`;
  if (!clock || tiers.length === 0) return `${displayName} is not live`;
  return `${displayName} is not live: ${rangeClause(tiers.map((t) => t.firstResponse.share), rangeWords(tiers), wording, contactNoun(channel))}`;
}

/** The clocks that stop while the ticket waits on the customer (pending) or on someone outside the team (on-hold). */
export interface PausedWhileWaiting {
  pending: PausedMetric[];
  onHold: PausedMetric[];
}
export type PausedMetric = 'firstResponse' | 'nextResponse' | 'resolution';

const PAUSED_WORDS: Record<PausedMetric, string> = { firstResponse: 'first-reply', nextResponse: 'later-reply', resolution: 'resolution' };

function timesWords(metrics: PausedMetric[]): string {
  const words = metrics.map((m) => PAUSED_WORDS[m]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0]!;
  return `our ${list} time${words.length > 1 ? 's' : ''}`;
}

/**
 * "Time spent waiting for your reply doesn't count towards our resolution time.": said wherever the
 * policy stops a published clock while a ticket waits, since a customer who is not told would expect
 * it to run (never promise more than the policy). Null when no clock stops.
 */
export function pauseSentence(paused: PausedWhileWaiting): string | null {
  const { pending, onHold } = paused;
  const same = pending.length === onHold.length && pending.every((m, i) => onHold[i] === m);
  if (pending.length > 0 && same) return `Time spent waiting for your reply, or on someone outside our team, doesn't count towards ${timesWords(pending)}.`;
  const out: string[] = [];
  if (pending.length > 0) out.push(`Time spent waiting for your reply doesn't count towards ${timesWords(pending)}.`);
  if (onHold.length > 0) out.push(`Time spent waiting on someone outside our team doesn't count towards ${timesWords(onHold)}.`);
  return out.length > 0 ? out.join(' ') : null;
}

/** Where to go for urgent cases, with how fast that channel answers. */
export function urgentSentence(target: Entity<'Channel'> | undefined, name: string, fastest: TierView | undefined, clock: ClockView | undefined, wording: PromiseWording): string {
  const display = target?.spec.displayName ?? name;
  const where = target ? `: ${sentence(target.spec.entryPoint.location)}` : '.';
  if (!target || !fastest || !clock) return `For urgent cases, use ${display}${where}`;
  const p = fastest.firstResponse;
  const noun = contactNoun(target);
  const how = p.share >= 1 ? `every ${noun.replace(/s$/, '')} within ${p.words}` : hedges(p.share, wording) ? `usually within ${p.words}` : `${percentWords(p.share)} of ${noun} within ${p.words}`;
  return `For urgent cases, use ${display}${where} It is answered ${clock.hours}: ${how}.`;
}
