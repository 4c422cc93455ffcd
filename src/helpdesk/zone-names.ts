/**
 * IANA zones ↔ the Rails zone names Zendesk and Freshdesk use ("Eastern Time (US & Canada)").
 * The table is Rails' own MAPPING, kept as data with its origin in rails-time-zones.ts.
 * Several names share one zone (Edinburgh and London are Europe/London): the name that is the
 * zone's city wins, otherwise the first in Rails' order, so the choice never changes.
 */
import { RAILS_TIME_ZONES as table } from './rails-time-zones.js';
import { getZone, isValidTimeZone } from '../time/zone.js';
import type { ScheduleView } from './policy-view.js';
import type { MappingFinding } from './target.js';

export const RAILS_ZONE_ORIGIN = table.origin;
export const RAILS_ZONE_NAMES: readonly string[] = table.zones.map((z) => z.name);

/** tzdb "backward" links whose two spellings appear on either side of the table. */
const ALIASES: Record<string, string> = {
  UTC: 'Etc/UTC',
  'Europe/Kyiv': 'Europe/Kiev',
  'Asia/Yangon': 'Asia/Rangoon',
  'America/Nuuk': 'America/Godthab',
};

const byName = new Map(table.zones.map((z) => [z.name, z.iana]));

function cityOf(iana: string): string {
  return (iana.split('/').at(-1) ?? iana).replace(/_/g, ' ');
}

const byZone = new Map<string, string>();
for (const { name, iana } of table.zones) {
  const current = byZone.get(iana);
  if (current === undefined || (name === cityOf(iana) && current !== cityOf(iana))) byZone.set(iana, name);
}

/** The Rails name for an IANA zone, or null when Rails has none. */
export function railsZoneName(iana: string): string | null {
  return byZone.get(ALIASES[iana] ?? iana) ?? null;
}

/** The IANA zone of a Rails name (or of an IANA name passed through), or null. */
export function ianaZone(name: string): string | null {
  const zone = byName.get(name) ?? (isValidTimeZone(name) ? name : null);
  if (zone === 'Etc/UTC') return 'UTC';
  const back = Object.entries(ALIASES).find(([, old]) => old === zone);
  return back && isValidTimeZone(back[0]) ? back[0] : zone;
}

/** Fixed instants (2026–2027, both halves of the year) at which two zones must agree to be suggested. */
const PROBES = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2027, 0, 15, 12), Date.UTC(2027, 6, 15, 12), Date.UTC(2026, 2, 20, 12), Date.UTC(2026, 9, 30, 12)];

/** Rails names whose zone shows the same offsets as `iana` at the probe instants: a suggestion, never used silently. */
export function sameOffsetNames(iana: string): string[] {
  if (!isValidTimeZone(iana)) return [];
  const offsets = (zone: string) => PROBES.map((ms) => getZone(zone).offsetAt(ms)).join(',');
  const wanted = offsets(iana);
  return [...byZone.entries()].filter(([zone]) => isValidTimeZone(zone) && offsets(zone) === wanted).map(([, name]) => name);
}

/** The finding for a schedule whose zone has no Rails name: not exported, with look-alike zones suggested. */
export function unknownZoneFinding(schedule: Pick<ScheduleView, 'name' | 'timeZone' | 'at'>, product: string): MappingFinding {
  const same = sameOffsetNames(schedule.timeZone).slice(0, 5).map((n) => `'${n}'`).join(', ');
  return {
    ruleId: 'helpdesk-unsupported', severity: 'error', at: { ...schedule.at, pointer: `${schedule.at.pointer}/timeZone` },
    message: `${product} names time zones after Rails' list, which has no entry for '${schedule.timeZone}', so schedule '${schedule.name}' is not exported. Use a zone from that list with the same rules.${same ? ` Zones with the same offsets in 2026 and 2027: ${same}.` : ''}`,
  };
}
