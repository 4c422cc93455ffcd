/**
 * A live Freshdesk configuration as policies: business hours (12-hour times back to 24-hour,
 * yearly holidays placed in the coming twelve months from --as-of), SLA policies (a tier per
 * priority, channels from the sources the policy applies to), groups and canned responses.
 * The generated acknowledgements (canned responses titled "Acknowledgement: …") are not imported:
 * supportops renders them from the policies.
 */
import { isObject, text } from '../api.js';
import { uniqueNames, type ImportedOrg, type ImportedSchedule, type ImportedSla } from '../import-model.js';
import { tiersFromPriorities } from '../import-tiers.js';
import type { Weekday } from '../policy-view.js';
import { importedTemplate, templateBaseName } from '../template-text.js';
import type { JsonObject, LiveObject } from '../target.js';
import { ianaZone } from '../zone-names.js';
import { FRESHDESK_DAYS } from './business-hours.js';
import { MEDIUM_BY_SOURCE, PRIORITY_WORDS } from './sla-policies.js';
import { formatLocalTime } from '../../values/wall-clock.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "09:00:00 am" → 540; "11:59:59 pm" (Freshdesk's end of day) → 1440. */
export function minutesOf(time: string): number | null {
  const m = /^(\d{1,2}):(\d{2}):(\d{2}) ?(am|pm)$/i.exec(time.trim());
  if (!m) return null;
  const hour = (Number(m[1]) % 12) + (m[4]!.toLowerCase() === 'pm' ? 12 : 0);
  const minutes = hour * 60 + Number(m[2]);
  return minutes === 1439 && m[3] === '59' ? 1440 : minutes;
}

function holidayDate(day: string, asOf: string): string | null {
  const m = /^([A-Z][a-z]{2}) (\d{1,2})$/.exec(day.trim());
  const month = m ? MONTHS.indexOf(m[1]!) + 1 : 0;
  if (!m || month === 0) return null;
  const monthDay = `${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const year = Number(asOf.slice(0, 4)) + (monthDay < asOf.slice(5) ? 1 : 0);
  return `${year}-${monthDay}`;
}

function schedule(o: LiveObject, name: string, asOf: string): ImportedSchedule {
  const source = `Freshdesk business hours '${o.name}' (id ${o.id})`;
  const guesses: string[] = [];
  const zone = ianaZone(text(o.body.time_zone) ?? '');
  if (!zone) guesses.push(`${source} have the time zone '${text(o.body.time_zone)}', which supportops does not know; they are written as UTC. Set the real zone.`);
  const weekly: ImportedSchedule['weekly'] = {};
  const hours = isObject(o.body.business_hours) ? o.body.business_hours : {};
  for (const [day, word] of Object.entries(FRESHDESK_DAYS) as [Weekday, string][]) {
    const slot = hours[word];
    const from = isObject(slot) ? minutesOf(text(slot.start_time) ?? '') : null;
    const to = isObject(slot) ? minutesOf(text(slot.end_time) ?? '') : null;
    if (from !== null && to !== null && to > from) weekly[day] = [`${formatLocalTime(from)}-${formatLocalTime(to)}`];
  }
  const list = Array.isArray(o.body.list_of_holidays) ? o.body.list_of_holidays.filter(isObject) : [];
  const holidays = list.flatMap((h) => {
    const date = holidayDate(text(h.holiday_date) ?? '', asOf);
    return date ? [{ date, name: text(h.holiday_name) ?? 'Holiday' }] : [];
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (holidays.length) guesses.push(`Freshdesk holidays recur every year; those of ${source} are written for the twelve months from ${asOf}. Add next year's dates when they are set.`);
  return { name, timeZone: zone ?? 'UTC', weekly, holidays, source, guesses };
}

function sla(o: LiveObject, name: string, fallback: string | null): ImportedSla {
  const source = `Freshdesk SLA policy '${o.name}' (id ${o.id})`;
  const target = isObject(o.body.sla_target) ? o.body.sla_target : {};
  const at = (p: number): JsonObject => (isObject(target[`priority_${p}`]) ? (target[`priority_${p}`] as JsonObject) : {});
  const seconds = (v: unknown) => (typeof v === 'number' && v > 0 ? v : null);
  const { tiers, guesses } = tiersFromPriorities([4, 3, 2, 1].map((p) => ({ priority: PRIORITY_WORDS[p]!, firstResponse: seconds(at(p).respond_within), nextResponse: null, resolution: seconds(at(p).resolve_within) })), source);
  const business = [4, 3, 2, 1].some((p) => at(p).business_hours === true);
  if (business) guesses.push(fallback ? `${source} counts business hours, which Freshdesk takes from each ticket's group; '${fallback}' is assumed.` : `${source} counts business hours, but Freshdesk holds none; it is written on calendar time.`);
  const applicable = isObject(o.body.applicable_to) ? o.body.applicable_to : {};
  const sources = Array.isArray(applicable.sources) ? applicable.sources : [];
  const media = [...new Set(sources.map((s) => MEDIUM_BY_SOURCE[Number(s)]).filter((m): m is string => m !== undefined))];
  return { name, clock: business && fallback ? 'business' : 'calendar', schedule: business ? fallback : null, tiers, media, source, guesses };
}

export function freshdeskImport(live: readonly LiveObject[], asOf: string): ImportedOrg {
  const of = (type: string) => live.filter((o) => o.type === type).sort((a, b) => Number(a.id) - Number(b.id));
  const names = { schedule: uniqueNames(), sla: uniqueNames(), group: uniqueNames(), template: uniqueNames() };
  const hourObjects = of('business_hours');
  const schedules = hourObjects.map((o) => schedule(o, names.schedule(o.name), asOf));
  const byId = new Map(hourObjects.map((o, i) => [String(o.id), schedules[i]!.name]));
  const fallback = hourObjects.findIndex((o) => o.body.is_default === true);
  const defaultHours = schedules[fallback >= 0 ? fallback : 0]?.name ?? null;
  const groups = of('group');
  const groupHours = groups.map((g) => byId.get(String(g.body.business_hour_id))).find((n): n is string => n !== undefined);
  const responses = of('canned_response');
  const acks = responses.filter((r) => r.name.startsWith('Acknowledgement: ')).length;
  return {
    product: 'Freshdesk',
    schedules,
    slas: of('sla_policy').map((o) => sla(o, names.sla(o.name), groupHours ?? defaultHours)),
    groups: groups.map((o) => ({ name: names.group(o.name), source: `Freshdesk group '${o.name}' (id ${o.id})` })),
    templates: responses.filter((r) => !r.name.startsWith('Acknowledgement: ')).map((o) => importedTemplate(names.template(templateBaseName(o.name)), o.name, text(o.body.content_html) ?? '', `Freshdesk canned response '${o.name}' (id ${o.id})`)),
    notes: acks ? [`${acks} canned response${acks === 1 ? '' : 's'} titled "Acknowledgement: …" are not imported: supportops renders the acknowledgements from the policies.`] : [],
  };
}
