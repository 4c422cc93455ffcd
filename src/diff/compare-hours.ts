/** Weekly hours, holidays and overrides per schedule, expressed as hours gained or lost. */
import { cmp } from '../diagnostics/diagnostic.js';
import type { Entity, Model } from '../model/model.js';
import { formatDuration } from '../model/values.js';
import { WEEKDAYS } from '../schema/primitives.js';
import { parseInterval } from '../time/index.js';
import type { Change } from './change.js';

function minutes(hours: string[] | undefined): number {
  return (hours ?? []).reduce((sum, text) => {
    const parsed = parseInterval(text);
    return parsed.ok ? sum + parsed.value.end - parsed.value.start : sum;
  }, 0);
}

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;

const show = (hours: string[] | undefined) => (hours?.length ? hours.join(', ') : 'closed');

/** Channels whose promises stand on this schedule: as their SLA clock, or through the teams that work it. */
export function channelsBehind(model: Model, schedule: string): string[] {
  const channels = new Set<string>();
  for (const channel of model.channels) {
    const policy = channel.spec.slaPolicy ? model.find('SlaPolicy', channel.spec.slaPolicy) : undefined;
    if (policy?.spec.clock === 'business' && policy.spec.schedule === schedule) channels.add(channel.name);
  }
  for (const team of model.teams) if (team.spec.schedule === schedule) team.spec.channels.forEach((c) => channels.add(c));
  return [...channels].sort(cmp);
}

export function compareHours(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  for (const name of [...new Set([...base.names('Schedule'), ...head.names('Schedule')])].sort(cmp)) {
    const before = base.find('Schedule', name);
    const after = head.find('Schedule', name);
    if (!before || !after) continue;
    const channels = channelsBehind(head, name);
    const behind = channels.length > 0;
    if (before.spec.timeZone !== after.spec.timeZone) {
      changes.push({ category: 'hours', severity: behind ? 'breaking' : 'notable', subject: `${name} › time zone`, before: before.spec.timeZone, after: after.spec.timeZone, channels, message: `Schedule '${name}' moved to another time zone, so every open hour shifts.` });
    }
    for (const day of WEEKDAYS) {
      const hb = before.spec.weekly[day];
      const ha = after.spec.weekly[day];
      if (show(hb) === show(ha)) continue;
      const delta = minutes(ha) - minutes(hb);
      const lost = delta < 0;
      changes.push({
        category: 'hours', severity: lost && behind ? 'breaking' : lost ? 'notable' : 'info', subject: `${name} › ${DAY_NAMES[day]}`, before: show(hb), after: show(ha), channels,
        message: delta === 0 ? `Schedule '${name}' keeps the same hours on ${DAY_NAMES[day]} but at other times.` : `Schedule '${name}' ${lost ? 'loses' : 'gains'} ${formatDuration(Math.abs(delta) * 60)} a week on ${DAY_NAMES[day]}${behind ? `, behind the promises of ${channels.join(', ')}` : ''}.`,
      });
    }
    compareDates(before, after, channels, changes);
  }
  return changes;
}

function compareDates(before: Entity<'Schedule'>, after: Entity<'Schedule'>, channels: string[], changes: Change[]): void {
  const name = before.name;
  const behind = channels.length > 0;
  const holidays = (s: Entity<'Schedule'>) => new Map((s.spec.holidays ?? []).map((h) => [h.date, h.name]));
  const hb = holidays(before);
  const ha = holidays(after);
  for (const date of [...new Set([...hb.keys(), ...ha.keys()])].sort(cmp)) {
    if (hb.has(date) === ha.has(date)) continue;
    const added = ha.has(date);
    changes.push({
      category: 'hours', severity: added && behind ? 'breaking' : added ? 'notable' : 'info', subject: `${name} › holiday ${date}`, before: hb.get(date) ?? 'open', after: ha.get(date) ?? 'open', channels,
      message: added ? `Schedule '${name}' closes on ${date} (${ha.get(date)}).` : `Schedule '${name}' is now open on ${date}.`,
    });
  }
  const overrides = (s: Entity<'Schedule'>) => new Map((s.spec.overrides ?? []).map((o) => [o.date, o.hours]));
  const ob = overrides(before);
  const oa = overrides(after);
  for (const date of [...new Set([...ob.keys(), ...oa.keys()])].sort(cmp)) {
    const b = ob.has(date) ? show(ob.get(date)) : 'usual hours';
    const a = oa.has(date) ? show(oa.get(date)) : 'usual hours';
    if (b === a) continue;
    const weekday = WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
    const usual = minutes(after.spec.weekly[weekday]);
    const delta = (oa.has(date) ? minutes(oa.get(date)) : usual) - (ob.has(date) ? minutes(ob.get(date)) : usual);
    const lost = delta < 0;
    const words = delta < 0 ? 'fewer' : delta > 0 ? 'more' : 'different';
    changes.push({ category: 'hours', severity: lost && behind ? 'breaking' : lost ? 'notable' : 'info', subject: `${name} › ${date}`, before: b, after: a, channels, message: `Schedule '${name}' has ${words} hours on ${date}.` });
  }
}
