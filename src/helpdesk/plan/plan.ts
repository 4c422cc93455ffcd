/**
 * The plan: every exported object and every live object sorted into create, update (with the
 * fields that change), delete or unmanaged. Objects are matched by their stable key. A live
 * object carrying a supportops marker that the export no longer has was created by supportops
 * and is deleted; one without a marker is unmanaged and left alone unless prune is asked for.
 * Objects of a type the API cannot write are still planned, marked manual with the reason.
 */
import { cmp } from '../../values/order.js';
import { resourceOf, type ProductApi } from '../api.js';
import { readRef, withRef } from '../refs.js';
import type { DesiredObject, JsonObject, LiveObject, TargetName } from '../target.js';
import { fieldChanges, type FieldChange } from './payload-changes.js';

export type PlanAction = 'create' | 'update' | 'delete' | 'unmanaged';

export interface PlanChange {
  action: PlanAction;
  type: string;
  key: string | null;
  name: string;
  /** The live object's id; null for a create. */
  id: number | string | null;
  /** For update: what changes. */
  fields: FieldChange[];
  /** Set when apply cannot make this change through the API: what to do instead. */
  manual: string | null;
}

export interface Plan {
  target: TargetName;
  prune: boolean;
  changes: PlanChange[];
}

export interface PlanOptions {
  /** Delete unmanaged objects too (never the helpdesk's built-in ones). */
  prune?: boolean;
}

/** The wanted payload with its reference fields as keys, and the live body with ids turned back into keys. */
function comparable(desired: DesiredObject, live: LiveObject, keysById: Map<string, string>): { wanted: JsonObject; held: JsonObject } {
  let wanted: JsonObject = desired.payload;
  let held: JsonObject = live.body;
  for (const [field, key] of Object.entries(desired.refs)) {
    wanted = withRef(wanted, field, key);
    const id = readRef(live.body, field);
    held = withRef(held, field, id === undefined || id === null ? null : (keysById.get(`${key.split('/')[0]}#${String(id)}`) ?? id));
  }
  return { wanted, held };
}

function manualReason(api: ProductApi, type: string, action: PlanAction): string | null {
  const resource = resourceOf(api, type);
  if (action === 'unmanaged') return null;
  return resource.readOnly ?? (action === 'delete' ? resource.noDelete : null);
}

export function plan(api: ProductApi, desired: readonly DesiredObject[], live: readonly LiveObject[], options: PlanOptions = {}): Plan {
  const prune = options.prune ?? false;
  const keysById = new Map(live.filter((o) => o.key).map((o) => [`${o.type}#${String(o.id)}`, o.key!]));
  const liveByKey = new Map<string, LiveObject>();
  for (const object of live) if (object.key && !liveByKey.has(object.key)) liveByKey.set(object.key, object);
  const changes: PlanChange[] = [];
  const change = (c: Omit<PlanChange, 'manual'>) => changes.push({ ...c, manual: manualReason(api, c.type, c.action) });
  for (const object of desired) {
    const held = liveByKey.get(object.key);
    if (!held) {
      change({ action: 'create', type: object.type, key: object.key, name: object.name, id: null, fields: [] });
      continue;
    }
    const { wanted, held: body } = comparable(object, held, keysById);
    const fields = fieldChanges(wanted, body);
    if (fields.length > 0) change({ action: 'update', type: object.type, key: object.key, name: object.name, id: held.id, fields });
  }
  const wantedKeys = new Set(desired.map((o) => o.key));
  const matched = new Set([...liveByKey.values()].filter((o) => wantedKeys.has(o.key!)));
  for (const object of live) {
    if (matched.has(object)) continue;
    const ours = object.key !== null && resourceOf(api, object.type).keyField !== 'name' && resourceOf(api, object.type).keyField !== 'title';
    const action: PlanAction = object.builtIn ? 'unmanaged' : ours || prune ? 'delete' : 'unmanaged';
    change({ action, type: object.type, key: object.key, name: object.name, id: object.id, fields: [] });
  }
  const order = new Map(api.resources.map((r, i) => [r.type, i]));
  changes.sort((a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0) || cmp(a.key ?? '', b.key ?? '') || cmp(a.name, b.name) || cmp(String(a.id), String(b.id)));
  return { target: api.target, prune, changes };
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  unmanaged: number;
  /** Changes among the above that apply cannot make (the API cannot write that type). */
  manual: number;
}

export function summarizePlan(p: Plan): PlanSummary {
  const count = (action: PlanAction) => p.changes.filter((c) => c.action === action).length;
  return { create: count('create'), update: count('update'), delete: count('delete'), unmanaged: count('unmanaged'), manual: p.changes.filter((c) => c.manual).length };
}

/** Whether applying the plan would change anything (unmanaged objects are left alone). */
export function hasChanges(p: Plan): boolean {
  return p.changes.some((c) => c.action !== 'unmanaged');
}
