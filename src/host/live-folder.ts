/**
 * Reads a live folder (`--live DIR`) from disk: the `<type>.json` files of one product, each
 * refused above 64 MiB so a wrong folder cannot exhaust memory. Parsing and locating bad records
 * is the pure reader's job (src/helpdesk/live.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductApi } from '../helpdesk/api.js';
import { liveFileName, liveObjects, type LiveFile } from '../helpdesk/live.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LiveObject } from '../helpdesk/target.js';

const MAX_BYTES = 64 * 1024 * 1024;

export function readLiveFolder(api: ProductApi, dir: string): { objects: LiveObject[]; diagnostics: Diagnostic[] } {
  const files: LiveFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const resource of api.resources) {
    const path = join(dir, liveFileName(resource));
    if (!existsSync(path)) continue;
    if (statSync(path).size > MAX_BYTES) {
      const at = { line: 1, column: 1 };
      diagnostics.push({ ruleId: 'live-json', severity: 'error', message: `${liveFileName(resource)} is larger than 64 MiB; is this the right folder?`, location: { file: liveFileName(resource), pointer: '', start: at, end: at } });
      continue;
    }
    files.push({ path: liveFileName(resource), text: readFileSync(path, 'utf8') });
  }
  const read = liveObjects(api, files);
  return { objects: read.objects, diagnostics: [...diagnostics, ...read.diagnostics] };
}
