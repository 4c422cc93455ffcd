/**
 * The live configuration as the helpdesk returns it, read from a folder (`--live DIR`) or pulled
 * over HTTP into the same shape: one `<type>.json` per resource type holding the list response
 * (all pages merged; Zendesk holidays inlined into each schedule as `holidays`; Freshdesk canned
 * responses of every folder in one array). Bad JSON or records are located, never thrown.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isObject, text, type ProductApi, type ResourceApi } from './api.js';
import { keyOf, markerOf } from './marker.js';
import type { JsonObject, JsonValue, LiveObject } from './target.js';

export interface LiveFile {
  path: string;
  text: string;
}

export function liveFileName(resource: Pick<ResourceApi, 'type'>): string {
  return `${resource.type}.json`;
}

function problem(file: string, message: string, line = 1, column = 1): Diagnostic {
  return { ruleId: 'live-json', severity: 'error', message, location: { file, pointer: '', start: { line, column }, end: { line, column } } };
}

/** Where a file stops being JSON (Node's JSON.parse does not always say), by jsonc-parser in strict mode. */
function parseFailure(file: LiveFile): Diagnostic {
  const errors: ParseError[] = [];
  parse(file.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const offset = errors[0]?.offset ?? 0;
  const before = file.text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const what = errors[0] ? ` (${printParseErrorCode(errors[0].error)})` : '';
  return problem(file.path, `${file.path} is not valid JSON at line ${line}, column ${column}${what}. Export it again from the helpdesk, or pull it with --pull.`, line, column);
}

export function keyFor(resource: ResourceApi, body: JsonObject): string | null {
  const value = body[resource.keyField];
  if (resource.keyField === 'description' || resource.keyField === 'note') return markerOf(value);
  return typeof value === 'string' && value ? keyOf(resource.type, value) : null;
}

export function liveObject(resource: ResourceApi, body: JsonObject): LiveObject | null {
  const id = body.id;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  return { type: resource.type, id, key: keyFor(resource, body), name: text(body[resource.nameField]) ?? String(id), body, builtIn: resource.builtIn(body) };
}

function items(resource: ResourceApi, data: JsonValue): JsonValue[] | null {
  if (resource.listKey === null) return Array.isArray(data) ? data : null;
  const list = isObject(data) ? data[resource.listKey] : undefined;
  return Array.isArray(list) ? list : null;
}

function readFile(resource: ResourceApi, file: LiveFile, out: { objects: LiveObject[]; diagnostics: Diagnostic[] }): void {
  let data: JsonValue;
  try {
    data = JSON.parse(file.text) as JsonValue;
  } catch {
    out.diagnostics.push(parseFailure(file));
    return;
  }
  const list = items(resource, data);
  if (!list) {
    const shape = resource.listKey ? `an object with a "${resource.listKey}" list` : 'a list';
    out.diagnostics.push(problem(file.path, `${file.path} should hold ${shape} of ${resource.label}s, as the API returns them.`));
    return;
  }
  list.forEach((item, index) => {
    const object = isObject(item) ? liveObject(resource, item) : null;
    if (object) out.objects.push(object);
    else out.diagnostics.push(problem(file.path, `Record ${index + 1} of ${file.path} is not a ${resource.label} with an id; remove it or export the file again.`));
  });
}

/** Every object in the live files, with a finding for each file or record that cannot be read. */
export function liveObjects(api: ProductApi, files: readonly LiveFile[]): { objects: LiveObject[]; diagnostics: Diagnostic[] } {
  const out = { objects: [] as LiveObject[], diagnostics: [] as Diagnostic[] };
  for (const resource of api.resources) {
    const name = liveFileName(resource);
    const file = files.find((f) => f.path === name || f.path.endsWith(`/${name}`));
    if (file) readFile(resource, file, out);
    else out.diagnostics.push({ ...problem(name, `The live folder has no ${name}, so no ${api.label} ${resource.label}s are known: every exported one would be created. Pull the live configuration again.`), severity: 'warn' });
  }
  return out;
}
