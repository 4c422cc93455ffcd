/**
 * What a fake helpdesk holds, and the create/read/update/delete routes every product has in
 * its own dialect (envelopes, list shapes, error bodies). Objects keep their writable fields
 * apart from the fields the server sets (id, timestamps), so a PUT is validated as the whole
 * object it leaves behind, with the same schema a POST is.
 */
import type { FakeRequest, FakeResponse, Route } from './fake-server.js';
import { schemaProblem, type SchemaProblem } from './vendor-schemas.js';

type Json = Record<string, unknown>;

export interface Stored {
  id: number;
  data: Json;
}

export class Store {
  private readonly tables = new Map<string, Map<number, Stored>>();
  private nextId = 1;

  table(type: string): Map<number, Stored> {
    let t = this.tables.get(type);
    if (!t) this.tables.set(type, (t = new Map()));
    return t;
  }

  list(type: string): Stored[] {
    return [...this.table(type).values()].sort((a, b) => a.id - b.id);
  }

  add(type: string, data: Json): Stored {
    const stored = { id: this.nextId++, data };
    this.table(type).set(stored.id, stored);
    return stored;
  }

  get(type: string, id: number): Stored | undefined {
    return this.table(type).get(id);
  }
}

/** How a product speaks: envelopes, what an object looks like when read, errors. */
export interface Dialect {
  product: string;
  /** The object as the API returns it. */
  render: (type: string, stored: Stored) => Json;
  /** A list response for one page of objects. */
  list: (type: string, page: Json[], req: FakeRequest, all: number) => FakeResponse;
  invalid: (problem: SchemaProblem) => FakeResponse;
  notFound: FakeResponse;
  created: number;
  deleted: FakeResponse;
}

export interface CollectionSpec {
  type: string;
  /** Path of the collection, e.g. /api/v2/groups. */
  path: string;
  schema: string;
  /** What request and single-object responses wrap the object in. */
  envelope: string | null;
  /** Checks beyond the schema that the product documents (null when the object is fine). */
  check?: (data: Json, store: Store) => SchemaProblem | null;
  /** Fields the server fills in on create when the request leaves them out. */
  defaults?: (data: Json) => Json;
  /** Methods the API does not have for this type. */
  readOnly?: boolean;
  /** The API documents no DELETE for this type. */
  noDelete?: boolean;
  /** The fields this endpoint writes, when the object holds more (a Zendesk schedule's intervals have their own endpoint). */
  fields?: string[];
}

function unwrap(body: unknown, envelope: string | null): Json | null {
  const value = envelope ? (body as Json | undefined)?.[envelope] : body;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function escape(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function collectionRoutes(store: Store, dialect: Dialect, spec: CollectionSpec): Route[] {
  const wrap = (stored: Stored) => (spec.envelope ? { [spec.envelope]: dialect.render(spec.type, stored) } : dialect.render(spec.type, stored));
  const own = (data: Json): Json => (spec.fields ? Object.fromEntries(Object.entries(data).filter(([k]) => spec.fields!.includes(k))) : data);
  /** `written` is what the object's own fields become; `whole` is the object with everything it holds. */
  const validate = (written: Json, whole: Json): SchemaProblem | null => schemaProblem(dialect.product, spec.schema, written) ?? spec.check?.(whole, store) ?? null;
  const item = new RegExp(`^${escape(spec.path)}/(\\d+)$`);
  const find = (match: RegExpExecArray) => store.get(spec.type, Number(match[1]));
  const routes: Route[] = [
    { method: 'GET', pattern: new RegExp(`^${escape(spec.path)}$`), handle: (req) => dialect.list(spec.type, store.list(spec.type).map((s) => dialect.render(spec.type, s)), req, store.list(spec.type).length) },
    { method: 'GET', pattern: item, handle: (_req, m) => { const s = find(m); return s ? { status: 200, body: wrap(s) } : dialect.notFound; } },
  ];
  if (spec.readOnly) return routes;
  routes.push(
    {
      method: 'POST', pattern: new RegExp(`^${escape(spec.path)}$`), handle: (req) => {
        const data = unwrap(req.body, spec.envelope);
        const problem = data ? validate(data, data) : { field: spec.envelope, message: `the body must be an object${spec.envelope ? ` under "${spec.envelope}"` : ''}` };
        if (problem) return dialect.invalid(problem);
        return { status: dialect.created, body: wrap(store.add(spec.type, { ...spec.defaults?.(data!), ...data })) };
      },
    },
    {
      method: 'PUT', pattern: item, handle: (req, m) => {
        const stored = find(m);
        if (!stored) return dialect.notFound;
        const patch = unwrap(req.body, spec.envelope);
        const merged = { ...stored.data, ...patch };
        const problem = patch ? validate({ ...own(stored.data), ...patch }, merged) : { field: spec.envelope, message: 'the body must be an object' };
        if (problem) return dialect.invalid(problem);
        stored.data = merged;
        return { status: 200, body: wrap(stored) };
      },
    },
  );
  if (!spec.noDelete) routes.push({ method: 'DELETE', pattern: item, handle: (_req, m) => (store.table(spec.type).delete(Number(m[1])) ? dialect.deleted : dialect.notFound) });
  return routes;
}

export const FIXED_TIME = '2026-01-05T09:00:00Z';
