/**
 * `supportops baseline [root]`: write .supportops-baseline.json in the policy root, listing the
 * findings that fail the check today, so `check` passes on them and fails only on new ones.
 * Rewriting it prunes entries whose findings were fixed.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { failing, type Severity } from '../../diagnostics/diagnostic.js';
import { BASELINE_FILE, baselineFileOf, baselineFileText, countsByRule } from '../../diff/baseline-file.js';
import { withFsErrors, writeFailure } from '../../host/fs-errors.js';
import { runPolicies } from '../../host/run-policies.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';

export interface BaselineArgs {
  root: string;
  failLevel: Severity;
  asOf: string;
  horizonDays?: number;
  config?: string;
}

export function runBaseline(args: BaselineArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const run = runPolicies({ cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: true, config: args.config, requireFiles: true, cache: io.cache });
  // What fails today, including what the current file already accepts (the rewrite keeps those).
  const accepted = run.diagnostics.map((d) => (d.suppression?.kind === 'external' ? { ...d, suppression: undefined } : d)).filter((d) => d.ruleId !== 'suppression' || d.location.file !== BASELINE_FILE);
  const file = baselineFileOf(failing(accepted, args.failLevel));
  const target = resolve(io.cwd, args.root, BASELINE_FILE);
  const shown = join(args.root, BASELINE_FILE);
  withFsErrors(() => {
    writeFileSync(`${target}.new`, baselineFileText(file));
    renameSync(`${target}.new`, target);
  }, (error) => writeFailure(shown, error, 'Let the user who runs supportops write to the policy folder.'));
  const total = file.findings.reduce((n, f) => n + f.count, 0);
  const rules = countsByRule(file.findings);
  io.stdout(total === 0
    ? `Wrote ${shown}: no finding at or above ${args.failLevel} to accept.\n`
    : `Wrote ${shown}: ${total} finding${total === 1 ? '' : 's'} accepted for now (${rules}). supportops check passes on ${total === 1 ? 'it' : 'them'} and fails on new ones; commit the file, and fix ${total === 1 ? 'it' : 'them'} when you can.\n`);
  return EXIT.clean;
}
