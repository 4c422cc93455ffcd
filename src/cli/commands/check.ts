/** `validate` and `check`: read the policy root, run the pipeline, print, and choose the exit code. */
import { resolve } from 'node:path';
import { failsAt, type Severity } from '../../diagnostics/diagnostic.js';
import { json } from '../../format/json.js';
import { stylish } from '../../format/stylish.js';
import { isDirectory, readPolicyFiles } from '../../load/files.js';
import { FactsCache } from '../../facts/facts-cache.js';
import { validatePolicies } from '../../model/validate-policies.js';
import { checkPolicies, type CheckResult } from '../../rules/check-policies.js';
import { loadConfig } from '../../host/config-file.js';
import { markBaseline } from '../../diff/baseline.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';
import { readPolicySource } from '../../host/policy-source.js';

export interface CheckArgs {
  root: string;
  format: 'stylish' | 'json';
  failLevel: Severity;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  config?: string;
  /** A git ref or folder: mark findings new or existing, and fail only on new ones. */
  baseline?: string;
  rulesToo: boolean;
}

export function runCheck(args: CheckArgs, io: CliIo): number {
  const root = resolve(io.cwd, args.root);
  if (!isDirectory(root)) throw new UsageError(`policy folder not found: ${args.root}. Pass the folder that holds your policy YAML (default: policies).`);
  const { config } = loadConfig(io.cwd, args.config);
  const files = readPolicyFiles(root);
  if (files.length === 0) throw new UsageError(`no policy files (*.yaml, *.yml) found in ${args.root}. Run \`supportops init ${args.root}\` to start one.`);
  // One cache for the head and the baseline: facts they agree on are computed once.
  const cache = io.cache ?? new FactsCache();
  const run = (input: typeof files): CheckResult => (args.rulesToo ? checkPolicies(input, { asOf: args.asOf, config, horizonDays: args.horizonDays, cache }) : validatePolicies(input));
  const result = run(files);
  if (args.baseline) {
    const base = readPolicySource(args.baseline, args.root, io.cwd, '--baseline');
    result.diagnostics = markBaseline(result, run(base.files));
  }
  const formatter = args.format === 'json' ? json : stylish;
  io.stdout(
    formatter(result.diagnostics, {
      root: args.root,
      asOf: args.asOf,
      files: result.files,
      documents: result.documents,
      color: io.color,
      ...(result.facts ? { facts: result.facts } : {}),
      sourceText: (file) => result.sources.get(file)?.text,
    }),
  );
  return failsAt(result.diagnostics, args.failLevel) ? EXIT.findings : EXIT.clean;
}
