/** Finds and reads supportops.yaml; a broken config is a usage error (exit 2) listing every problem at its location. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { validateConfig } from '../config/validate-config.js';
import { MAX_FILE_BYTES, tooLargeMessage } from '../load/decode.js';
import { RULES } from '../rules/rule-registry.js';
import { isValidTimeZone } from '../time/zone.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE = 'supportops.yaml';

/** --config if given, else supportops.yaml in the working directory if present, else defaults. */
export function loadConfig(cwd: string, explicit: string | undefined): { config: Config; path?: string } {
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {} };
  }
  const shown = explicit ?? CONFIG_FILE;
  let size: number;
  let bytes: Uint8Array | undefined;
  try {
    size = statSync(path).size;
    // Size first, as for policy files: a huge file is refused without being loaded.
    if (size <= MAX_FILE_BYTES) bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Check that it is a file you have permission to read.`);
  }
  if (bytes === undefined) throw new UsageError(`${shown}:1:1: ${tooLargeMessage(size)}`);
  const result = validateConfig(shown, bytes, RULES.map((r) => r.id), isValidTimeZone);
  if (!result.ok) {
    // One line per problem, each clickable as file:line:column; run() puts "supportops: " before the first.
    const lines = result.diagnostics.map((d) => `${d.location.file}:${d.location.start.line}:${d.location.start.column}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`);
    throw new UsageError(lines.join('\nsupportops: '));
  }
  return { config: result.config, path };
}
