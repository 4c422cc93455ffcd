/**
 * Customer-facing text before → after: each channel's disclosure sentences and, per tier, the
 * lines of its auto-acknowledgement that change (renamed channels followed). The same change
 * on several channels is one row. Text is how customers read the promise changes reported
 * elsewhere, so it never adds a breaking change of its own: text stating a worse promise is notable.
 */
import { cmp } from '../values/order.js';
import type { Model } from '../model/model.js';
import type { Change, ChangeSeverity } from './change.js';
import type { ChannelTexts } from './customer-texts.js';
import { lineHunks } from './line-diff.js';
import { pairUp } from './renames.js';

const NONE = 'not shown';

const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l.trim() !== '');

interface Item {
  kind: 'disclosure' | 'acknowledgement';
  /** Disclosure field, or '' for acknowledgement lines. */
  field: string;
  tier?: string;
  channel: string;
  before: string;
  after: string;
}

/** Channels × tiers whose promise got worse ('*' for every tier) or better, from the other changes. */
interface PromiseEffects {
  worse: Set<string>;
  better: Set<string>;
}

const key = (channel: string, tier: string) => `${channel}\u0000${tier}`;

function promiseEffects(changes: Change[]): PromiseEffects {
  const effects: PromiseEffects = { worse: new Set(), better: new Set() };
  for (const c of changes) {
    // Promises are stated by SLA targets, the hours behind them and the channel's setup.
    if (c.category !== 'sla' && c.category !== 'hours' && c.category !== 'channels') continue;
    const into = c.severity === 'breaking' ? effects.worse : c.severity === 'info' && c.category !== 'channels' ? effects.better : undefined;
    for (const channel of c.channels ?? []) for (const tier of c.tiers ?? ['*']) into?.add(key(channel, tier));
  }
  return effects;
}

function touches(set: Set<string>, channel: string, tier: string | undefined): boolean {
  if (set.has(key(channel, '*'))) return true;
  if (tier !== undefined) return set.has(key(channel, tier));
  // A channel-wide sentence (title, notice, hours) states every tier's promise.
  return [...set].some((k) => k.startsWith(key(channel, '')));
}

/** Text stating a worse promise, or reworded or dropped text, is notable; new text, or text stating a better promise, info. */
function severityOf(item: Item, worse: boolean, effects: PromiseEffects): ChangeSeverity {
  if (worse) return 'notable';
  return item.before === NONE || touches(effects.better, item.channel, item.tier) ? 'info' : 'notable';
}

function items(was: ChannelTexts, to: string, now: ChannelTexts): Item[] {
  const out: Item[] = [];
  for (const k of [...new Set([...was.disclosure.keys(), ...now.disclosure.keys()])]) {
    const b = was.disclosure.get(k);
    const a = now.disclosure.get(k);
    if (b?.text === a?.text) continue;
    const s = (a ?? b)!;
    out.push({ kind: 'disclosure', field: s.field, ...(s.tier === undefined ? {} : { tier: s.tier }), channel: to, before: b?.text ?? NONE, after: a?.text ?? NONE });
  }
  for (const tier of [...new Set([...was.acknowledgements.keys(), ...now.acknowledgements.keys()])]) {
    const b = was.acknowledgements.get(tier);
    const a = now.acknowledgements.get(tier);
    // A tier's acknowledgement that appears or disappears is one block of text, not hunks around blank lines.
    const hunks = b !== undefined && a !== undefined ? lineHunks(b, a) : [{ removed: lines(b), added: lines(a) }];
    for (const hunk of hunks) {
      out.push({ kind: 'acknowledgement', field: '', tier, channel: to, before: hunk.removed.join('\n') || NONE, after: hunk.added.join('\n') || NONE });
    }
  }
  return out;
}

function describe(kind: Item['kind'], field: string, tiers: string[]): { subject: string; words: string } {
  const tierWords = tiers.length ? `${tiers.join(', ')} tickets` : '';
  if (kind === 'acknowledgement') return { subject: `acknowledgement › ${tiers.length === 1 ? 'tier' : 'tiers'} ${tiers.join(', ')}`, words: `auto-acknowledgement for ${tierWords}` };
  if (field === 'tier') return { subject: `disclosure › ${tiers.length === 1 ? 'tier' : 'tiers'} ${tiers.join(', ')}`, words: `promise for ${tierWords}` };
  return { subject: `disclosure › ${field}`, words: field === 'notice' ? 'not-live notice' : field === 'urgent path' ? 'line pointing urgent cases elsewhere' : field === 'title' ? 'disclosure title' : field };
}

export function compareText(base: { model: Model; texts: Map<string, ChannelTexts> }, head: { model: Model; texts: Map<string, ChannelTexts> }, others: Change[]): Change[] {
  const effects = promiseEffects(others);
  const all: (Item & { severity: ChangeSeverity; worse: boolean })[] = [];
  for (const { to, was, now } of pairUp(base.model, head.model, 'Channel', base.texts, head.texts)) {
    for (const item of now ? items(was, to, now) : []) {
      const worse = touches(effects.worse, item.channel, item.tier);
      all.push({ ...item, severity: severityOf(item, worse, effects), worse });
    }
  }
  // One row per identical change: first across channels (per tier), then across tiers with the same channels.
  const byChannels = new Map<string, { item: (typeof all)[number]; channels: string[] }>();
  for (const item of all) {
    const k = JSON.stringify([item.kind, item.field, item.tier ?? null, item.before, item.after, item.severity, item.worse]);
    const group = byChannels.get(k) ?? { item, channels: [] };
    group.channels.push(item.channel);
    byChannels.set(k, group);
  }
  const byTiers = new Map<string, { item: (typeof all)[number]; channels: string[]; tiers: string[] }>();
  for (const { item, channels } of byChannels.values()) {
    const sorted = [...new Set(channels)].sort(cmp);
    const k = JSON.stringify([item.kind, item.field, item.before, item.after, item.severity, item.worse, sorted, item.tier === undefined]);
    const group = byTiers.get(k) ?? { item, channels: sorted, tiers: [] };
    if (item.tier !== undefined) group.tiers.push(item.tier);
    byTiers.set(k, group);
  }
  return [...byTiers.values()].map(({ item, channels, tiers }) => {
    const { subject, words } = describe(item.kind, item.field, tiers);
    const on = channels.map((c) => `'${c}'`).join(', ');
    const what = item.before === NONE ? `now read a new ${words}` : item.after === NONE ? `no longer read the ${words}` : `read a different ${words}`;
    return {
      category: 'customer-text', severity: item.severity, subject, before: item.before, after: item.after, channels, ...(tiers.length ? { tiers } : {}),
      message: `Customers of ${on} ${what}${item.worse ? ': it states the worse promise reported above' : ''}.`,
    } satisfies Change;
  });
}
