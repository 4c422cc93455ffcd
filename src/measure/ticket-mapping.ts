/**
 * Which channel and tier a ticket belongs to, decided by the policies themselves (rules in
 * docs/measure.md, "Mapping"). Channel, in order: an explicit alias; a channel whose name
 * or display name is the vendor's value; the only channel of the vendor value's medium; the only
 * channel there is. Tier, in order: a tier the export names; the priority (a tier of that name,
 * else of that priority rank, else the least urgent tier for a priority below every tier); the
 * most urgent default tier of the ticket's tags; the policy's only tier.
 *
 * Each decision is made once per distinct vendor value and remembered as one Mapping object, so
 * a ticket costs a few map lookups and the counts by rule are counts by Mapping.
 */
import type { Medium, TicketRecord } from '../history/ticket-record.js';
import type { ChannelView, MeasureView, TierView } from './measure-view.js';

export type ChannelRule = 'alias' | 'name' | 'display-name' | 'medium' | 'only-channel';
export type TierRule = 'export-tier' | 'priority-name' | 'priority-rank' | 'priority-below-tiers' | 'tag' | 'only-tier';

type ChannelDecision = { channel: ChannelView; rule: ChannelRule; value: string } | { reason: string };

export type Mapping =
  | { channel: ChannelView; channelRule: ChannelRule; channelValue: string; tier: TierView; tierRule: TierRule; tierValue: string }
  | { channel: ChannelView; channelRule: ChannelRule; channelValue: string; tier?: undefined; reason: string }
  | { channel?: undefined; reason: string };

const norm = (s: string): string => s.trim().toLowerCase();

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let hit = map.get(key);
  if (hit === undefined) {
    hit = make();
    map.set(key, hit);
  }
  return hit;
}

/** The tier decisions of one channel, by what the export says about the ticket. */
class TierDecisions {
  readonly byTier = new Map<string, Mapping>();
  /** By priority ('' for none): a decision, or the tag tiers to try, then the decision without one. */
  readonly byPriority = new Map<string, Mapping | { tags: Map<string, Mapping>; otherwise: Mapping }>();
  /** Tag → the channel's tier it defaults to. */
  readonly tagTiers = new Map<string, TierView>();
}

export class TicketMapper {
  private readonly byValue = new Map<string, Map<Medium | undefined, ChannelDecision>>();
  private readonly tiers = new Map<ChannelDecision, TierDecisions>();

  constructor(private readonly view: MeasureView, private readonly aliases: Record<string, string> = {}) {}

  map(r: TicketRecord): Mapping {
    const c = cached(cached(this.byValue, r.channel, () => new Map()), r.medium, () => this.decideChannel(r.channel, r.medium));
    if ('reason' in c) return c;
    const decisions = cached(this.tiers, c, () => this.tierDecisions(c.channel));
    if (r.tier !== undefined) return cached(decisions.byTier, r.tier, () => this.exportTier(c, r.tier!));
    const byPriority = cached(decisions.byPriority, r.priority ?? '', () => this.byPriority(c, r));
    if (!('tags' in byPriority)) return byPriority;
    let best: TierView | undefined;
    let bestTag = '';
    for (const tag of r.tags) {
      const tier = decisions.tagTiers.get(tag);
      if (tier && (!best || tier.priority < best.priority || (tier.priority === best.priority && tag < bestTag))) {
        best = tier;
        bestTag = tag;
      }
    }
    if (!best) return byPriority.otherwise;
    const tier = best;
    return cached(byPriority.tags, bestTag, () => ({ ...channelPart(c), tier, tierRule: 'tag' as const, tierValue: bestTag }));
  }

  private tierDecisions(channel: ChannelView): TierDecisions {
    const out = new TierDecisions();
    for (const [tag, tierName] of this.view.tagTiers) {
      const tier = channel.tiers.find((t) => t.name === tierName);
      if (tier) out.tagTiers.set(tag, tier);
    }
    return out;
  }

  private decideChannel(value: string, medium: Medium | undefined): ChannelDecision {
    const { channels } = this.view;
    const v = norm(value);
    const alias = Object.entries(this.aliases).find(([from]) => norm(from) === v);
    if (alias) {
      const channel = channels.find((c) => c.name === alias[1]);
      return channel ? { channel, rule: 'alias', value } : { reason: `measure.channels sends "${value}" to '${alias[1]}', which is not a measurable channel (no such channel, or no SLA policy)` };
    }
    const named = channels.find((c) => c.name === v);
    if (named) return { channel: named, rule: 'name', value };
    const displayed = channels.find((c) => c.displayName !== undefined && norm(c.displayName) === v);
    if (displayed) return { channel: displayed, rule: 'display-name', value };
    if (medium) {
      const same = channels.filter((c) => c.medium === medium);
      if (same.length === 1) return { channel: same[0]!, rule: 'medium', value };
      if (same.length > 1) return { reason: `"${value}" is a ${medium} channel and several channels are ${medium} (${same.map((c) => c.name).join(', ')}); map it to one of them in measure.channels` };
    }
    if (channels.length === 1) return { channel: channels[0]!, rule: 'only-channel', value };
    if (value === '') return { reason: 'the export gives no channel, and the policies have several' };
    return { reason: `no channel is named "${value}" or takes ${medium ?? 'that kind of'} tickets; map it to a channel in measure.channels` };
  }

  private exportTier(c: Extract<ChannelDecision, { channel: ChannelView }>, value: string): Mapping {
    const tier = c.channel.tiers.find((t) => t.name === norm(value));
    if (tier) return { ...channelPart(c), tier, tierRule: 'export-tier' as const, tierValue: value };
    return { ...channelPart(c), reason: `the export names tier "${value}", which policy '${c.channel.policy}' does not define` };
  }

  /** The tier the priority gives, or what to do without one: try the tags, then the only tier. */
  private byPriority(c: Extract<ChannelDecision, { channel: ChannelView }>, r: TicketRecord): Mapping | { tags: Map<string, Mapping>; otherwise: Mapping } {
    const { tiers } = c.channel;
    const base = channelPart(c);
    if (r.priority !== undefined) {
      const byName = tiers.find((t) => t.name === norm(r.priority!));
      if (byName) return { ...base, tier: byName, tierRule: 'priority-name', tierValue: r.priority };
      if (r.priorityRank !== undefined) {
        const byRank = tiers.find((t) => t.priority === r.priorityRank);
        if (byRank) return { ...base, tier: byRank, tierRule: 'priority-rank', tierValue: r.priority };
        const least = [...tiers].sort((a, b) => b.priority - a.priority)[0]!;
        if (r.priorityRank > least.priority) return { ...base, tier: least, tierRule: 'priority-below-tiers', tierValue: r.priority };
      }
    }
    const what = r.priority !== undefined ? `priority "${r.priority}"` : 'no priority';
    const otherwise: Mapping = tiers.length === 1
      ? { ...base, tier: tiers[0]!, tierRule: 'only-tier' as const, tierValue: '' }
      : { ...base, reason: `policy '${c.channel.policy}' has no tier for ${what}, and none of the ticket's tags has a defaultTier of it; give the tags a defaultTier, or export a tier column` };
    return { tags: new Map(), otherwise };
  }
}

function channelPart(c: Extract<ChannelDecision, { channel: ChannelView }>): { channel: ChannelView; channelRule: ChannelRule; channelValue: string } {
  return { channel: c.channel, channelRule: c.rule, channelValue: c.value };
}
