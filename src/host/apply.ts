/**
 * `apply`: pulls the live configuration, plans, and makes the planned changes through the API,
 * printing each one. Without `yes` it changes nothing and prints what it would do. Objects that
 * others refer to are written first and deleted last; a reference to an object the helpdesk does
 * not have stops the run with a plain message, and so does the first refused request (4xx),
 * naming the object and the field. A second apply finds nothing to do.
 */
import { isObject, resourceOf, type ResourceApi } from '../helpdesk/api.js';
import { plan as makePlan, type Plan, type PlanChange } from '../helpdesk/plan/plan.js';
import { withRef } from '../helpdesk/refs.js';
import type { DesiredObject, JsonObject, JsonValue, LiveObject } from '../helpdesk/target.js';
import { HelpdeskError, type HelpdeskClient } from './http/client.js';
import { createSchedule, updateSchedule } from './http/zendesk-schedules.js';
import { pullLive } from './pull.js';

export interface ApplyOptions {
  client: HelpdeskClient;
  desired: readonly DesiredObject[];
  /** Make the changes; without it, apply only says what it would do. */
  yes: boolean;
  prune?: boolean;
  print: (line: string) => void;
}

export interface ApplyResult {
  plan: Plan;
  /** One line per change made (also printed). */
  done: string[];
  /** The plain message apply stopped with, or null when it finished. */
  stopped: string | null;
  dryRun: boolean;
}

class Stop extends Error {}

const VERB = { create: 'created', update: 'updated', delete: 'deleted' } as const;

function wrap(resource: ResourceApi, body: JsonObject): JsonObject {
  return resource.envelope ? { [resource.envelope]: body } : body;
}

function idOf(resource: ResourceApi, body: JsonValue): number | string {
  const object = isObject(body) && resource.envelope ? body[resource.envelope] : body;
  const id = isObject(object) ? object.id : undefined;
  if (typeof id !== 'number' && typeof id !== 'string') throw new Stop(`${resource.label} was created but the answer carried no id; run apply again to pick it up.`);
  return id;
}

class Run {
  readonly done: string[] = [];
  private readonly ids = new Map<string, number | string>();

  constructor(private readonly options: ApplyOptions, live: readonly LiveObject[]) {
    for (const o of live) if (o.key && !this.ids.has(o.key)) this.ids.set(o.key, o.id);
  }

  private get api() {
    return this.options.client.api;
  }

  /** The payload with each reference field set to the id of the object it names. */
  private resolved(object: DesiredObject): JsonObject {
    let body: JsonObject = object.payload;
    for (const [field, key] of Object.entries(object.refs)) {
      const id = this.ids.get(key);
      if (id === undefined) {
        const [type, ...name] = key.split('/');
        const other = resourceOf(this.api, type!);
        const hint = other.readOnly ? ` ${other.readOnly}` : '';
        throw new Stop(`it refers to ${other.label} '${name.join('/')}' (field ${field}), which ${this.api.label} does not have.${hint}`);
      }
      body = withRef(body, field, id);
    }
    return body;
  }

  async change(change: PlanChange, desired: DesiredObject | undefined, live: LiveObject | undefined): Promise<void> {
    const { client } = this.options;
    const resource = resourceOf(this.api, change.type);
    const item = (id: number | string) => `${resource.collection}/${id}`;
    if (change.action === 'delete') {
      await client.request('DELETE', item(change.id!));
    } else if (change.action === 'create') {
      const body = this.resolved(desired!);
      const id = this.api.target === 'zendesk' && change.type === 'schedule'
        ? await createSchedule(client, body)
        : idOf(resource, (await client.request('POST', resource.collection, wrap(resource, body))).body);
      this.ids.set(change.key!, id);
    } else if (this.api.target === 'zendesk' && change.type === 'schedule') {
      await updateSchedule(client, change.id!, this.resolved(desired!), live!.body);
    } else {
      await client.request('PUT', item(change.id!), wrap(resource, this.resolved(desired!)));
    }
    const line = `${VERB[change.action as keyof typeof VERB]} ${resource.label} '${change.name}'${change.action === 'create' ? ` (id ${String(this.ids.get(change.key!))})` : ` (id ${String(change.id)})`}`;
    this.done.push(line);
    this.options.print(line);
  }
}

