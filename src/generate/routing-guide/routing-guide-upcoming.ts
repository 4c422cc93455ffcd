/**
 * The routing guide's upcoming changes (docs/effective-dates.md): for each date within its 12
 * months on which a dated revision changes what agents route by (a channel's hours, tiers, entry
 * point or teams; an escalation; a tag's owner), one plain sentence per change, with the date.
 * Built from the guides of the versions before and from each date, so the Markdown and the JSON
 * say the same thing.
 */
import type { Model } from '../../model/model.js';
import { changeDatesAhead } from '../change-dates.js';
import type { TargetWordsJson, TierJson } from '../shared-shapes.js';
import { shareWithin } from '../words/duration-words.js';
import type { RoutingChannel, RoutingEscalation, RoutingGuide, RoutingUpcoming } from './routing-guide-shape.js';

type Kind = RoutingUpcoming['kind'];
type Field<T> = [label: string, read: (item: T) => string];

const listWords = (items: readonly string[]): string => (items.length ? items.join('; ') : 'none');

const targetWords = (t: TargetWordsJson | null): string => (t ? shareWithin(t) : 'none');

/** "its hours become X (until then Y)", or nothing when the field is unchanged. */
function becomes<T>(before: T, after: T, [label, read]: Field<T>): string[] {
  const [old, now] = [read(before), read(after)];
  return old === now ? [] : [`${label} becomes ${now} (until then ${old})`];
}

const CHANNEL_FIELDS: Field<RoutingChannel>[] = [
  ['its display name', (c) => c.displayName],
  ['its mode', (c) => (c.mode === 'sync' ? 'synchronous' : 'asynchronous')],
  ['its entry point', (c) => [c.entryPoint.location, c.entryPoint.url].filter(Boolean).join(' ')],
  ['its purpose', (c) => c.purpose],
  ['what it is for', (c) => listWords(c.allowedUses)],
  ['what it is not for', (c) => listWords(c.notFor)],
  ['its SLA policy', (c) => c.slaPolicy ?? 'none'],
  ['its clock', (c) => (!c.clock ? 'none' : c.clock.kind === 'business' ? `business hours: ${c.clock.hours}` : 'around the clock, every day')],
  ['its urgent path', (c) => c.urgentPath?.displayName ?? 'none'],
  ['the teams that answer it', (c) => listWords(c.teams)],
];

const TIER_FIELDS: Field<TierJson>[] = [
  ['acknowledgement', (t) => targetWords(t.acknowledge)],
  ['first response', (t) => targetWords(t.firstResponse)],
  ['next response', (t) => targetWords(t.nextResponse)],
  ['resolution (median / p90)', (t) => (t.resolution ? `${t.resolution.median.words} / ${t.resolution.p90.words}` : 'none')],
];

const ESCALATION_FIELDS: Field<RoutingEscalation>[] = [
  ['its condition', (e) => e.condition],
  ['the tier it raises to', (e) => e.tier],
  ['the role it routes to', (e) => e.routeTo.role],
  ['its window', (e) => `${e.within.words}, ${e.within.clock}`],
  ['its synchronous path', (e) => e.syncChannel?.displayName ?? 'none'],
];

const TAG_FIELDS: Field<RoutingGuide['tags'][number]>[] = [
  ['its meaning', (t) => t.meaning],
  ['its owner', (t) => t.owner ?? 'none'],
  ['its default tier', (t) => t.defaultTier ?? 'none'],
  ['its required fields', (t) => listWords(t.requiredFields)],
];

function tierChanges(before: readonly TierJson[], after: readonly TierJson[]): string[] {
  const old = new Map(before.map((t) => [t.name, t]));
  const now = new Set(after.map((t) => t.name));
  return [
    ...after.flatMap((t) => {
      const was = old.get(t.name);
      if (!was) return [`tier ${t.name} starts, with first response ${targetWords(t.firstResponse)}`];
      return TIER_FIELDS.flatMap(([label, read]) => becomes(was, t, [`the ${t.name} tier's ${label}`, read]));
    }),
    ...before.filter((t) => !now.has(t.name)).map((t) => `tier ${t.name} no longer applies`),
  ];
}

function channelChanges(before: RoutingChannel, after: RoutingChannel): string[] {
  return [...CHANNEL_FIELDS.flatMap((f) => becomes(before, after, f)), ...tierChanges(before.tiers, after.tiers)];
}

interface Named {
  name: string;
}

/** One sentence per item added, removed or changed between two lists of named items. */
function listChanges<T extends Named>(kind: Kind, before: readonly T[], after: readonly T[], title: (item: T) => string, changes: (a: T, b: T) => string[]): Omit<RoutingUpcoming, 'from'>[] {
  const old = new Map(before.map((item) => [item.name, item]));
  const now = new Set(after.map((item) => item.name));
  const added = after.flatMap((item) => {
    const was = old.get(item.name);
    if (!was) return [{ kind, name: item.name, text: `${title(item)} starts.` }];
    const parts = changes(was, item);
    return parts.length ? [{ kind, name: item.name, text: `${title(item)}: ${parts.join('; ')}.` }] : [];
  });
  const removed = before.filter((item) => !now.has(item.name)).map((item) => ({ kind, name: item.name, text: `${title(item)} is no longer in use.` }));
  return [...added, ...removed];
}

/** What changes for agents on `date`, between the guides of the version before and the version from it. */
function changesOn(date: string, before: RoutingGuide, after: RoutingGuide): RoutingUpcoming[] {
  const fields = <T>(list: Field<T>[]) => (a: T, b: T) => list.flatMap((f) => becomes(a, b, f));
  return [
    ...listChanges('channel', before.channels, after.channels, (c) => `${c.displayName} (${c.name})`, channelChanges),
    ...listChanges('escalation', before.escalations, after.escalations, (e) => `Escalation ${e.name}`, fields(ESCALATION_FIELDS)),
    ...listChanges('tag', before.tags, after.tags, (t) => `Tag ${t.name}`, fields(TAG_FIELDS)),
  ].map((c) => ({ from: date, ...c }));
}

/**
 * The upcoming changes over the `days` from `asOf`, in date order. `build` gives the guide of one
 * version (without its own upcoming changes), `now` the one in force on `asOf`; `model` knows
 * every version over time.
 */
export function routingUpcoming(model: Model, asOf: string, days: number, build: (version: Model) => RoutingGuide, now: RoutingGuide): RoutingUpcoming[] {
  const out: RoutingUpcoming[] = [];
  let before = now;
  for (const date of changeDatesAhead(model, asOf, days)) {
    const after = build(model.timeline.at(date));
    out.push(...changesOn(date, before, after));
    before = after;
  }
  return out;
}
