/**
 * Which channel and tier a ticket belongs to, decided by the policies themselves (rules in
 * docs/measure-notes.md, "Mapping"). Channel, in order: an explicit alias; a channel whose name
 * or display name is the vendor's value; the only channel of the vendor value's medium; the only
 * channel there is. Tier, in order: a tier the export names; the priority (a tier of that name,
 * else of that priority rank, else the least urgent tier for a priority below every tier); the
 * most urgent default tier of the ticket's tags; the policy's only tier.
 */
import type { TicketRecord } from '../history/ticket-record.js';
import type { ChannelView, PolicyView, TierView } from './policy-view.js';

export type ChannelRule = 'alias' | 'name' | 'display-name' | 'medium' | 'only-channel';
export type TierRule = 'export-tier' | 'priority-name' | 'priority-rank' | 'priority-below-tiers' | 'tag' | 'only-tier';

export type Mapping =
  | { channel: ChannelView; channelRule: ChannelRule; tier: TierView; tierRule: TierRule; tierValue: string }
  | { channel: ChannelView; channelRule: ChannelRule; tier?: undefined; reason: string }
  | { channel?: undefined; reason: string };

const norm = (s: string): string => s.trim().toLowerCase();

export class TicketMapper {
  private readonly byChannelValue = new Map<string, { channel: ChannelView; rule: ChannelRule } | { reason: string }>();

  constructor(private readonly view: PolicyView, private readonly aliases: Record<string, string> = {}) {}

  map(r: TicketRecord): Mapping {
    const c = this.channelOf(r);
    if (!('channel' in c)) return { reason: c.reason };
    const tier = this.tierOf(r, c.channel);
    if ('reason' in tier) return { channel: c.channel, channelRule: c.rule, reason: tier.reason };
    return { channel: c.channel, channelRule: c.rule, tier: tier.tier, tierRule: tier.rule, tierValue: tier.value };
  }

  private channelOf(r: TicketRecord): { channel: ChannelView; rule: ChannelRule } | { reason: string } {
    const key = `${r.channel}\u0000${r.medium ?? ''}`;
    let hit = this.byChannelValue.get(key);
    if (!hit) {
      hit = this.decideChannel(r.channel, r.medium);
      this.byChannelValue.set(key, hit);
    }
    return hit;
  }

  private decideChannel(value: string, medium: string | undefined): { channel: ChannelView; rule: ChannelRule } | { reason: string } {
    const { channels } = this.view;
    const v = norm(value);
    const alias = Object.entries(this.aliases).find(([from]) => norm(from) === v);
    if (alias) {
      const channel = channels.find((c) => c.name === alias[1]);
      return channel ? { channel, rule: 'alias' } : { reason: `the channel mapping sends "${value}" to '${alias[1]}', which is not a measurable channel (no such channel, or no SLA policy)` };
    }
    const named = channels.find((c) => c.name === v);
    if (named) return { channel: named, rule: 'name' };
    const displayed = channels.find((c) => c.displayName !== undefined && norm(c.displayName) === v);
    if (displayed) return { channel: displayed, rule: 'display-name' };
    if (medium) {
      const same = channels.filter((c) => c.medium === medium);
      if (same.length === 1) return { channel: same[0]!, rule: 'medium' };
      if (same.length > 1) return { reason: `"${value}" is a ${medium} channel and several channels are ${medium} (${same.map((c) => c.name).join(', ')}); map it to one of them in the channel mapping` };
    }
    if (channels.length === 1) return { channel: channels[0]!, rule: 'only-channel' };
    if (value === '') return { reason: 'the export gives no channel, and the policies have several' };
    return { reason: `no channel is named "${value}" or takes ${medium ?? 'that kind of'} tickets; map it to a channel in the channel mapping` };
  }

  private tierOf(r: TicketRecord, channel: ChannelView): { tier: TierView; rule: TierRule; value: string } | { reason: string } {
    const { tiers } = channel;
    if (r.tier !== undefined) {
      const tier = tiers.find((t) => t.name === norm(r.tier!));
      return tier ? { tier, rule: 'export-tier', value: r.tier } : { reason: `the export names tier "${r.tier}", which policy '${channel.policy}' does not define` };
    }
    if (r.priority !== undefined) {
      const byName = tiers.find((t) => t.name === norm(r.priority!));
      if (byName) return { tier: byName, rule: 'priority-name', value: r.priority };
      if (r.priorityRank !== undefined) {
        const byRank = tiers.find((t) => t.priority === r.priorityRank);
        if (byRank) return { tier: byRank, rule: 'priority-rank', value: r.priority };
        const least = [...tiers].sort((a, b) => b.priority - a.priority)[0]!;
        if (r.priorityRank > least.priority) return { tier: least, rule: 'priority-below-tiers', value: r.priority };
      }
    }
    const tagged = r.tags
      .map((tag) => ({ tag, tier: tiers.find((t) => t.name === this.view.tagTiers.get(tag)) }))
      .filter((x): x is { tag: string; tier: TierView } => x.tier !== undefined)
      .sort((a, b) => a.tier.priority - b.tier.priority || (a.tag < b.tag ? -1 : 1));
    if (tagged.length > 0) return { tier: tagged[0]!.tier, rule: 'tag', value: tagged[0]!.tag };
    if (tiers.length === 1) return { tier: tiers[0]!, rule: 'only-tier', value: '' };
    const what = [r.priority !== undefined ? `priority "${r.priority}"` : 'no priority', r.tags.length > 0 ? `tags ${r.tags.join(', ')}` : 'no tag with a default tier'].join(' and ');
    return { reason: `policy '${channel.policy}' has no tier for ${what}; give the tags a defaultTier, or export a tier column` };
  }
}
