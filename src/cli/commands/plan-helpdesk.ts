/**
 * `plan --target T [root] (--live DIR | --pull --url URL)`: what apply would change in the
 * helpdesk, as stylish text, Markdown or JSON. Read-only: it never writes to the helpdesk.
 * Exit 1 when the findings (the check, lossy mappings, an unreadable live file) reach
 * --fail-level; pending changes alone do not fail it.
 */
import { failsAt, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { planJson } from '../../format/plan-json.js';
import { planMarkdown, planStylish } from '../../format/plan-text.js';
import { plan } from '../../helpdesk/plan/plan.js';
import { checkLiveSource, readLive } from '../../host/helpdesk-live.js';
import { runHelpdesk } from '../../host/helpdesk-run.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';
import { needLive, printFindings, type HelpdeskArgs } from './helpdesk-args.js';

export async function runPlan(args: HelpdeskArgs, io: CliIo): Promise<number> {
  requireRoot(args.root, io);
  const source = needLive('plan', args.live, args.api);
  checkLiveSource(args.api, source, args.connection);
  const h = runHelpdesk({ cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, config: args.config, target: args.target, cache: io.cache });
  const live = await readLive(args.api, source, args.connection);
  const diagnostics = sortDiagnostics([...h.diagnostics, ...live.diagnostics]);
  // A live file that cannot be read would make every object of its type look new: no plan then.
  const p = live.diagnostics.some((d) => d.severity === 'error') ? null : plan(args.api, h.exported.objects, live.objects, { prune: args.prune });
  const failing = failsAt(diagnostics, args.failLevel);
  if (args.format === 'json') io.stdout(planJson({ target: args.target, plan: p, findings: diagnostics }));
  else if (args.format === 'markdown') io.stdout(planMarkdown(p, args.api, { findings: diagnostics }));
  else {
    printFindings(args, diagnostics, h.run.context, io);
    io.stdout(p ? planStylish(p, args.api) : `No plan: the live ${args.api.label} configuration could not be read; fix the findings above.\n`);
    if (p && failing) io.stdout(`apply would refuse these policies: the findings above reach --fail-level ${args.failLevel}.\n`);
  }
  return failing ? EXIT.findings : EXIT.clean;
}
