/**
 * What the host needs to know to read and write a product's objects: paths, envelopes, keys,
 * pagination, authentication and error bodies. Pure data and small pure functions; the HTTP
 * client in src/host/http is the only code that uses it to talk to a helpdesk.
 */
import type { JsonObject, JsonValue, TargetName } from './target.js';

export interface ResourceApi {
  type: string;
  /** In words, for messages: "SLA policy". */
  label: string;
  /** The collection path, such as /api/v2/slas/policies; items are <collection>/<id>. */
  collection: string;
  /** Where a list response keeps its items; null when the response is the array itself. */
  listKey: string | null;
  /** What request and single-object responses wrap the object in; null for a bare object. */
  envelope: string | null;
  /** The file under schemas/helpdesk/<product>/ that the exported payload validates against. */
  schema: string;
  /** Where the stable key lives: a marker in `description` or `note`, or the `name` or `title` itself. */
  keyField: 'description' | 'note' | 'name' | 'title';
  nameField: 'name' | 'title';
  /** Set when the API cannot create, update or delete this type: the reason, in words. */
  readOnly: string | null;
  /** Set when the API can write this type but documents no delete: the reason, in words. */
  noDelete: string | null;
  /** Objects the helpdesk keeps for itself (a default calendar): never deleted, even with prune. */
  builtIn: (body: JsonObject) => boolean;
  /** Listed per parent object instead of in one collection (Freshdesk canned responses per folder). */
  listedPer: { type: string; path: (parentId: number | string) => string } | null;
}

export interface FieldError {
  /** The field the helpdesk named, when it named one. */
  field: string | null;
  message: string;
}

export interface ProductApi {
  target: TargetName;
  label: string;
  /** In apply order: a type comes after the types its objects refer to. */
  resources: readonly ResourceApi[];
  /** next-page: a `next_page` URL in the body; link-header: a `Link: <…>; rel="next"` header; page-number: ?page=N until a short page. */
  pagination: 'next-page' | 'link-header' | 'page-number';
  pageSize: number;
  /** The Authorization header value for a token (from SUPPORTOPS_<TARGET>_TOKEN). */
  authorization: (token: string) => string;
  /** The field and message of a rejected request's body. */
  parseError: (body: JsonValue) => FieldError;
}

export function resourceOf(api: ProductApi, type: string): ResourceApi {
  const resource = api.resources.find((r) => r.type === type);
  if (!resource) throw new Error(`${api.label} has no resource type ${type}`);
  return resource;
}

export const notBuiltIn = (): boolean => false;

type ResourceSpec = Pick<ResourceApi, 'type' | 'label' | 'collection' | 'schema'> & Partial<ResourceApi>;

/** A product's resources, each filled in from the product's defaults and then the common ones. */
export function defineResources(defaults: Partial<ResourceApi>, specs: readonly ResourceSpec[]): ResourceApi[] {
  const common = { keyField: 'description', nameField: 'name', listKey: null, envelope: null, readOnly: null, noDelete: null, builtIn: notBuiltIn, listedPer: null } as const;
  return specs.map((spec) => ({ ...common, ...defaults, ...spec }));
}

/** A rejected request's body that is not an object: its text, or a plain "no details given". */
export function bareError(body: JsonValue): FieldError {
  return { field: null, message: typeof body === 'string' && body ? body : 'no details given' };
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function basic(credentials: string): string {
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}
