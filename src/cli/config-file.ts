/** Finds and reads supportops.yaml; a broken config is a usage error (exit 2) with its location. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigSchema, type Config } from '../config/config.js';
import { decodePolicyText } from '../load/decode.js';
import { parseYaml } from '../load/parse-yaml.js';
import { joinPointer, SourceMap } from '../load/source-map.js';
import { RULES } from '../rules/index.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { UsageError } from './io.js';

export const CONFIG_FILE = 'supportops.yaml';

/** --config if given, else supportops.yaml in the working directory if present, else defaults. */
export function loadConfig(cwd: string, explicit: string | undefined): { config: Config; path?: string } {
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {} };
  }
  const shown = explicit ?? CONFIG_FILE;
  const decoded = decodePolicyText(readFileSync(path));
  if (!decoded.ok) throw new UsageError(`${shown}: ${decoded.message}`);
  const sources = new SourceMap();
  const parsed = parseYaml(shown, decoded.text, sources);
  const first = parsed.diagnostics[0];
  if (first) throw new UsageError(`${shown}:${first.location.start.line}:${first.location.start.column}: ${first.message}`);
  const data = parsed.documents[0]?.data ?? {};
  const result = ConfigSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const pointer = joinPointer('', ...issue.path.map((p) => String(p)));
    const at = sources.locate(shown, 0, pointer, issue.code === 'unrecognized_keys' ? 'key' : 'value');
    throw new UsageError(`${shown}:${at.start.line}:${at.start.column}: ${issue.message} at ${pointer || 'the top level'}`);
  }
  const ids = RULES.map((r) => r.id);
  const named = [...Object.keys(result.data.rules ?? {}), ...(result.data.overrides ?? []).flatMap((o) => Object.keys(o.rules))];
  for (const id of named) {
    if (!ids.includes(id)) {
      const hint = didYouMean(id, ids);
      throw new UsageError(`${shown}: unknown rule '${id}'${hint ? ` (${hint})` : ''}. See docs/rules/ for the rule ids.`);
    }
  }
  return { config: result.data, path };
}
