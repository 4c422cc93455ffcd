/**
 * A fake Freshdesk API v2: business hours (read only, as the real API is: tests seed them the
 * way an admin enters them by hand), groups, SLA policies, canned response folders and canned
 * responses. Lists are arrays paged by ?page and ?per_page (at most 100) with a
 * `Link: <…>; rel="next"` header while more remain; rejected writes get 400 with a list of field
 * errors. An account starts with its default SLA policy.
 */
import { startServer, pageOf, type FakeRequest, type FakeResponse, type Route } from './fake-server.js';
import { collectionRoutes, FIXED_TIME, Store, type Dialect, type Stored } from './fake-store.js';
import type { SchemaProblem } from './vendor-schemas.js';
import type { FakeHelpdesk } from './zendesk-fake.js';

type Json = Record<string, unknown>;

const render = (_type: string, s: Stored): Json => ({ id: s.id, ...s.data, created_at: FIXED_TIME, updated_at: FIXED_TIME });

function list(_type: string, items: Json[], req: FakeRequest): FakeResponse {
  const page = pageOf(items, req.query, 100);
  const headers: Record<string, string> = page.more ? { link: `<${req.origin}${req.path}?page=${page.page + 1}&per_page=${page.perPage}>; rel="next"` } : {};
  return { status: 200, body: page.items, headers };
}

const invalid = (p: SchemaProblem): FakeResponse => ({ status: 400, body: { description: 'Validation failed', errors: [{ field: p.field ?? '', message: p.message, code: 'invalid_value' }] } });
const dialect: Dialect = { product: 'freshdesk', render, list, invalid, notFound: { status: 404, body: { code: 'not_found', message: 'Record not found' } }, created: 201, deleted: { status: 204 } };

const exists = (store: Store, type: string, field: string) => (data: Json): SchemaProblem | null =>
  data[field] === undefined || store.get(type, Number(data[field])) ? null : { field, message: `There is no ${type.replace(/_/g, ' ')} with id ${String(data[field])}` };

export interface FakeFreshdesk extends FakeHelpdesk {
  /** Business hours as an admin enters them in the UI (the API cannot create them). */
  seedBusinessHours(data: Json): number;
}

export const DEFAULT_SLA = {
  name: 'Default SLA Policy', description: 'default policy', active: true, is_default: true, position: 1, applicable_to: {},
  sla_target: Object.fromEntries([1, 2, 3, 4].map((p) => [`priority_${p}`, { respond_within: 3600 * (5 - p), resolve_within: 14400 * (5 - p), business_hours: false, escalation_enabled: true }])),
};

export async function startFreshdesk(token = 'fd-key-91c2e7'): Promise<FakeFreshdesk> {
  const store = new Store();
  store.add('sla_policy', structuredClone(DEFAULT_SLA));
  const inFolder: Route = {
    method: 'GET', pattern: /^\/api\/v2\/canned_response_folders\/(\d+)\/responses$/,
    handle: (_req, m) => (store.get('canned_response_folder', Number(m[1])) ? { status: 200, body: store.list('canned_response').filter((r) => r.data.folder_id === Number(m[1])).map((r) => render('', r)) } : dialect.notFound),
  };
  const routes: Route[] = [
    ...collectionRoutes(store, dialect, { type: 'business_hours', path: '/api/v2/business_hours', schema: 'business-hours', envelope: null, readOnly: true }),
    ...collectionRoutes(store, dialect, { type: 'group', path: '/api/v2/groups', schema: 'group', envelope: null, check: exists(store, 'business_hours', 'business_hour_id') }),
    ...collectionRoutes(store, dialect, { type: 'sla_policy', path: '/api/v2/sla_policies', schema: 'sla-policy', envelope: null }),
    ...collectionRoutes(store, dialect, { type: 'canned_response_folder', path: '/api/v2/canned_response_folders', schema: 'canned-response-folder', envelope: null }),
    inFolder,
    ...collectionRoutes(store, dialect, { type: 'canned_response', path: '/api/v2/canned_responses', schema: 'canned-response', envelope: null, check: exists(store, 'canned_response_folder', 'folder_id'), noDelete: true })
      .filter((r) => !(r.method === 'GET' && r.pattern.source.endsWith('canned_responses$'))),
  ];
  const server = await startServer({
    authorized: (h) => h === `Basic ${Buffer.from(`${token}:X`).toString('base64')}`,
    unauthorized: { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } },
    notFound: { status: 404, body: { code: 'invalid_url', message: 'No such endpoint' } },
    badJson: { status: 400, body: { code: 'invalid_json', message: 'Request body has invalid json format' } },
    throttled: { code: 'rate_limit_exceeded', message: 'You have exceeded the limit of requests per minute' },
    routes,
  });
  return Object.assign(server, { store, token, seedBusinessHours: (data: Json) => store.add('business_hours', data).id });
}
