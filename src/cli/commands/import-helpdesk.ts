/**
 * `import --target T (--live DIR | --pull --url URL) --out DIR`: an existing helpdesk as policy
 * files that load and check, every guess reported as a finding in the files written. It never
 * overwrites a file; exit 1 when the findings reach --fail-level (the files are written all
 * the same: they are a draft to review).
 */
import { failsAt, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { writeFailure } from '../../host/fs-errors.js';
import { importHelpdesk, writeImportedFiles } from '../../host/helpdesk-import.js';
import { readLive } from '../../host/helpdesk-live.js';
import { UsageError } from '../../host/usage-error.js';
import { EXIT, type CliIo } from '../io.js';
import { needLive, needOut, printFindings, statusOut, type HelpdeskArgs } from './helpdesk-args.js';

export async function runImport(args: HelpdeskArgs, io: CliIo): Promise<number> {
  const out = needOut('import', args.out, 'the folder to write the policy files to (no file there is overwritten)');
  const live = await readLive(args.api, needLive('import', args.live, args.api), args.connection);
  const say = statusOut(args, io);
  const context = { root: out, asOf: args.asOf, files: 0, documents: 0, sourceText: () => undefined };
  if (live.diagnostics.some((d) => d.severity === 'error')) {
    printFindings(args, live.diagnostics, context, io);
    say(`Nothing was imported: the live ${args.api.label} configuration could not be read; fix the findings above.\n`);
    return EXIT.findings;
  }
  const run = importHelpdesk({ cwd: io.cwd, target: args.target, live: live.objects, out, asOf: args.asOf, horizonDays: args.horizonDays, config: args.config, cache: io.cache });
  try {
    writeImportedFiles(io.cwd, run.files);
  } catch (error) {
    throw error instanceof UsageError ? error : writeFailure(`the imported policies to ${out}`, error, 'Choose a folder you can write to, such as policies.');
  }
  const diagnostics = sortDiagnostics([...live.diagnostics, ...run.diagnostics]);
  printFindings(args, diagnostics, run.context, io);
  const guesses = diagnostics.filter((d) => d.ruleId === 'helpdesk-guessed').length;
  say(`Wrote ${run.files.length} policy files to ${out} from ${args.api.label}. ${guesses} value${guesses === 1 ? ' is a guess' : 's are guesses'} (helpdesk-guessed above): review them, then run supportops check ${out}.\n`);
  return failsAt(diagnostics, args.failLevel) ? EXIT.findings : EXIT.clean;
}
