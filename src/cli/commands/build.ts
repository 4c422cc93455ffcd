/**
 * `build`: check the policies, then write every artifact to --out, or with --check compare
 * --out with what a build would write. Nothing is written when the check fails at the fail
 * level or a template is wrong; the output folder is replaced atomically (see host/output-dir.ts).
 */
import { resolve } from 'node:path';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { json } from '../../format/json-report.js';
import { stylish } from '../../format/stylish.js';
import { assertReplaceable, OutputComparison, StagedOutput } from '../../host/output-dir.js';
import type { Rendered } from '../../host/render-artifacts.js';
import { runPolicies } from '../../host/run-policies.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';

export interface BuildArgs {
  root: string;
  out: string;
  format: 'stylish' | 'json';
  failLevel: Severity;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  config?: string;
  /** Compare --out with what a build would write; write nothing. */
  check: boolean;
}

export function runBuild(args: BuildArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const out = resolve(io.cwd, args.out);
  if (!args.check) assertReplaceable(out, `--out ${args.out}`, [resolve(io.cwd, args.root), resolve(io.cwd)]);
  // Each artifact is compared, or written to a temporary folder, as it is made (host/output-dir.ts).
  const sink = args.check ? new OutputComparison(out) : new StagedOutput(out);
  try {
    const run = runPolicies({
      cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: true, config: args.config, requireFiles: true,
      build: { failLevel: args.failLevel, write: sink.write }, cache: io.cache,
    });
    io.stdout((args.format === 'json' ? json : stylish)(run.diagnostics, { ...run.context, color: io.color }));
    // Status lines go to stderr under --format json, so stdout stays one JSON document.
    const say = args.format === 'json' ? io.stderr : io.stdout;
    if (!run.built || run.built.problems.length > 0) {
      say(`Nothing was written to ${args.out}: fix the ${run.built ? 'templates' : 'findings'} above first.\n`);
      return EXIT.findings;
    }
    return sink instanceof OutputComparison ? checkOutput(args, sink, run.built, say) : writeOutput(args, sink, run.built, say);
  } finally {
    if (sink instanceof StagedOutput) sink.discard();
  }
}

function checkOutput(args: BuildArgs, comparison: OutputComparison, built: Rendered, say: (text: string) => void): number {
  const differences = comparison.differences();
  if (differences.length === 0) {
    say(`${args.out} is up to date (${built.count} files).\n`);
    return EXIT.clean;
  }
  const lines = differences.map((d) => `  ${d.kind.padEnd(8)} ${d.path}`);
  say(`${args.out} is out of date: ${differences.length} file${differences.length === 1 ? '' : 's'} differ from what supportops build would write.\n${lines.join('\n')}\nRun \`supportops build ${args.root} --out ${args.out} --as-of ${args.asOf}\` to update it.\n`);
  return EXIT.findings;
}

function writeOutput(args: BuildArgs, staged: StagedOutput, built: Rendered, say: (text: string) => void): number {
  staged.commit();
  say(`Wrote ${built.count} files to ${args.out} (policies ${built.hash.slice(0, 19)}…).\n`);
  return EXIT.clean;
}
