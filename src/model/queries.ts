/** Questions rules ask of the model more than once. */
import type { Entity, Model } from './model.js';
import type { Tier } from './typed-specs.js';

export function slaPolicyOf(model: Model, channel: Entity<'Channel'>): Entity<'SlaPolicy'> | undefined {
  return channel.spec.slaPolicy ? model.find('SlaPolicy', channel.spec.slaPolicy) : undefined;
}

/** Every tier name defined by any SLA policy, sorted. */
export function allTierNames(model: Model): string[] {
  return [...new Set(model.slaPolicies.flatMap((p) => p.spec.tiers.map((t) => t.name)))].sort();
}

/** The tier of that name in each SLA policy that defines it. */
export function tiersNamed(model: Model, name: string): { policy: Entity<'SlaPolicy'>; tier: Tier; index: number }[] {
  return model.slaPolicies.flatMap((policy) =>
    policy.spec.tiers.flatMap((tier, index) => (tier.name === name ? [{ policy, tier, index }] : [])),
  );
}

export function teamsServing(model: Model, channel: string): Entity<'Team'>[] {
  return model.teams.filter((team) => team.spec.channels.includes(channel));
}

/** An owner may be a team or a role. */
export function ownerExists(model: Model, name: string): boolean {
  return Boolean(model.find('Team', name) ?? model.find('Role', name));
}
