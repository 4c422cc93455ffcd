/**
 * Where a helpdesk's live configuration comes from: a folder of the JSON its API returns
 * (`--live DIR`), or the helpdesk itself over HTTP (`--pull --url URL`, or apply's `--url`),
 * with the token from SUPPORTOPS_<TARGET>_TOKEN. A missing token or a malformed address is a
 * usage error in plain words; nothing is sent before both are right.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProductApi } from '../helpdesk/api.js';
import type { LiveObject } from '../helpdesk/target.js';
import { HelpdeskClient, HelpdeskError } from './http/client.js';
import { secretForms } from './http/redact.js';
import { tokenFromEnv } from './http/token.js';
import { readLiveFolder } from './live-folder.js';
import { isDirectory } from '../load/files.js';
import { pullLive } from './pull.js';
import { UsageError } from './usage-error.js';

export interface Connection {
  /** The environment the token is read from (the CLI and the Action pass the process's). */
  env: Readonly<Record<string, string | undefined>>;
  /** How 429 Retry-After waits are slept (tests pass one that only records them). */
  sleep?: (ms: number) => Promise<void>;
}

/** `folder` is resolved against `cwd` and shown as given; `url` is contacted and nothing else. */
export type LiveSource = { folder: string; cwd: string; option: string } | { url: string; option: string };

export interface LiveRead {
  objects: LiveObject[];
  /** Files or records that could not be read, located. */
  diagnostics: Diagnostic[];
}

/** A client for the helpdesk at `url`, or a usage error saying what to set. */
export function connect(api: ProductApi, url: string, option: string, connection: Connection): HelpdeskClient {
  const token = tokenFromEnv(api.target, connection.env);
  if (!token.ok) throw new UsageError(token.message);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new UsageError(`${option} must be the address of your ${api.label}, such as https://example.${api.target}.com, not '${url}'`);
  }
  try {
    return new HelpdeskClient({ api, url, token: token.token, ...(connection.sleep ? { sleep: connection.sleep } : {}) });
  } catch (error) {
    if (error instanceof HelpdeskError) throw new UsageError(error.message);
    throw error;
  }
}

/** Every form the target's token takes on the wire, for keeping it out of anything printed. */
export function tokenSecrets(api: ProductApi, env: Connection['env']): string[] {
  const token = tokenFromEnv(api.target, env);
  return token.ok ? secretForms(token.token, api.authorization(token.token)) : [];
}

/** The folder is there, or the token and address are right: a usage error otherwise, before any work. */
export function checkLiveSource(api: ProductApi, source: LiveSource, connection: Connection): void {
  if ('url' in source) connect(api, source.url, source.option, connection);
  else if (!isDirectory(resolve(source.cwd, source.folder))) {
    throw new UsageError(`${source.option} ${source.folder} is not a folder. Pass the folder that holds the ${api.label} JSON files (docs/helpdesks.md lists them).`);
  }
}

export async function readLive(api: ProductApi, source: LiveSource, connection: Connection): Promise<LiveRead> {
  // connect() checks the token and the address itself; only the folder needs checking here.
  if ('url' in source) return pullLive(connect(api, source.url, source.option, connection));
  checkLiveSource(api, source, connection);
  const read = readLiveFolder(api, resolve(source.cwd, source.folder));
  // Shown under the folder as the user named it, so a finding is clickable from where they ran.
  const shown = source.folder.replace(/[\\/]+$/, '');
  const located = read.diagnostics.map((d) => ({ ...d, location: { ...d.location, file: shown === '.' ? d.location.file : `${shown}/${d.location.file}` } }));
  return { objects: read.objects, diagnostics: located };
}
