/** `supportops diff --base <ref|dir> [--head <ref|dir>] [root]`: what a change means, as Markdown or JSON. */
import { diffPolicies } from '../../diff/diff-policies.js';
import { diffJson } from '../../format/diff-json.js';
import { diffMarkdown } from '../../format/diff-markdown.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';
import { readPolicySource } from '../../host/policy-source.js';
import { defaultTemplates } from '../../host/render-artifacts.js';

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

export function runDiff(args: DiffArgs, io: CliIo): number {
  if (!args.base) throw new UsageError('diff needs --base <git-ref|folder>: the version to compare against.');
  if (args.format !== 'markdown' && args.format !== 'json') throw new UsageError(`--format for diff must be markdown or json, not '${args.format}'`);
  if (args.failOn !== undefined && args.failOn !== 'breaking' && args.failOn !== 'notable') throw new UsageError(`--fail-on must be breaking or notable, not '${args.failOn}'`);
  const base = readPolicySource(args.base, args.root, io.cwd, '--base');
  const head = readPolicySource(args.head ?? args.root, args.root, io.cwd, args.head ? '--head' : 'root');
  const diff = diffPolicies(base.files, head.files, { asOf: args.asOf, templates: defaultTemplates(), horizonDays: args.horizonDays, cache: io.cache });
  const labels = { base: base.label, head: args.head ? head.label : `${args.root} (working tree)`, asOf: args.asOf };
  io.stdout(args.format === 'json' ? diffJson(diff, labels) : diffMarkdown(diff, labels));
  const failing = args.failOn === 'breaking' ? diff.summary.breaking : args.failOn === 'notable' ? diff.summary.breaking + diff.summary.notable : 0;
  return failing > 0 ? EXIT.findings : EXIT.clean;
}
