/**
 * `export --target T [root] --out DIR`: check the policies, export them to the product, and
 * write one JSON file per object. Nothing is written when the findings (lossy mappings
 * included) reach --fail-level; the folder is replaced atomically, as `build` replaces its own.
 */
import { resolve } from 'node:path';
import { failsAt } from '../../diagnostics/diagnostic.js';
import { EXPORT_GENERATOR, exportArtifacts } from '../../helpdesk/export-files.js';
import { runHelpdesk } from '../../host/helpdesk-run.js';
import { assertReplaceable, writeOutputAtomically } from '../../host/output-dir.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';
import { needOut, printFindings, statusOut, type HelpdeskArgs } from './helpdesk-args.js';

export function runExport(args: HelpdeskArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const shown = needOut('export', args.out, `the folder to write the ${args.api.label} payloads to (replaced as a whole)`);
  const out = resolve(io.cwd, shown);
  assertReplaceable(out, `--out ${shown}`, [resolve(io.cwd, args.root), resolve(io.cwd)], EXPORT_GENERATOR);
  const h = runHelpdesk({ cwd: io.cwd, root: args.root, asOf: args.asOf, horizonDays: args.horizonDays, config: args.config, target: args.target, cache: io.cache });
  printFindings(args, h.diagnostics, h.run.context, io);
  const say = statusOut(args, io);
  if (failsAt(h.diagnostics, args.failLevel)) {
    say(`Nothing was written to ${shown}: fix the findings above first (lossy mappings count at --fail-level too).\n`);
    return EXIT.findings;
  }
  const artifacts = exportArtifacts(h.exported);
  writeOutputAtomically(out, artifacts);
  const counts = new Map<string, number>();
  for (const o of h.exported.objects) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  const parts = h.api.resources.filter((r) => counts.has(r.type)).map((r) => `${r.label} ${counts.get(r.type)}`);
  say(`Wrote ${h.exported.objects.length} ${h.api.label} objects to ${shown} (${parts.join(', ') || 'none'}), one JSON file each.\n`);
  return EXIT.clean;
}
