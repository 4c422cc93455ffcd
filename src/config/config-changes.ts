/**
 * What a change does to the config, in plain sentences: which rules it turns off, lowers or
 * raises, which per-file overrides it adds or removes, and where the config file now lives.
 * Compares the effective configs (after `extends`) of the two versions.
 */
import type { Severity, SeveritySetting } from '../diagnostics/diagnostic.js';
import { cmp } from '../values/order.js';
import type { Config } from './config.js';
import type { GateChange } from './gate-change.js';

const RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warn: 2, error: 3 };

export interface ConfigVersion {
  config: Config;
  /** The file, as shown; undefined for the defaults. */
  shown?: string;
}

const change = (message: string, weakens: boolean): GateChange => ({ kind: 'config', message, weakens });

function fileChange(before: ConfigVersion, after: ConfigVersion): GateChange[] {
  const strip = (shown?: string) => shown?.replace(/ at .*$/, '');
  const [from, to] = [strip(before.shown), strip(after.shown)];
  if (from === to) return [];
  if (from === undefined) return [change(`This change adds the config file ${to}.`, false)];
  if (to === undefined) return [change(`This change removes the config file ${from}: the default severities will apply.`, false)];
  return [change(`This change moves the config from ${from} to ${to}.`, false)];
}

function ruleChanges(before: Config, after: Config, defaults: Readonly<Record<string, Severity>>): GateChange[] {
  const out: GateChange[] = [];
  for (const id of Object.keys(defaults).sort(cmp)) {
    const was = before.rules?.[id] ?? defaults[id]!;
    const now = after.rules?.[id] ?? defaults[id]!;
    if (was === now) continue;
    if (now === 'off') out.push(change(`This change turns off ${id} (${was} → off).`, true));
    else if (was === 'off') out.push(change(`This change turns on ${id} (off → ${now}).`, false));
    else if (RANK[now] < RANK[was]) out.push(change(`This change lowers ${id} from ${was} to ${now}.`, true));
    else out.push(change(`This change raises ${id} from ${was} to ${now}.`, false));
  }
  return out;
}

type Override = NonNullable<Config['overrides']>[number];

const describe = (o: Override): string => `${o.files.join(', ')}: ${Object.entries(o.rules).sort(([a], [b]) => cmp(a, b)).map(([id, s]) => `${id} ${s}`).join(', ')}`;

function overrideChanges(before: Config, after: Config, defaults: Readonly<Record<string, Severity>>): GateChange[] {
  const key = (o: Override) => JSON.stringify([o.files, Object.entries(o.rules).sort(([a], [b]) => cmp(a, b))]);
  const had = new Set((before.overrides ?? []).map(key));
  const has = new Set((after.overrides ?? []).map(key));
  // An override weakens the gate when it sets a rule below what applies without it.
  const lowers = (o: Override) => Object.entries(o.rules).some(([id, s]) => RANK[s] < RANK[after.rules?.[id] ?? defaults[id] ?? 'error']);
  return [
    ...(after.overrides ?? []).filter((o) => !had.has(key(o))).map((o) => change(`This change adds an override for ${describe(o)}.`, lowers(o))),
    ...(before.overrides ?? []).filter((o) => !has.has(key(o))).map((o) => change(`This change removes the override for ${describe(o)}.`, false)),
  ];
}

/** `defaults`: every rule id with its default severity. */
export function configChanges(before: ConfigVersion, after: ConfigVersion, defaults: Readonly<Record<string, Severity>>): GateChange[] {
  return [...fileChange(before, after), ...ruleChanges(before.config, after.config, defaults), ...overrideChanges(before.config, after.config, defaults)];
}
