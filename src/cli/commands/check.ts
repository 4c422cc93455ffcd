/** `validate` and `check`: read the policy root, run the pipeline, print, and choose the exit code. */
import { resolve } from 'node:path';
import { failsAt, type Severity } from '../../diagnostics/diagnostic.js';
import { json } from '../../format/json-report.js';
import { stylish } from '../../format/stylish.js';
import { isDirectory } from '../../load/files.js';
import type { ExportRequest } from '../../host/measure-run.js';
import { runPolicies } from '../../host/run-policies.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';

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
  /** check --history: the ticket export whose measured demand replaces the declared demand. */
  history?: ExportRequest;
}

/** The root must be a folder; say which one to pass when it is not. */
export function requireRoot(root: string, io: CliIo): void {
  if (!isDirectory(resolve(io.cwd, root))) throw new UsageError(`policy folder not found: ${root}. Pass the folder that holds your policy YAML (default: policies).`);
}

export function runCheck(args: CheckArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const run = runPolicies({
    cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: args.rulesToo, config: args.config, requireFiles: true,
    ...(args.baseline ? { baseline: { ref: args.baseline, option: '--baseline' } } : {}), cache: io.cache, ...(args.history ? { history: args.history } : {}),
  });
  io.stdout((args.format === 'json' ? json : stylish)(run.diagnostics, { ...run.context, color: io.color }));
  const demand = run.result.facts?.demand;
  // The JSON says it in facts.demand; the stylish report says it here.
  if (demand && args.format === 'stylish') io.stdout(`Demand measured from ${demand.export} over ${demand.window} for ${demand.measured.join(', ')}; every other channel is checked with its declared demand.\n`);
  return failsAt(run.diagnostics, args.failLevel) ? EXIT.findings : EXIT.clean;
}
