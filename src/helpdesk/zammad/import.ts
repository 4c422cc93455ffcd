/**
 * A live Zammad configuration as policies: calendars (timeframes back to weekly hours, "23:59"
 * back to 24:00, active public holidays), SLAs (those named "<policy> (<tier>)", as supportops
 * exports them, grouped back into one policy; any other SLA becomes a policy of one tier), groups
 * and text modules. Triggers are not imported: supportops makes its auto-replies itself.
 */
import { WEEKDAYS } from '../../time/spec.js';
import { isObject, text } from '../api.js';
import { durationText, slug, uniqueNames, type ImportedOrg, type ImportedSchedule, type ImportedSla, type ImportedTier } from '../import-model.js';
import type { Weekday } from '../policy-view.js';
import { importedTemplate, templateBaseName } from '../template-text.js';
import type { JsonObject, LiveObject } from '../target.js';
import { isValidTimeZone } from '../../time/zone.js';
import { MEDIUM_BY_ARTICLE_TYPE, ZAMMAD_PRIORITY_WORDS } from './slas.js';

const end = (t: string) => (t === '23:59' ? '24:00' : t);

function schedule(o: LiveObject, name: string): ImportedSchedule {
  const source = `Zammad calendar '${o.name}' (id ${o.id})`;
  const zone = text(o.body.timezone) ?? '';
  const guesses = isValidTimeZone(zone) ? [] : [`${source} has the time zone '${zone}', which supportops does not know; it is written as UTC. Set the real zone.`];
  const hours = isObject(o.body.business_hours) ? o.body.business_hours : {};
  const weekly: ImportedSchedule['weekly'] = {};
  for (const day of WEEKDAYS) {
    const slot = hours[day];
    if (!isObject(slot) || slot.active !== true || !Array.isArray(slot.timeframes)) continue;
    const frames = slot.timeframes.flatMap((f) => (Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string' && f[0] < end(f[1]) ? [`${f[0]}-${end(f[1])}`] : []));
    if (frames.length) weekly[day as Weekday] = frames;
  }
  const holidays = Object.entries(isObject(o.body.public_holidays) ? o.body.public_holidays : {})
    .filter(([date, h]) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isObject(h) && h.active === true && h.removed !== true)
    .map(([date, h]) => ({ date, name: text((h as JsonObject).summary) || 'Holiday' }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return { name, timeZone: isValidTimeZone(zone) ? zone : 'UTC', weekly, holidays, source, guesses };
}

const values = (condition: JsonObject, field: string): number[] => {
  const c = condition[field];
  const v = isObject(c) ? c.value : undefined;
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(Number).filter(Number.isFinite);
};

/** Whether a calendar is open all week (so an SLA on it counts calendar time). */
function aroundTheClock(s: ImportedSchedule): boolean {
  return WEEKDAYS.every((d) => s.weekly[d as Weekday]?.join() === '00:00-24:00');
}

function tier(o: LiveObject, name: string, rank: number): ImportedTier {
  const seconds = (v: unknown) => (typeof v === 'number' && v > 0 ? v * 60 : null);
  const first = seconds(o.body.first_response_time);
  const priorities = values(isObject(o.body.condition) ? o.body.condition : {}, 'ticket.priority_id').map((p) => ZAMMAD_PRIORITY_WORDS[p] ?? String(p));
  return {
    name, priority: rank, description: `Zammad SLA '${o.name}' (id ${o.id})${priorities.length ? `: priority ${priorities.join(' and ')}` : ''}.`,
    firstResponse: durationText(first ?? 86_400),
    nextResponse: seconds(o.body.update_time) === null ? null : durationText(seconds(o.body.update_time)!),
    resolution: seconds(o.body.solution_time) === null ? null : durationText(seconds(o.body.solution_time)!),
  };
}

function slas(list: LiveObject[], calendars: Map<string, ImportedSchedule>, names: (t: string) => string): ImportedSla[] {
  const groups = new Map<string, LiveObject[]>();
  for (const o of list) {
    const policy = /^(.+) \(([^()]+)\)$/.exec(o.name)?.[1] ?? o.name;
    groups.set(policy, [...(groups.get(policy) ?? []), o]);
  }
  return [...groups.entries()].map(([policy, members]) => {
    const ranked = [...members].sort((a, b) => Math.max(0, ...values(b.body.condition as JsonObject, 'ticket.priority_id')) - Math.max(0, ...values(a.body.condition as JsonObject, 'ticket.priority_id')));
    const calendar = calendars.get(String(members[0]!.body.calendar_id));
    const source = `Zammad SLA${members.length > 1 ? 's' : ''} '${policy}'`;
    const guesses = members.some((m) => !(typeof m.body.first_response_time === 'number')) ? [`${source} has no first-response time on every SLA; 1d is written where it is missing. Set the real target.`] : [];
    const media = [...new Set(members.flatMap((m) => values(m.body.condition as JsonObject, 'ticket.create_article_type_id').map((t) => MEDIUM_BY_ARTICLE_TYPE[t]).filter((x): x is string => x !== undefined)))];
    const calendarClock = !calendar || aroundTheClock(calendar);
    if (!calendar) guesses.push(`${source} counts a calendar Zammad did not return; it is written on calendar time.`);
    const tierName = (m: LiveObject) => slug(/\(([^()]+)\)$/.exec(m.name)?.[1] ?? m.name);
    return { name: names(policy), clock: calendarClock ? 'calendar' : 'business', schedule: calendarClock ? null : calendar.name, tiers: ranked.map((m, i) => tier(m, tierName(m), i + 1)), media, source, guesses } satisfies ImportedSla;
  });
}

export function zammadImport(live: readonly LiveObject[]): ImportedOrg {
  const of = (type: string) => live.filter((o) => o.type === type).sort((a, b) => Number(a.id) - Number(b.id));
  const names = { schedule: uniqueNames(), sla: uniqueNames(), group: uniqueNames(), template: uniqueNames() };
  const calendars = new Map(of('calendar').map((o) => [String(o.id), schedule(o, names.schedule(o.name))]));
  const imported = slas(of('sla'), calendars, names.sla);
  const used = new Set(imported.flatMap((s) => (s.schedule ? [s.schedule] : [])));
  const triggers = of('trigger').length;
  return {
    product: 'Zammad',
    schedules: [...calendars.values()].filter((s) => !aroundTheClock(s) || used.has(s.name)),
    slas: imported,
    groups: of('group').map((o) => ({ name: names.group(o.name), source: `Zammad group '${o.name}' (id ${o.id})` })),
    templates: of('text_module').map((o) => importedTemplate(names.template(templateBaseName(o.name)), o.name, text(o.body.content) ?? '', `Zammad text module '${o.name}' (id ${o.id})`)),
    notes: triggers ? [`${triggers} Zammad trigger${triggers === 1 ? ' is' : 's are'} not imported: supportops makes its own auto-replies and escalation triggers from the policies (write an EscalationTrigger for an escalation you want kept), and others are outside what policies describe.`] : [],
  };
}
