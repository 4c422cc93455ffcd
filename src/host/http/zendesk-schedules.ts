/**
 * A Zendesk schedule is written through three endpoints (the schedule, its workweek, its
 * holidays) and read through two (holidays are listed per schedule). These are the only
 * product-specific requests; everything else is a plain collection.
 */
import { isObject } from '../../helpdesk/api.js';
import type { JsonObject, JsonValue } from '../../helpdesk/target.js';
import { ZENDESK_HOLIDAYS } from '../../helpdesk/zendesk/api.js';
import { canonical } from '../../helpdesk/plan/payload-changes.js';
import type { HelpdeskClient } from './client.js';

export async function readHolidays(client: HelpdeskClient, scheduleId: number | string): Promise<JsonValue[]> {
  return client.list(ZENDESK_HOLIDAYS.path(scheduleId), 'holidays');
}

const holidayKey = (h: JsonValue) => (isObject(h) ? canonical({ name: h.name ?? null, start_date: h.start_date ?? null, end_date: h.end_date ?? null }) : '');

async function writeHolidays(client: HelpdeskClient, id: number | string, wanted: JsonValue[], held: JsonValue[]): Promise<void> {
  const want = new Set(wanted.map(holidayKey));
  const have = new Set(held.map(holidayKey));
  for (const h of held) if (isObject(h) && !want.has(holidayKey(h))) await client.request('DELETE', `${ZENDESK_HOLIDAYS.path(id)}/${String(h.id)}`);
  for (const h of wanted) if (!have.has(holidayKey(h))) await client.request('POST', ZENDESK_HOLIDAYS.path(id), { holiday: h });
}

export async function createSchedule(client: HelpdeskClient, payload: JsonObject): Promise<number | string> {
  const result = await client.request('POST', '/api/v2/business_hours/schedules', { schedule: { name: payload.name ?? null, time_zone: payload.time_zone ?? null } });
  const schedule = isObject(result.body) ? result.body.schedule : null;
  const id = isObject(schedule) ? schedule.id : undefined;
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('Zendesk created a schedule without an id');
  await client.request('PUT', ZENDESK_HOLIDAYS.workweek(id), { workweek: { intervals: payload.intervals ?? [] } });
  await writeHolidays(client, id, Array.isArray(payload.holidays) ? payload.holidays : [], []);
  return id;
}

export async function updateSchedule(client: HelpdeskClient, id: number | string, payload: JsonObject, live: JsonObject): Promise<void> {
  if (payload.name !== live.name || payload.time_zone !== live.time_zone) {
    await client.request('PUT', `/api/v2/business_hours/schedules/${id}`, { schedule: { name: payload.name ?? null, time_zone: payload.time_zone ?? null } });
  }
  if (canonical(payload.intervals ?? []) !== canonical(live.intervals ?? [])) {
    await client.request('PUT', ZENDESK_HOLIDAYS.workweek(id), { workweek: { intervals: payload.intervals ?? [] } });
  }
  const wanted = Array.isArray(payload.holidays) ? payload.holidays : [];
  await writeHolidays(client, id, wanted, Array.isArray(live.holidays) ? live.holidays : []);
}
