/**
 * A fake Zammad REST API: calendars, SLAs, groups, triggers and text modules. Lists are arrays
 * paged by ?page and ?per_page with no total (a client reads until a page comes back short);
 * rejected writes get 422 { error, error_human }. A new instance holds what Zammad seeds: the
 * "Users" group (id 1) and a default calendar; a calendar without business hours is refused
 * ("No configured business hours found!", app/models/calendar.rb).
 */
import { startServer, pageOf, type FakeRequest, type FakeResponse, type Route } from './fake-server.js';
import { collectionRoutes, FIXED_TIME, Store, type Dialect, type Stored } from './fake-store.js';
import type { SchemaProblem } from './vendor-schemas.js';
import type { FakeHelpdesk } from './zendesk-fake.js';

type Json = Record<string, unknown>;

const render = (_type: string, s: Stored): Json => ({ id: s.id, ...s.data, created_by_id: 1, updated_by_id: 1, created_at: FIXED_TIME, updated_at: FIXED_TIME });
const list = (_type: string, items: Json[], req: FakeRequest): FakeResponse => ({ status: 200, body: pageOf(items, req.query, 500).items });
const invalid = (p: SchemaProblem): FakeResponse => {
  const message = p.field ? `${p.field}: ${p.message}` : p.message;
  return { status: 422, body: { error: message, error_human: message } };
};
const dialect: Dialect = { product: 'zammad', render, list, invalid, notFound: { status: 404, body: { error: "Couldn't find the record", error_human: 'Not found' } }, created: 201, deleted: { status: 200, body: {} } };

function calendarProblem(data: Json): SchemaProblem | null {
  const days = Object.values((data.business_hours as Record<string, { active: boolean; timeframes: string[][] }>) ?? {});
  if (!days.some((d) => d.active && d.timeframes.length > 0)) return { field: null, message: 'No configured business hours found!' };
  for (const frame of days.flatMap((d) => (d.active ? d.timeframes : []))) {
    if (!(frame[0]! < frame[1]!)) return { field: 'business_hours', message: `timeframe ${frame[0]}-${frame[1]} ends before it starts` };
  }
  return null;
}

const HOURS = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [d, { active: i < 5, timeframes: [['08:00', '17:00']] }]));

export async function startZammad(token = 'zm-token-5d81aa'): Promise<FakeHelpdesk> {
  const store = new Store();
  store.add('group', { name: 'Users', active: true, note: 'Standard Group/Pool for Tickets.' });
  store.add('calendar', { name: 'Default', timezone: 'Europe/Berlin', default: true, business_hours: HOURS, public_holidays: {}, ical_url: '', note: '' });
  const routes: Route[] = [
    ...collectionRoutes(store, dialect, { type: 'calendar', path: '/api/v1/calendars', schema: 'calendar', envelope: null, check: calendarProblem }),
    ...collectionRoutes(store, dialect, { type: 'sla', path: '/api/v1/slas', schema: 'sla', envelope: null }),
    ...collectionRoutes(store, dialect, { type: 'group', path: '/api/v1/groups', schema: 'group', envelope: null }),
    ...collectionRoutes(store, dialect, { type: 'trigger', path: '/api/v1/triggers', schema: 'trigger', envelope: null }),
    ...collectionRoutes(store, dialect, { type: 'text_module', path: '/api/v1/text_modules', schema: 'text-module', envelope: null }),
  ];
  const server = await startServer({
    authorized: (h) => h === `Token token=${token}`,
    unauthorized: { status: 401, body: { error: 'authentication failed', error_human: 'Authentication failed' } },
    notFound: { status: 404, body: { error: "This page doesn't exist." } },
    badJson: { status: 422, body: { error: 'Unprocessable Entity', error_human: 'The request body is not JSON' } },
    throttled: { error: 'Too many requests', error_human: 'Too many requests' },
    routes,
  });
  return Object.assign(server, { store, token });
}
