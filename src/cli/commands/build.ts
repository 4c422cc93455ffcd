/**
 * `build`: check the policies, then write every artifact to --out, or with --check compare
 * --out with what a build would write. Nothing is written when the check fails at the fail
 * level or a template is wrong; the output folder is replaced atomically (see output-dir.ts).
 */
import { resolve } from 'node:path';
import { failsAt, sortDiagnostics, type Diagnostic, type Severity } from '../../diagnostics/diagnostic.js';
import { json } from '../../format/json.js';
import { stylish } from '../../format/stylish.js';
import { isDirectory, readPolicyFiles } from '../../load/files.js';
import { checkPolicies } from '../../rules/check-policies.js';
import { loadConfig } from '../../host/config-file.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';
import { assertReplaceable, compareOutput, writeOutputAtomically } from '../../host/output-dir.js';
import { renderArtifacts } from '../../host/render-artifacts.js';

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
  const root = resolve(io.cwd, args.root);
  if (!isDirectory(root)) throw new UsageError(`policy folder not found: ${args.root}. Pass the folder that holds your policy YAML (default: policies).`);
  const out = resolve(io.cwd, args.out);
  if (!args.check) assertReplaceable(out, `--out ${args.out}`, [root, resolve(io.cwd)]);
  const { config } = loadConfig(io.cwd, args.config);
  const files = readPolicyFiles(root);
  if (files.length === 0) throw new UsageError(`no policy files (*.yaml, *.yml) found in ${args.root}. Run \`supportops init ${args.root}\` to start one.`);
  const result = checkPolicies(files, { asOf: args.asOf, config, horizonDays: args.horizonDays, cache: io.cache });
  // Status lines go to stderr under --format json, so stdout stays one JSON document.
  const say = args.format === 'json' ? io.stderr : io.stdout;
  const print = (diagnostics: Diagnostic[], otherText: (file: string) => string | undefined = () => undefined) =>
    io.stdout((args.format === 'json' ? json : stylish)(diagnostics, {
      root: args.root, asOf: args.asOf, files: result.files, documents: result.documents, color: io.color,
      ...(result.facts ? { facts: result.facts } : {}), sourceText: (file) => result.sources.get(file)?.text ?? otherText(file),
    }));
  if (failsAt(result.diagnostics, args.failLevel)) {
    print(result.diagnostics);
    say(`Nothing was written to ${args.out}: fix the findings above first.\n`);
    return EXIT.findings;
  }
  const generated = renderArtifacts(result, files, args.asOf);
  if (generated.problems.length > 0) {
    print(sortDiagnostics([...result.diagnostics, ...generated.problems]), generated.sourceText);
    say(`Nothing was written to ${args.out}: fix the templates above first.\n`);
    return EXIT.findings;
  }
  print(result.diagnostics);
  if (args.check) {
    const differences = compareOutput(out, generated.artifacts);
    if (differences.length === 0) {
      say(`${args.out} is up to date (${generated.artifacts.length} files).\n`);
      return EXIT.clean;
    }
    const lines = differences.map((d) => `  ${d.kind.padEnd(8)} ${d.path}`);
    say(`${args.out} is out of date: ${differences.length} file${differences.length === 1 ? '' : 's'} differ from what supportops build would write.\n${lines.join('\n')}\nRun \`supportops build ${args.root} --out ${args.out} --as-of ${args.asOf}\` to update it.\n`);
    return EXIT.findings;
  }
  writeOutputAtomically(out, generated.artifacts);
  say(`Wrote ${generated.artifacts.length} files to ${args.out} (policies ${generated.hash.slice(0, 19)}…).\n`);
  return EXIT.clean;
}
