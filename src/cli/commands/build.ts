/**
 * `build`: check the policies, then write every artifact to --out, or with --check compare
 * --out with what a build would write. Nothing is written when the check fails at the fail
 * level or a template is wrong; the output folder is replaced atomically (see host/output-dir.ts).
 * `--report-only` writes only the feasibility report, whatever the check finds, so the reasons
 * behind a failing feasibility rule can be read while no customer artifact is published.
 */
import { resolve } from 'node:path';
import { failsAt, type Severity } from '../../diagnostics/diagnostic.js';
import { readFailure, withFsErrors, writeFailure } from '../../host/fs-errors.js';
import { assertReplaceable, compareOutput, writeOutputAtomically } from '../../host/output-dir.js';
import type { Rendered } from '../../host/render-artifacts.js';
import { runPolicies } from '../../host/run-policies.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';
import { formatDiagnostics, type CheckFormat } from './output-format.js';

export interface BuildArgs {
  root: string;
  out: string;
  format: CheckFormat;
  failLevel: Severity;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  config?: string;
  /** Compare --out with what a build would write; write nothing. */
  check: boolean;
  /** Write only the feasibility report, whatever the check finds. */
  reportOnly?: boolean;
  quiet?: boolean;
  onlyRules?: readonly string[];
}

export function runBuild(args: BuildArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const out = resolve(io.cwd, args.out);
  const shown = `--out ${args.out}`;
  if (!args.check) withFsErrors(() => assertReplaceable(out, shown, [resolve(io.cwd, args.root), resolve(io.cwd)]), (e) => readFailure(shown, e));
  const run = runPolicies({
    cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: true, config: args.config, requireFiles: true,
    build: { failLevel: args.failLevel, reportOnly: args.reportOnly ?? false }, cache: io.cache, ...(args.onlyRules ? { onlyRules: args.onlyRules } : {}),
  });
  io.stdout(formatDiagnostics(args.format, run, { color: io.color, quiet: args.quiet ?? false, failLevel: args.failLevel }));
  // Status lines go to stderr under machine formats, so stdout stays one document.
  const say = args.format === 'stylish' ? io.stdout : io.stderr;
  const failing = failsAt(run.diagnostics, args.failLevel);
  if (!run.built || run.built.problems.length > 0) {
    say(`Nothing was written to ${args.out}: fix the ${run.built ? 'templates' : 'findings'} above first. To read the feasibility report meanwhile, run supportops build ${args.root} --report-only --out ${args.out}.\n`);
    return EXIT.findings;
  }
  const code = args.check ? checkOutput(args, out, run.built, say) : writeOutput(args, out, run.built, say);
  return args.reportOnly && failing ? EXIT.findings : code;
}

function checkOutput(args: BuildArgs, out: string, built: Rendered, say: (text: string) => void): number {
  const differences = withFsErrors(() => compareOutput(out, built.artifacts), (e) => readFailure(`--out ${args.out}`, e));
  if (differences.length === 0) {
    say(`${args.out} is up to date (${built.artifacts.length} files).\n`);
    return EXIT.clean;
  }
  const lines = differences.map((d) => `  ${d.kind.padEnd(8)} ${d.path}`);
  say(`${args.out} is out of date: ${differences.length} file${differences.length === 1 ? '' : 's'} differ from what supportops build would write.\n${lines.join('\n')}\nRun \`supportops build ${args.root} --out ${args.out} --as-of ${args.asOf}${args.reportOnly ? ' --report-only' : ''}\` to update it.\n`);
  return EXIT.findings;
}

function writeOutput(args: BuildArgs, out: string, built: Rendered, say: (text: string) => void): number {
  withFsErrors(() => writeOutputAtomically(out, built.artifacts), (e) => writeFailure(`--out ${args.out}`, e, 'Choose a folder whose parent you can write to, such as out.'));
  const what = args.reportOnly ? 'the feasibility report (no customer artifacts)' : `${built.artifacts.length} files`;
  say(`Wrote ${what} to ${args.out} (policies ${built.hash.slice(0, 19)}…).\n`);
  return EXIT.clean;
}
