/**
 * A version's gate settings — its config (discovered or named, with what it extends) and its
 * baseline file — and what a change does to them. On a pull request the base version's
 * settings apply (`config-from: base`): the change's own apply only once it is merged.
 */
import { join } from 'node:path';
import { configChanges } from '../config/config-changes.js';
import type { GateChange } from '../config/gate-change.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { BASELINE_FILE, countsByRule, parseBaselineFile, type BaselineFile } from '../diff/baseline-file.js';
import { RULES } from '../rules/rule-registry.js';
import { configCandidates, loadConfig, type LoadedConfig } from './config-file.js';
import type { SettingsTree } from './settings-tree.js';
import { UsageError } from './usage-error.js';

export interface VersionSettings {
  config: LoadedConfig;
  baselineFile?: BaselineFile;
}

function readBaselineFile(tree: SettingsTree, rootDir: string): BaselineFile | undefined {
  const path = join(rootDir, BASELINE_FILE);
  const read = tree.read([path]).get(path)!;
  if ('missing' in read) return undefined;
  const shown = tree.show(path);
  if ('problem' in read) throw new UsageError(read.tooLarge ? `${shown}:1:1: ${read.problem}` : `cannot read ${shown}: ${read.problem}.`);
  const parsed = parseBaselineFile(new TextDecoder().decode(read.bytes));
  if (!parsed.ok) throw new UsageError(`${shown} is not a supportops baseline file: ${parsed.problem}. Run \`supportops baseline\` to write it again.`);
  return parsed.file;
}

/**
 * `explicitConfig` is absolute (--config, or the Action's `config`). On a base version
 * (`committed`), a named config that is not there yet means the defaults.
 */
export function readSettings(tree: SettingsTree, rootDir: string, explicitConfig: string | undefined, committed: boolean): VersionSettings {
  // At a commit, one git process for the config and the baseline file rather than one each.
  tree.readAhead([...(explicitConfig ? [explicitConfig] : configCandidates(tree, rootDir)), join(rootDir, BASELINE_FILE)]);
  const config = loadConfig(tree, rootDir, explicitConfig, committed);
  const baselineFile = readBaselineFile(tree, rootDir);
  return { config, ...(baselineFile ? { baselineFile } : {}) };
}

const DEFAULTS: Record<string, Severity> = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));

function baselineFileChanges(before?: BaselineFile, after?: BaselineFile): GateChange[] {
  const had = new Map((before?.findings ?? []).map((f) => [f.fingerprint, f.count]));
  const added: { ruleId: string; count: number }[] = [];
  let removed = 0;
  const has = new Map((after?.findings ?? []).map((f) => [f.fingerprint, f.count]));
  for (const f of after?.findings ?? []) {
    const more = f.count - (had.get(f.fingerprint) ?? 0);
    if (more > 0) added.push({ ruleId: f.ruleId, count: more });
  }
  for (const f of before?.findings ?? []) removed += Math.max(0, f.count - (has.get(f.fingerprint) ?? 0));
  const out: GateChange[] = [];
  const total = added.reduce((n, a) => n + a.count, 0);
  if (total > 0) {
    out.push({ kind: 'baseline-file', message: `This change adds ${total} finding${total === 1 ? '' : 's'} to ${BASELINE_FILE} (${countsByRule(added)}).`, weakens: true });
  }
  if (removed > 0) out.push({ kind: 'baseline-file', message: `This change removes ${removed} finding${removed === 1 ? '' : 's'} from ${BASELINE_FILE}.`, weakens: false });
  return out;
}

/** What the change (head) does to the settings of the base version. */
export function settingsChanges(base: VersionSettings, head: VersionSettings): GateChange[] {
  return [
    ...configChanges(base.config, head.config, DEFAULTS),
    ...baselineFileChanges(base.baselineFile, head.baselineFile),
  ];
}
