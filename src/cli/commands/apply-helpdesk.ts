/**
 * `apply --target T [root] --url URL [--yes] [--prune]`: make the plan in the helpdesk. Without
 * --yes it changes nothing and prints what it would do. Policies whose findings reach
 * --fail-level are never applied. Exit 1 when apply refuses or stops at a refused request.
 */
import { failsAt } from '../../diagnostics/diagnostic.js';
import { apply } from '../../host/apply.js';
import { connect } from '../../host/helpdesk-live.js';
import { runHelpdesk } from '../../host/helpdesk-run.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';
import { printFindings, statusOut, type HelpdeskArgs } from './helpdesk-args.js';

export async function runApply(args: HelpdeskArgs, io: CliIo): Promise<number> {
  requireRoot(args.root, io);
  if (!args.url) throw new UsageError(`apply needs --url URL: the address of your ${args.api.label}, such as https://example.${args.target}.com.`);
  // The token and the address are checked before the policies, so a typo costs nothing.
  const client = connect(args.api, args.url, '--url', args.connection);
  const h = runHelpdesk({ cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, config: args.config, target: args.target, cache: io.cache });
  printFindings(args, h.diagnostics, h.run.context, io);
  const say = statusOut(args, io);
  if (failsAt(h.diagnostics, args.failLevel)) {
    say(`Nothing was applied to ${args.api.label}: fix the findings above first (lossy mappings count at --fail-level too).\n`);
    return EXIT.findings;
  }
  const result = await apply({ client, desired: h.exported.objects, yes: args.yes, prune: args.prune, print: (line) => say(`${line}\n`) });
  return result.stopped ? EXIT.findings : EXIT.clean;
}
