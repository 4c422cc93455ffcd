/** Weekly hours, holidays and overrides per schedule, expressed as hours gained or lost. */
import { cmp } from '../values/order.js';
import { holidayLabel } from '../model/holidays/holiday.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { WEEKDAYS } from '../schema/primitives.js';
import type { Interval } from '../values/wall-clock.js';
import type { Change, ChangeSeverity } from './change.js';
import { dateDeltaMinutes } from './date-hours.js';
import { common } from './renames.js';

/** Open minutes of a day's intervals (a zero-length one adds nothing). */
function minutes(hours: Interval[] | undefined): number {
  return (hours ?? []).reduce((sum, h) => sum + h.end - h.start, 0);
}

/** "10h", "4h30m": hours read better than days for opening times. */
function hoursText(total: number): string {
  const h = Math.floor(Math.abs(total) / 60);
  const m = Math.abs(total) % 60;
  return h && m ? `${h}h${m}m` : h ? `${h}h` : `${m}m`;
}

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;

const show = (hours: Interval[] | undefined) => (hours?.length ? hours.map((h) => h.text).join(', ') : 'closed');

/** Channels whose promises stand on this schedule: as their SLA clock, or through the teams that work it. */
function channelsBehind(model: Model, schedule: string): string[] {
  const channels = new Set<string>();
  for (const channel of model.channels) {
    const policy = slaPolicyOf(model, channel);
    if (policy?.spec.clock === 'business' && policy.spec.schedule === schedule) channels.add(channel.name);
  }
  for (const team of model.teams) if (team.spec.schedule === schedule) team.spec.channels.forEach((c) => channels.add(c));
  return [...channels].sort(cmp);
}

/** Lost hours behind a promise are breaking; lost hours elsewhere notable; gains and moves info. */
function severityOf(deltaMinutes: number | undefined, behind: boolean): ChangeSeverity {
  if (deltaMinutes === undefined || deltaMinutes >= 0) return 'info';
  return behind ? 'breaking' : 'notable';
}

export function compareHours(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  for (const [before, after] of common(base, head, 'Schedule')) {
    const name = after.name;
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
      changes.push({
        category: 'hours', severity: severityOf(delta, behind), subject: `${name} › ${DAY_NAMES[day]}`, before: show(hb), after: show(ha), channels,
        message: delta === 0 ? `Schedule '${name}' keeps the same hours on ${DAY_NAMES[day]} but at other times.` : `Schedule '${name}' ${delta < 0 ? 'loses' : 'gains'} ${hoursText(delta)} a week on ${DAY_NAMES[day]}${behind ? `, behind the promises of ${channels.join(', ')}` : ''}.`,
      });
    }
    changes.push(...compareDates(before, after, channels));
  }
  return changes;
}

function effect(delta: number | undefined, channels: string[]): string {
  if (delta === undefined) return '';
  if (delta === 0) return ': no open hours change that day';
  return `: ${hoursText(delta)} ${delta < 0 ? 'lost' : 'gained'} that day${delta < 0 && channels.length ? `, behind the promises of ${channels.join(', ')}` : ''}`;
}

function compareDates(before: Entity<'Schedule'>, after: Entity<'Schedule'>, channels: string[]): Change[] {
  const changes: Change[] = [];
  const name = before.name;
  const behind = channels.length > 0;
  // Shown with their calendar or file ("Christmas Day (GB-ENG)"); only the name customers see is compared.
  const holidays = (s: Entity<'Schedule'>) => new Map((s.spec.holidays ?? []).map((h) => [h.date, h]));
  const hb = holidays(before);
  const ha = holidays(after);
  for (const date of [...new Set([...hb.keys(), ...ha.keys()])].sort(cmp)) {
    const [oldDay, newDay] = [hb.get(date), ha.get(date)];
    const was = oldDay && holidayLabel(oldDay);
    const now = newDay && holidayLabel(newDay);
    if (oldDay && newDay) {
      if (oldDay.name !== newDay.name) changes.push({ category: 'hours', severity: 'info', subject: `${name} › holiday ${date}`, before: was, after: now, channels, message: `The holiday on ${date} in schedule '${name}' is now called ${newDay.name}; customers see the new name.` });
      continue;
    }
    const delta = dateDeltaMinutes(before.spec, after.spec, date, 'holidays');
    changes.push({
      category: 'hours', severity: severityOf(delta, behind), subject: `${name} › holiday ${date}`, before: was ?? 'open', after: now ?? 'open', channels,
      message: now !== undefined ? `Schedule '${name}' closes on ${date} (${now})${effect(delta, channels)}.` : `Schedule '${name}' is open again on ${date}${effect(delta, channels)}.`,
    });
  }
  const overrides = (s: Entity<'Schedule'>) => {
    const out = new Map<string, Interval[]>();
    for (const o of s.spec.overrides ?? []) out.set(o.date, [...(out.get(o.date) ?? []), ...o.hours]);
    return out;
  };
  const ob = overrides(before);
  const oa = overrides(after);
  for (const date of [...new Set([...ob.keys(), ...oa.keys()])].sort(cmp)) {
    const b = ob.has(date) ? show(ob.get(date)) : 'usual hours';
    const a = oa.has(date) ? show(oa.get(date)) : 'usual hours';
    if (b === a) continue;
    const delta = dateDeltaMinutes(before.spec, after.spec, date, 'overrides');
    const words = delta === undefined || delta === 0 ? 'different' : delta < 0 ? 'fewer' : 'more';
    changes.push({ category: 'hours', severity: severityOf(delta, behind), subject: `${name} › ${date}`, before: b, after: a, channels, message: `Schedule '${name}' has ${words} hours on ${date}${ha.has(date) ? ' (a holiday closes it anyway)' : effect(delta, channels)}.` });
  }
  return changes;
}
