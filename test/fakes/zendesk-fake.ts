/**
 * A fake Zendesk Support API: schedules (with workweek and holidays), groups, SLA policies,
 * triggers and macros, as the reference pages describe them. Lists page by ?page and ?per_page
 * (at most 100) with an absolute `next_page` URL; a new schedule starts Monday–Friday 09:00–17:00,
 * as Zendesk's does; SLA metrics read back with `target_in_seconds`; rejected writes get 422
 * with `details` per field.
 */
import { startServer, pageOf, type FakeRequest, type FakeResponse, type FakeServer, type Route } from './fake-server.js';
import { collectionRoutes, FIXED_TIME, Store, type Dialect, type Stored } from './fake-store.js';
import { schemaProblem, type SchemaProblem } from './vendor-schemas.js';

type Json = Record<string, unknown>;

const LIST_KEYS: Record<string, string> = { schedule: 'schedules', group: 'groups', sla_policy: 'sla_policies', trigger: 'triggers', macro: 'macros', holiday: 'holidays' };
const DEFAULT_WEEK = [1, 2, 3, 4, 5].map((d) => ({ start_time: d * 1440 + 540, end_time: d * 1440 + 1020 }));

function render(type: string, stored: Stored): Json {
  const out: Json = { id: stored.id, ...stored.data, created_at: FIXED_TIME, updated_at: FIXED_TIME };
  if (type === 'sla_policy' && Array.isArray(out.policy_metrics)) {
    out.policy_metrics = (out.policy_metrics as Json[]).map((m) => ({ ...m, target_in_seconds: Number(m.target) * 60 }));
  }
  return out;
}

function invalid(problem: SchemaProblem): FakeResponse {
  const field = problem.field ?? 'base';
  return { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [{ description: `${field}: ${problem.message}`, error: 'InvalidValue' }] } } };
}

function list(type: string, items: Json[], req: FakeRequest, all: number): FakeResponse {
  const page = pageOf(items, req.query, 100);
  const link = (n: number) => `${req.origin}${req.path}?page=${n}&per_page=${page.perPage}`;
  return { status: 200, body: { [LIST_KEYS[type]!]: page.items, next_page: page.more ? link(page.page + 1) : null, previous_page: page.page > 1 ? link(page.page - 1) : null, count: all } };
}

const dialect: Dialect = { product: 'zendesk', render, list, invalid, notFound: { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }, created: 201, deleted: { status: 204 } };

/** "Intervals can't span calendar days": each ends after it starts, on the day it starts. */
function workweekProblem(intervals: Json[]): SchemaProblem | null {
  for (const i of intervals) {
    const start = Number(i.start_time);
    const end = Number(i.end_time);
    if (end <= start || Math.floor(start / 1440) !== Math.floor((end - 1) / 1440)) return { field: 'intervals', message: `interval ${start}–${end} must end after it starts and can't span calendar days` };
  }
  return null;
}

function slaProblem(data: Json): SchemaProblem | null {
  const seen = new Set<string>();
  for (const m of (data.policy_metrics as Json[] | undefined) ?? []) {
    const id = `${String(m.priority)}/${String(m.metric)}`;
    if (seen.has(id)) return { field: 'policy_metrics', message: `has ${id} twice` };
    seen.add(id);
  }
  return null;
}

/** A fault to inject: refuse holidays whose name matches, as a stricter account would. */
export interface ZendeskFaults {
  refuseHolidayName?: RegExp;
}

