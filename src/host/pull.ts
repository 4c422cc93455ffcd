/**
 * Reads a helpdesk's live configuration over HTTP into the files a live folder holds (one
 * `<type>.json` per resource type, as src/helpdesk/live.ts reads them), so `plan --pull` and
 * `plan --live DIR` see exactly the same thing.
 */
import { isObject, type ResourceApi } from '../helpdesk/api.js';
import { liveFileName, liveObjects, type LiveFile } from '../helpdesk/live.js';
import type { JsonValue, LiveObject } from '../helpdesk/target.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { HelpdeskClient } from './http/client.js';
import { readHolidays } from './http/zendesk-schedules.js';

const ids = (items: JsonValue[]): (number | string)[] =>
  items.flatMap((i) => (isObject(i) && (typeof i.id === 'number' || typeof i.id === 'string') ? [i.id] : []));

async function readResource(client: HelpdeskClient, resource: ResourceApi, pulled: Map<string, JsonValue[]>): Promise<JsonValue[]> {
  if (resource.listedPer) {
    const out: JsonValue[] = [];
    for (const parent of ids(pulled.get(resource.listedPer.type) ?? [])) out.push(...(await client.list(resource.listedPer.path(parent), null)));
    return out;
  }
  const items = await client.list(resource.collection, resource.listKey);
  if (client.api.target === 'zendesk' && resource.type === 'schedule') {
    return Promise.all(items.map(async (item) => (isObject(item) && item.id !== undefined && item.id !== null ? { ...item, holidays: await readHolidays(client, item.id as number | string) } : item)));
  }
  return items;
}

export async function pullLiveFiles(client: HelpdeskClient): Promise<LiveFile[]> {
  const pulled = new Map<string, JsonValue[]>();
  const files: LiveFile[] = [];
  for (const resource of client.api.resources) {
    const items = await readResource(client, resource, pulled);
    pulled.set(resource.type, items);
    const data = resource.listKey ? { [resource.listKey]: items } : items;
    files.push({ path: liveFileName(resource), text: `${JSON.stringify(data, null, 2)}\n` });
  }
  return files;
}

export async function pullLive(client: HelpdeskClient): Promise<{ files: LiveFile[]; objects: LiveObject[]; diagnostics: Diagnostic[] }> {
  const files = await pullLiveFiles(client);
  return { files, ...liveObjects(client.api, files) };
}