function ordered(p: Plan, resources: readonly ResourceApi[]): PlanChange[] {
  const order = new Map(resources.map((r, i) => [r.type, i]));
  const writes = p.changes.filter((c) => c.action === 'create' || c.action === 'update');
  const deletes = p.changes.filter((c) => c.action === 'delete').sort((a, b) => (order.get(b.type) ?? 0) - (order.get(a.type) ?? 0));
  return [...writes, ...deletes];
}

function stopMessage(api: { label: string }, change: PlanChange, label: string, error: unknown, made: number): string {
  const what = `${label} '${change.name}'`;
  const detail = (e: HelpdeskError) => (e.field && e.detail.startsWith(`${e.field}: `) ? e.detail.slice(e.field.length + 2) : e.detail);
  const reason = error instanceof HelpdeskError
    ? `${api.label} refused to ${change.action} ${what}${error.field ? `: field ${error.field}: ${detail(error)}` : `: ${detail(error)}`}`
    : `Could not ${change.action} ${what}: ${(error as Error).message}`;
  return `${reason}. Apply stopped there: ${made} change${made === 1 ? ' was' : 's were'} made before it and none after. Fix the policy (or the helpdesk) and run apply again; it carries on from what the helpdesk then holds.`;
}

export async function apply(options: ApplyOptions): Promise<ApplyResult> {
  const { client, print } = options;
  const api = client.api;
  const live = await pullLive(client);
  const p = makePlan(api, options.desired, live.objects, { prune: options.prune ?? false });
  // A record apply cannot read might be an object it would then create twice: change nothing.
  const unreadable = live.diagnostics.find((d) => d.severity === 'error');
  if (unreadable) {
    const message = client.safe(`${unreadable.message} Apply changed nothing: ${api.label} answered with something it cannot read.`);
    print(message);
    return { plan: p, done: [], stopped: message, dryRun: !options.yes };
  }
  const run = new Run(options, live.objects);
  const todo = ordered(p, api.resources);
  if (!options.yes) {
    for (const c of todo) print(`would ${c.action} ${resourceOf(api, c.type).label} '${c.name}'${c.manual ? ' (by hand: the API cannot)' : ''}`);
    print(todo.length ? `Dry run: nothing was changed in ${api.label}. Run apply again with --yes to make ${todo.length === 1 ? 'this change' : `these ${todo.length} changes`}.` : `Nothing to do: ${api.label} matches the policies.`);
    return { plan: p, done: [], stopped: null, dryRun: true };
  }
  const desired = new Map(options.desired.map((o) => [o.key, o]));
  const held = new Map(live.objects.map((o) => [`${o.type}#${String(o.id)}`, o]));
  for (const change of todo) {
    if (change.manual) {
      print(`left for you: ${change.action} ${resourceOf(api, change.type).label} '${change.name}' (${change.manual})`);
      continue;
    }
    try {
      await run.change(change, desired.get(change.key ?? ''), held.get(`${change.type}#${String(change.id)}`));
    } catch (error) {
      if (!(error instanceof HelpdeskError || error instanceof Stop)) throw error;
      const message = client.safe(stopMessage(api, change, resourceOf(api, change.type).label, error, run.done.length));
      print(message);
      return { plan: p, done: run.done, stopped: message, dryRun: false };
    }
  }
  print(run.done.length ? `Applied ${run.done.length} change${run.done.length === 1 ? '' : 's'} to ${api.label}.` : `Nothing to do: ${api.label} matches the policies.`);
  return { plan: p, done: run.done, stopped: null, dryRun: false };
}
