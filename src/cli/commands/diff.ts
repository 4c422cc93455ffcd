/** `supportops diff --base <ref|dir> [--head <ref|dir>] [root]`: what a change means, as Markdown or JSON. */
import { summarize } from '../../diagnostics/diagnostic.js';
import { FactsCache } from '../../facts/facts-cache.js';
import { diffJson, type DiffLabels } from '../../format/diff-json.js';
import { diffMarkdown } from '../../format/diff-markdown.js';
import { runPolicies } from '../../host/run-policies.js';
import { UsageError } from '../../host/usage-error.js';
import { SharedParses } from '../../load/shared-parses.js';
import { EXIT, type CliIo } from '../io.js';

export interface DiffArgs {
  root: string;
  base: string | undefined;
  head: string | undefined;
  format: string;
  failOn: string | undefined;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
}

/**
 * Whether the new version still passes `check` (its own config, default fail level): a diff
 * can look harmless while the policies it leads to fail. Facts are shared with the diff.
 */
function headCheck(args: DiffArgs, io: CliIo, cache: FactsCache, parses: SharedParses): DiffLabels['headCheck'] {
  try {
    const run = runPolicies({
      cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: true, config: undefined,
      head: { ref: args.head ?? args.root, option: args.head ? '--head' : 'root' }, cache, parses,
    });
    const counts = summarize(run.diagnostics);
    return { errors: counts.errors, warnings: counts.warnings };
  } catch (error) {
    if (error instanceof UsageError) return { errors: 0, warnings: 0, problem: error.message };
    throw error;
  }
}

export function runDiff(args: DiffArgs, io: CliIo): number {
  if (!args.base) throw new UsageError('diff needs --base <git-ref|folder>: the version to compare against.');
  if (args.format !== 'markdown' && args.format !== 'json') throw new UsageError(`--format for diff must be markdown or json, not '${args.format}'`);
  if (args.failOn !== undefined && !['breaking', 'notable', 'none'].includes(args.failOn)) throw new UsageError(`--fail-on must be breaking, notable or none, not '${args.failOn}'`);
  const cache = io.cache ?? new FactsCache();
  // The head is read twice, for the diff and for its check: parsed once.
  const parses = new SharedParses();
  // Both versions are read as they are (no rules, no config): the diff compares what they say.
  const run = runPolicies({
    cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, rules: false, config: null,
    head: { ref: args.head ?? args.root, option: args.head ? '--head' : 'root' }, baseline: { ref: args.base, option: '--base' }, diff: true, cache, parses,
  });
  const diff = run.diff!;
  const labels = { base: run.base!.label, head: run.label, asOf: args.asOf, headCheck: headCheck(args, io, cache, parses) };
  io.stdout(args.format === 'json' ? diffJson(diff, labels) : diffMarkdown(diff, labels));
  const failing = args.failOn === 'breaking' ? diff.summary.breaking : args.failOn === 'notable' ? diff.summary.breaking + diff.summary.notable : 0;
  return failing > 0 ? EXIT.findings : EXIT.clean;
}
