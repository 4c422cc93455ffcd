/**
 * `build`: check the policies, then write every artifact to --out, or with --check compare
 * --out with what a build would write. Nothing is written when the check fails at the fail
 * level or a template is wrong; the output folder is replaced atomically (see host/output-dir.ts).
 */
import { resolve } from 'node:path';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { json } from '../../format/json-report.js';
import { stylish } from '../../format/stylish.js';
import { assertReplaceable, compareOutput, writeOutputAtomically } from '../../host/output-dir.js';
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
  const run = runPolicies({
    cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: true, config: args.config, requireFiles: true,
    build: { failLevel: args.failLevel }, cache: io.cache,
  });
  io.stdout((args.format === 'json' ? json : stylish)(run.diagnostics, { ...run.context, color: io.color }));
  // Status lines go to stderr under --format json, so stdout stays one JSON document.
  const say = args.format === 'json' ? io.stderr : io.stdout;
  if (!run.built || run.built.problems.length > 0) {
    say(`Nothing was written to ${args.out}: fix the ${run.built ? 'templates' : 'findings'} above first.\n`);
    return EXIT.findings;
  }
  return args.check ? checkOutput(args, out, run.built, say) : writeOutput(args, out, run.built, say);
}

function checkOutput(args: BuildArgs, out: string, built: Rendered, say: (text: string) => void): number {
  const differences = compareOutput(out, built.artifacts);
  if (differences.length === 0) {
    say(`${args.out} is up to date (${built.artifacts.length} files).\n`);
    return EXIT.clean;
  }
  const lines = differences.map((d) => `  ${d.kind.padEnd(8)} ${d.path}`);
  say(`${args.out} is out of date: ${differences.length} file${differences.length === 1 ? '' : 's'} differ from what supportops build would write.\n${lines.join('\n')}\nRun \`supportops build ${args.root} --out ${args.out} --as-of ${args.asOf}\` to update it.\n`);
  return EXIT.findings;
}

function writeOutput(args: BuildArgs, out: string, built: Rendered, say: (text: string) => void): number {
  writeOutputAtomically(out, built.artifacts);
  say(`Wrote ${built.artifacts.length} files to ${args.out} (policies ${built.hash.slice(0, 19)}…).\n`);
  return EXIT.clean;
}
