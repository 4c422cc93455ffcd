/**
 * Vendors' words for channels, priorities and statuses, read onto the record's common scales.
 * Sources: Zendesk's `via.channel` values, Freshdesk's ticket sources and priorities (API v2),
 * Zammad's article types, priorities and states (its seeds); schemas/history/README.md.
 */
import type { Medium, TicketStatus, WaitingStatus } from './ticket-record.js';

const MEDIUM_WORDS: Record<string, Medium> = {
  email: 'email', mail: 'email', 'outbound email': 'email',
  web: 'web-form', 'web form': 'web-form', 'web-form': 'web-form', web_form: 'web-form', webform: 'web-form', portal: 'web-form', form: 'web-form', web_widget: 'web-form', 'feedback widget': 'web-form', api: 'web-form',
  chat: 'chat', 'live chat': 'chat', livechat: 'chat',
  messaging: 'messaging', native_messaging: 'messaging', mobile_sdk: 'messaging', whatsapp: 'messaging', 'whatsapp message': 'messaging', sms: 'messaging', telegram: 'messaging', 'telegram personal-message': 'messaging', messenger: 'messaging', 'facebook direct-message': 'messaging',
  phone: 'phone', voice: 'phone', call: 'phone', fax: 'phone',
  twitter: 'social', 'twitter status': 'social', 'twitter direct-message': 'social', facebook: 'social', 'facebook feed post': 'social', 'facebook feed comment': 'social', instagram: 'social', social: 'social',
  community: 'community', forum: 'community',
  video: 'video',
};

/**
 * `read(word)`, remembered: an export uses a handful of words millions of times, and trimming and
 * lowering each would allocate per ticket. Past MAX_WORDS distinct words it stops remembering.
 */
const MAX_WORDS = 4096;

/** The table's own entry: a word such as "constructor" names nothing. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
function remembered<T>(read: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    if (known.has(word)) return known.get(word)!;
    const value = read(word);
    if (known.size < MAX_WORDS) known.set(word, value);
    return value;
  };
}

/** The medium a vendor's channel word names, if any. */
export const mediumOf = remembered((word): Medium | undefined => own(MEDIUM_WORDS, word.trim().toLowerCase()));

const RANK_WORDS: Record<string, number> = { urgent: 1, critical: 1, high: 2, normal: 3, medium: 3, low: 4 };

/** 1 urgent … 4 low, from a word, or from a digit where 1 is the most urgent. */
export const priorityRank = remembered((word): number | undefined => {
  const w = word.trim().toLowerCase();
  if (/^[1-4]$/.test(w)) return Number(w);
  return own(RANK_WORDS, w);
});

const STATUS_WORDS: Record<string, TicketStatus> = {
  new: 'open', open: 'open', hold: 'open', 'on-hold': 'open', 'on hold': 'open', waiting: 'pending', pending: 'pending',
  'pending reminder': 'pending', 'pending close': 'pending', solved: 'solved', resolved: 'solved', closed: 'closed', merged: 'closed',
};

/** A vendor status word on the common scale; undefined when unknown. */
export const statusOf = remembered((word): TicketStatus | undefined => own(STATUS_WORDS, word.trim().toLowerCase()));

/** Zendesk's hold, Freshdesk's waiting on a third party: the wait is on someone other than the customer. */
const HOLD_WORDS = new Set(['hold', 'on-hold', 'on hold', 'on_hold', 'waiting on third party']);

/** The waiting status a vendor status word names, if any: pending (on the customer) or on-hold. */
export const waitingStatusOf = remembered((word): WaitingStatus | undefined => {
  const w = word.trim().toLowerCase();
  if (HOLD_WORDS.has(w)) return 'on-hold';
  return own(STATUS_WORDS, w) === 'pending' || w === 'waiting on customer' ? 'pending' : undefined;
});

/** Tags written in one cell, separated by spaces, commas or semicolons (one frozen list per distinct cell). */
export const splitTags = remembered((cell): readonly string[] => {
  const t = cell.trim();
  return Object.freeze(t === '' ? [] : t.split(/[\s,;]+/).filter((s) => s !== ''));
});
