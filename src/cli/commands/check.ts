/** `validate` and `check`: read the policy root, run the pipeline, print, and choose the exit code. */
import { failsAt, type Severity } from '../../diagnostics/diagnostic.js';
import type { ExportRequest } from '../../host/measure-run.js';
import { requirePolicyFolder } from '../../host/policy-source.js';
import { runPolicies } from '../../host/run-policies.js';
import { EXIT, type CliIo } from '../io.js';
import { formatDiagnostics, type CheckFormat } from './output-format.js';

export interface CheckArgs {
  root: string;
  format: CheckFormat;
  failLevel: Severity;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  config?: string;
  /** A git ref or folder: mark findings new or existing, and fail only on new ones. */
  baseline?: string;
  /** With a baseline: whose config, suppressions and baseline file apply (default: the baseline's). */
  configFrom?: 'base' | 'head';
  rulesToo: boolean;
  quiet?: boolean;
  onlyRules?: readonly string[];
  /** check --history: the ticket export whose measured demand replaces the declared demand. */
  history?: ExportRequest;
}

/** The root must be a folder; say which one to pass when it is not. */
export function requireRoot(root: string, io: CliIo): void {
  requirePolicyFolder(io.cwd, root, 'the policy root');
}

export function runCheck(args: CheckArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const run = runPolicies({
    cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: args.rulesToo, config: args.config, requireFiles: true,
    ...(args.baseline ? { baseline: { ref: args.baseline, option: '--baseline' }, configFrom: args.configFrom ?? 'base' } : {}),
    ...(args.onlyRules ? { onlyRules: args.onlyRules } : {}), cache: io.cache, ...(args.history ? { history: args.history } : {}),
  });
  io.stdout(formatDiagnostics(args.format, run, { color: io.color, quiet: args.quiet ?? false, failLevel: args.failLevel }));
  const demand = run.result.facts?.demand;
  // The JSON says it in facts.demand; the stylish report says it here.
  if (demand && args.format === 'stylish') io.stdout(`Demand measured from ${demand.export} over ${demand.window} for ${demand.measured.join(', ')}; every other channel is checked with its declared demand.\n`);
  return failsAt(run.diagnostics, args.failLevel) ? EXIT.findings : EXIT.clean;
}
