/** Builds the routing guide's content from the model; the Markdown and JSON both render this. */
import type { Entity, Model } from '../../model/model.js';
import { slaPolicyOf, teamsServing } from '../../model/queries.js';
import type { TemplateSpec } from '../../schema/kinds/routing.js';
import { isValidTimeZone } from '../../time/zone.js';
import { WINDOW_DAYS } from '../artifact.js';
import { header } from '../shared-shapes.js';
import { clockOf, durationView, scheduleHours, tiersOf } from '../sla-views.js';
import { ROUTING_GUIDE_SCHEMA, type RoutingChannel, type RoutingEscalation, type RoutingGuide, type RoutingTemplate, type RoutingUpcoming } from './routing-guide-shape.js';
import { routingUpcoming } from './routing-guide-upcoming.js';

export function displayName(channel: Entity<'Channel'>): string {
  return channel.spec.displayName ?? channel.name;
}

/** A referenced channel; an undefined one keeps its name (no-unresolved-references reports it). */
export function channelRef(model: Model, name: string): { channel: string; displayName: string } {
  const channel = model.find('Channel', name);
  return { channel: name, displayName: channel ? displayName(channel) : name };
}

function channelView(model: Model, channel: Entity<'Channel'>): RoutingChannel {
  const spec = channel.spec;
  const policy = slaPolicyOf(model, channel);
  const clock = policy ? clockOf(model, policy) : undefined;
  return {
    name: channel.name,
    displayName: displayName(channel),
    mode: spec.mode,
    medium: spec.medium,
    looksLive: spec.looksLive,
    purpose: spec.purpose,
    allowedUses: spec.allowedUses,
    notFor: spec.notFor ?? [],
    entryPoint: { location: spec.entryPoint.location, url: spec.entryPoint.url ?? null, note: spec.entryPoint.note ?? null, showsResponseTime: spec.entryPoint.showsResponseTime },
    slaPolicy: spec.slaPolicy ?? null,
    clock: clock ? { kind: clock.kind, schedule: clock.schedule, timeZone: clock.timeZone, hours: clock.hours } : null,
    tiers: policy && clock ? tiersOf(policy, clock) : [],
    urgentPath: spec.urgentPath ? channelRef(model, spec.urgentPath) : null,
    teams: teamsServing(model, channel.name).map((t) => t.name),
  };
}

function escalationView(model: Model, trigger: Entity<'EscalationTrigger'>): RoutingEscalation {
  const spec = trigger.spec;
  const found = spec.schedule ? model.find('Schedule', spec.schedule) : undefined;
  const schedule = found && isValidTimeZone(found.spec.timeZone) ? found : undefined;
  const clock = spec.schedule
    ? `in the open hours of ${spec.schedule}${schedule ? ` (${scheduleHours(schedule).hours})` : ''}`
    : 'around the clock (calendar time)';
  return {
    name: trigger.name,
    condition: spec.condition,
    when: { match: spec.when.match, tags: [...(spec.when.tags ?? [])].sort(), conditions: spec.when.conditions ?? [] },
    tier: spec.tier,
    routeTo: { role: spec.routeTo, teams: model.teams.filter((t) => t.spec.role === spec.routeTo).map((t) => t.name) },
    within: { ...durationView(spec.within, spec.schedule ? 'business' : 'calendar'), schedule: spec.schedule ?? null, clock },
    syncChannel: spec.syncChannel ? channelRef(model, spec.syncChannel) : null,
    notify: spec.notify ?? [],
  };
}

function templates(model: Model, purpose: TemplateSpec['purpose']): RoutingTemplate[] {
  return model.templates
    .filter((t) => t.spec.purpose === purpose)
    .map((t) => ({
      template: t.name,
      channels: t.spec.channels ? [...t.spec.channels].sort() : null,
      sections: (t.spec.sections ?? []).map((s) => ({ heading: s.heading, prompt: s.prompt ?? null, required: s.required ?? false })),
    }));
}

/** The guide of the version in force on `asOf`, with what later revisions change for agents. */
export function buildRoutingGuide(model: Model, policyHash: string, asOf: string): RoutingGuide {
  const build = (version: Model) => guideOf(version, policyHash, []);
  const now = build(model);
  // `upcoming` stays the last key, so the JSON reads as it did.
  return { ...now, upcoming: routingUpcoming(model, asOf, WINDOW_DAYS, build, now) };
}

function guideOf(model: Model, policyHash: string, upcoming: RoutingUpcoming[]): RoutingGuide {
  return {
    ...header(ROUTING_GUIDE_SCHEMA, policyHash),
    channels: model.channels.map((c) => channelView(model, c)),
    tags: model.tags.map((tag) => ({
      name: tag.name,
      meaning: tag.spec.meaning,
      owner: tag.spec.owner ?? null,
      ownerKind: !tag.spec.owner ? null : model.find('Team', tag.spec.owner) ? 'team' : model.find('Role', tag.spec.owner) ? 'role' : null,
      defaultTier: tag.spec.defaultTier ?? null,
      requiredFields: tag.spec.requiredFields ?? [],
    })),
    escalations: model.triggers.map((t) => escalationView(model, t)),
    intake: templates(model, 'intake'),
    handoff: templates(model, 'handoff'),
    solvedNote: templates(model, 'solved-note'),
    upcoming,
  };
}
