/**
 * A live Zendesk configuration as policies: schedules (intervals from Sunday 00:00 back to
 * weekly hours, Rails zone names back to IANA, holidays one date each), SLA policies (a tier per
 * priority, channels from the via conditions of the filter), groups and macros. Triggers are
 * not imported: supportops derives its own from the policies.
 */
import { isObject, text } from '../api.js';
import { uniqueNames, type ImportedOrg, type ImportedSchedule, type ImportedSla, type ImportedTemplate } from '../import-model.js';
import { tiersFromPriorities } from '../import-tiers.js';
import type { Weekday } from '../policy-view.js';
import { importedTemplate, templateBaseName } from '../template-text.js';
import type { JsonObject, JsonValue, LiveObject } from '../target.js';
import { ianaZone } from '../zone-names.js';
import { MEDIUM_BY_VIA } from './via-types.js';
import { RESOLUTION_METRICS, ZENDESK_PRIORITIES } from './sla-policies.js';
import { formatLocalTime } from '../../values/wall-clock.js';

const DAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MAX_HOLIDAY_DAYS = 366;
const list = (v: JsonValue | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : []);

function weekly(intervals: JsonObject[]): ImportedSchedule['weekly'] {
  const out: ImportedSchedule['weekly'] = {};
  for (const i of [...intervals].sort((a, b) => Number(a.start_time) - Number(b.start_time))) {
    const start = Number(i.start_time) % 10080;
    const day = DAYS[Math.floor(start / 1440)]!;
    const from = start % 1440;
    const to = Math.min(1440, from + Number(i.end_time) - Number(i.start_time));
    if (to > from) (out[day] ??= []).push(`${formatLocalTime(from)}-${formatLocalTime(to)}`);
  }
  return out;
}

function holidayDates(h: JsonObject, guesses: string[]): { date: string; name: string }[] {
  const name = text(h.name) ?? 'Holiday';
  const start = Date.parse(`${text(h.start_date)}T00:00:00Z`);
  const end = Date.parse(`${text(h.end_date) ?? text(h.start_date)}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const days = Math.min(MAX_HOLIDAY_DAYS, (end - start) / 86_400_000 + 1);
  if (days === MAX_HOLIDAY_DAYS) guesses.push(`Holiday '${name}' runs over a year; only its first ${MAX_HOLIDAY_DAYS} days are imported.`);
  return Array.from({ length: days }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), name }));
}

function schedule(o: LiveObject, name: string): ImportedSchedule {
  const source = `Zendesk schedule '${o.name}' (id ${o.id})`;
  const guesses: string[] = [];
  const zone = ianaZone(text(o.body.time_zone) ?? '');
  if (!zone) guesses.push(`${source} has the time zone '${text(o.body.time_zone)}', which supportops does not know; it is written as UTC. Set the schedule's real zone.`);
  const holidays = list(o.body.holidays).flatMap((h) => holidayDates(h, guesses));
  return { name, timeZone: zone ?? 'UTC', weekly: weekly(list(o.body.intervals)), holidays, source, guesses };
}

/** Each resolution metric's stops (the same table export chooses from), none for a metric that never stops. */
const RESOLUTION_PAUSES = new Map(RESOLUTION_METRICS.map((m) => [m.metric, m.stops.length ? [...m.stops] : undefined]));

function sla(o: LiveObject, name: string, schedules: Map<string, string>, firstSchedule: string | null): ImportedSla {
  const source = `Zendesk SLA policy '${o.name}' (id ${o.id})`;
  const metrics = list(o.body.policy_metrics);
  const seconds = (priority: string, ...names: string[]) => {
    const m = metrics.find((x) => x.priority === priority && names.includes(String(x.metric)));
    return m ? Number(m.target) * 60 : null;
  };
  const { tiers, guesses } = tiersFromPriorities(ZENDESK_PRIORITIES.map((p) => ({ priority: p, firstResponse: seconds(p, 'first_reply_time'), nextResponse: seconds(p, 'next_reply_time', 'periodic_update_time'), resolution: seconds(p, ...RESOLUTION_PAUSES.keys()) })), source);
  const resolutionMetric = metrics.map((m) => String(m.metric)).find((m) => RESOLUTION_PAUSES.has(m));
  const resolutionPausedWhile = resolutionMetric ? RESOLUTION_PAUSES.get(resolutionMetric) : undefined;
  const business = metrics.some((m) => m.business_hours === true);
  const named = /business hours: ([^)]+)\)/.exec(text(o.body.description) ?? '')?.[1];
  const scheduleName = business ? (named && schedules.get(named)) || firstSchedule : null;
  if (business && !(named && schedules.get(named))) guesses.push(scheduleName ? `${source} counts business hours on each ticket's schedule, which Zendesk does not tie to the policy; the first schedule, '${scheduleName}', is assumed.` : `${source} counts business hours, but Zendesk holds no schedule; it is written on calendar time.`);
  const conditions = [...list(isObject(o.body.filter) ? o.body.filter.any : []), ...list(isObject(o.body.filter) ? o.body.filter.all : [])];
  const media = [...new Set(conditions.filter((c) => c.field === 'via_id').map((c) => MEDIUM_BY_VIA[Number(c.value)]).filter((m): m is string => m !== undefined))];
  return { name, clock: scheduleName ? 'business' : 'calendar', schedule: scheduleName ?? null, ...(resolutionPausedWhile ? { resolutionPausedWhile } : {}), tiers, media, source, guesses };
}

function macro(o: LiveObject, name: string): ImportedTemplate {
  const value = list(o.body.actions).find((a) => a.field === 'comment_value' || a.field === 'comment_value_html')?.value;
  const body = Array.isArray(value) ? value.map(String).join('\n') : (text(value) ?? '');
  return importedTemplate(name, o.name, body, `Zendesk macro '${o.name}' (id ${o.id})`);
}

export function zendeskImport(live: readonly LiveObject[]): ImportedOrg {
  const of = (type: string) => live.filter((o) => o.type === type).sort((a, b) => Number(a.id) - Number(b.id));
  const names = { schedule: uniqueNames(), sla: uniqueNames(), group: uniqueNames(), template: uniqueNames() };
  const schedules = of('schedule').map((o) => schedule(o, names.schedule(o.name)));
  const byLiveName = new Map(of('schedule').map((o, i) => [o.name, schedules[i]!.name]));
  const macros = of('macro').map((o) => macro(o, names.template(templateBaseName(o.name))));
  const triggers = of('trigger').length;
  return {
    product: 'Zendesk',
    schedules,
    slas: of('sla_policy').map((o) => sla(o, names.sla(o.name), byLiveName, schedules[0]?.name ?? null)),
    groups: of('group').map((o) => ({ name: names.group(o.name), source: `Zendesk group '${o.name}' (id ${o.id})` })),
    templates: macros,
    notes: triggers ? [`${triggers} Zendesk trigger${triggers === 1 ? ' is' : 's are'} not imported: supportops makes its own acknowledgement, priority and escalation triggers from the policies (write an EscalationTrigger for an escalation you want kept), and others are outside what policies describe.`] : [],
  };
}