function scheduleRoutes(store: Store, faults: ZendeskFaults): Route[] {
  const schedule = (m: RegExpExecArray) => store.get('schedule', Number(m[1]));
  const holidays = (id: number) => store.list('holiday').filter((h) => h.data.schedule_id === id);
  const holidayJson = (h: Stored) => { const { schedule_id: _s, ...rest } = h.data; return { id: h.id, ...rest }; };
  const base = '/api/v2/business_hours/schedules';
  const refused = (data: Json): SchemaProblem | null => (faults.refuseHolidayName?.test(String(data.name)) ? { field: 'name', message: 'is invalid' } : null);
  const holidayCheck = (data: Json) => schemaProblem('zendesk', 'holiday', data) ?? refused(data) ?? (String(data.end_date) < String(data.start_date) ? { field: 'end_date', message: 'is before start_date' } : null);
  return [
    { method: 'GET', pattern: new RegExp(`^${base}$`), handle: () => ({ status: 200, body: { schedules: store.list('schedule').map((s) => render('schedule', s)) } }) },
    { method: 'PUT', pattern: new RegExp(`^${base}/(\\d+)/workweek$`), handle: (req, m) => {
      const s = schedule(m);
      if (!s) return dialect.notFound;
      const week = (req.body as Json | undefined)?.workweek as Json | undefined;
      const problem = schemaProblem('zendesk', 'workweek', week) ?? workweekProblem((week!.intervals as Json[]));
      if (problem) return invalid(problem);
      s.data.intervals = week!.intervals;
      return { status: 200, body: { workweek: { intervals: week!.intervals } } };
    } },
    { method: 'GET', pattern: new RegExp(`^${base}/(\\d+)/holidays$`), handle: (_req, m) => (schedule(m) ? { status: 200, body: { holidays: holidays(Number(m[1])).map(holidayJson) } } : dialect.notFound) },
    { method: 'POST', pattern: new RegExp(`^${base}/(\\d+)/holidays$`), handle: (req, m) => {
      if (!schedule(m)) return dialect.notFound;
      const data = (req.body as Json | undefined)?.holiday as Json | undefined;
      const problem = holidayCheck(data ?? {});
      return problem ? invalid(problem) : { status: 201, body: { holiday: holidayJson(store.add('holiday', { ...data, schedule_id: Number(m[1]) })) } };
    } },
    { method: 'DELETE', pattern: new RegExp(`^${base}/(\\d+)/holidays/(\\d+)$`), handle: (_req, m) => (store.table('holiday').delete(Number(m[2])) ? { status: 204 } : dialect.notFound) },
    ...collectionRoutes(store, dialect, { type: 'schedule', path: base, schema: 'schedule', envelope: 'schedule', fields: ['name', 'time_zone'], defaults: () => ({ intervals: DEFAULT_WEEK }) }).filter((r) => !(r.method === 'GET' && String(r.pattern) === String(new RegExp(`^${base}$`)))),
  ];
}

export interface FakeHelpdesk extends FakeServer {
  store: Store;
  token: string;
}

export async function startZendesk(token = 'agent@example.com/token:zd-secret-7f3a', faults: ZendeskFaults = {}): Promise<FakeHelpdesk> {
  const store = new Store();
  const basic = `Basic ${Buffer.from(token).toString('base64')}`;
  const routes: Route[] = [
    ...scheduleRoutes(store, faults),
    ...collectionRoutes(store, dialect, { type: 'group', path: '/api/v2/groups', schema: 'group', envelope: 'group' }),
    ...collectionRoutes(store, dialect, { type: 'sla_policy', path: '/api/v2/slas/policies', schema: 'sla-policy', envelope: 'sla_policy', check: slaProblem }),
    ...collectionRoutes(store, dialect, { type: 'trigger', path: '/api/v2/triggers', schema: 'trigger', envelope: 'trigger' }),
    ...collectionRoutes(store, dialect, { type: 'macro', path: '/api/v2/macros', schema: 'macro', envelope: 'macro' }),
  ];
  const server = await startServer({
    authorized: (h) => h === basic || h === `Bearer ${token}`,
    unauthorized: { status: 401, body: { error: "Couldn't authenticate you" } },
    notFound: { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } },
    badJson: { status: 400, body: { error: 'Unprocessable Entity', description: 'Server could not parse JSON' } },
    throttled: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
    routes,
  });
  return Object.assign(server, { store, token });
}
