/** The customer-facing sentences of a disclosure: plain words, one promise each. */
import type { Entity } from '../../model/model.js';
import type { ClockView, TierView } from '../sla-views.js';
import { percentWords, type ClockKind } from '../words/duration-words.js';

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
function noun(channel: Entity<'Channel'>): string {
  if (channel.spec.mode === 'async') return 'requests';
  if (channel.spec.medium === 'phone' || channel.spec.medium === 'video') return 'calls';
  return channel.spec.medium === 'chat' ? 'chats' : 'conversations';
}

/** ", around the clock, every day" or ", Monday–Friday 08:00–18:00 London time (…)". */
function when(clock: ClockView): string {
  return `, ${clock.hours}`;
}

export function tierSentence(channel: Entity<'Channel'>, tier: TierView, clock: ClockView): string {
  const verb = channel.spec.mode === 'sync' ? 'answer' : 'reply to';
  const first = tier.firstResponse;
  const main = first.share < 1 ? `${verb} ${percentWords(first.share)} of ${noun(channel)} within ${first.words}` : `${verb === 'answer' ? 'answer' : 'reply'} within ${first.words}`;
  const ack = tier.acknowledge ? `confirm receipt within ${tier.acknowledge.words} and ` : '';
  return `${sentence(tier.description)} We ${ack}${main}${when(clock)}.`;
}

/** "1 to 24 business hours", "2 minutes", "15 minutes to 4 hours". */
export function rangeWords(tiers: TierView[], clock: ClockKind): string {
  const seconds = tiers.map((t) => t.firstResponse.seconds);
  const min = Math.min(...seconds);
  const max = Math.max(...seconds);
  const words = (s: number) => tiers.find((t) => t.firstResponse.seconds === s)!.firstResponse.words;
  if (min === max) return words(min);
  if (min % 3600 === 0 && max % 3600 === 0 && (clock === 'business' || max % 86400 !== 0)) return `${min / 3600} to ${max / 3600} ${clock === 'business' ? 'business hours' : 'hours'}`;
  if (max < 3600 && min % 60 === 0 && max % 60 === 0) return `${min / 60} to ${max / 60} ${clock === 'business' ? 'business minutes' : 'minutes'}`;
  return `${words(min)} to ${words(max)}`;
}

function isChatLike(channel: Entity<'Channel'>): boolean {
  return ['chat', 'messaging', 'social'].includes(channel.spec.medium);
}

/** The opening statement of an asynchronous channel that looks live: said before anything else (docs/domain.md, What customers are told). */
export function notLiveNotice(channel: Entity<'Channel'>, tiers: TierView[], clock: ClockView | undefined): string {
  const opening = isChatLike(channel) ? 'This is not a live chat: a person reads your message and replies later.' : 'This channel is not answered live: a person reads your message and replies later.';
  if (!clock || tiers.length === 0) return `${opening} We have not published a response time for it.`;
  const depending = tiers.length > 1 ? ' depending on urgency' : '';
  return `${opening} Expect a first reply within ${rangeWords(tiers, clock.kind)}${depending}${when(clock)}.`;
}

export function title(displayName: string, notLive: boolean, tiers: TierView[], clock: ClockView | undefined): string {
  if (!notLive) return `${displayName}: response times`;
  return clock && tiers.length ? `${displayName} is not live: we reply within ${rangeWords(tiers, clock.kind)}` : `${displayName} is not live`;
}

/** Where to go for urgent cases, with how fast that channel answers. */
export function urgentSentence(target: Entity<'Channel'> | undefined, name: string, fastest: TierView | undefined, clock: ClockView | undefined): string {
  const display = target?.spec.displayName ?? name;
  const where = target ? `: ${sentence(target.spec.entryPoint.location)}` : '.';
  if (!target || !fastest || !clock) return `For urgent cases, use ${display}${where}`;
  const share = fastest.firstResponse.share < 1 ? `${percentWords(fastest.firstResponse.share)} of ${noun(target)}` : `every ${noun(target).replace(/s$/, '')}`;
  return `For urgent cases, use ${display}${where} It is answered ${clock.hours}: ${share} within ${fastest.firstResponse.words}.`;
}
