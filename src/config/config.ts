/**
 * supportops.yaml, found upward from the policy root: rule severities, with per-file
 * overrides, optionally extending shared config files.
 *
 *   extends: ../shared/supportops-base.yaml
 *   rules:
 *     kb-review-due: warn
 *   overrides:
 *     - files: ["legacy/**"]
 *       rules: { kb-article-naming: off }
 */
import picomatch from 'picomatch';
import { z } from 'zod';
import type { Severity, SeveritySetting } from '../diagnostics/diagnostic.js';
import { field } from '../schema/field.js';
import { MeasureConfig } from './measure-config.js';

const Setting = z.enum(['error', 'warn', 'info', 'off']);

export const ConfigSchema = z
  .strictObject({
    extends: field(
      z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(10)]),
      'Extends',
      'A shared config file (or a list of them, applied in order) whose settings this one starts from, as a path relative to this file inside the repository. This file\'s rules and overrides win.',
      '../shared/supportops-base.yaml',
    ).optional(),
    rules: field(z.record(z.string(), Setting), 'Rule severities', 'Severity per rule id: error, warn, info or off.', { 'kb-review-due': 'warn' }).optional(),
    overrides: field(
      z.array(z.strictObject({
        files: field(z.array(z.string().min(1)).min(1), 'Files', 'Glob patterns relative to the policy root.', ['legacy/**']),
        rules: field(z.record(z.string(), Setting), 'Rule severities', 'Severity per rule id for these files.', { 'kb-article-naming': 'off' }),
      })),
      'Overrides', 'Severities for some files only; later entries win.', [{ files: ['legacy/**'], rules: { 'kb-article-naming': 'off' } }],
    ).optional(),
    measure: field(MeasureConfig, 'Measure', 'How `supportops measure` and `check --history` read ticket exports (docs/measure.md).', { columns: { id: 'Ticket ID', created: 'Opened at', timeZone: 'Europe/London' }, channels: { 'Web Widget': 'web-form' } }).optional(),
  })
  .meta({ title: 'supportops configuration', description: 'supportops.yaml: rule severities for the policy check, and how ticket exports are read; found upward from the policy root.' });

export type Config = z.infer<typeof ConfigSchema>;

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: 'https://supportops.dev/schemas/v1/config.schema.json', ...schema };
}

/** Decides each diagnostic's final severity from the rule default, the config and file overrides. */
export class SeverityResolver {
  private readonly overrides: { match: (file: string) => boolean; rules: Record<string, SeveritySetting> }[];

  constructor(private readonly config: Config = {}) {
    this.overrides = (config.overrides ?? []).map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
  }

  resolve(ruleId: string, file: string, fallback: Severity): SeveritySetting {
    let setting: SeveritySetting = this.config.rules?.[ruleId] ?? fallback;
    for (const override of this.overrides) {
      const value = override.rules[ruleId];
      if (value && override.match(file)) setting = value;
    }
    return setting;
  }

  /** Rule ids named in the config, to warn about typos. */
  namedRules(): string[] {
    return [...Object.keys(this.config.rules ?? {}), ...(this.config.overrides ?? []).flatMap((o) => Object.keys(o.rules))];
  }
}

/**
 * A config on top of the configs it extends: rule severities merged key by key (the extending
 * file wins), overrides in order (theirs first, so its own come later and win).
 */
export function mergeConfigs(parents: readonly Config[], own: Config): Config {
  const rules = Object.assign({}, ...parents.map((p) => p.rules ?? {}), own.rules ?? {}) as Record<string, SeveritySetting>;
  const overrides = [...parents.flatMap((p) => p.overrides ?? []), ...(own.overrides ?? [])];
  // How exports are read is one setting: the nearest file that says it wins whole.
  const measure = own.measure ?? parents.findLast((p) => p.measure)?.measure;
  return { ...(Object.keys(rules).length > 0 || own.rules ? { rules } : {}), ...(overrides.length > 0 ? { overrides } : {}), ...(measure ? { measure } : {}) };
}
