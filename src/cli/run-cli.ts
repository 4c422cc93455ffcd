/** Argument parsing and dispatch. Returns the exit code; never calls process.exit. */
import { parseArgs } from 'node:util';
import { packageVersion } from '../host/package-root.js';
import { asOfOption, failLevelOption, horizonOption } from '../host/run-options.js';
import { runBuild } from './commands/build.js';
import { runCheck } from './commands/check.js';
import { runDiff } from './commands/diff.js';
import { runInit } from './commands/init.js';
import { HELPDESK_HELP, HELPDESK_OPTIONS, isHelpdeskCommand, runHelpdeskCommand } from './helpdesk-commands.js';
import { UsageError } from '../host/usage-error.js';
import { EXIT, type CliIo } from './io.js';

const HELP = `supportops: support operations as code

Usage:
  supportops validate [root]   load and schema-check the policies (default root: policies)
  supportops check [root]      validate, then run every consistency rule
  supportops init [dir]        write a small policy set that checks clean (default: policies)
  supportops build [root]      check, then write the routing guide, disclosures, acknowledgements
                               and feasibility report (see docs/artifacts.md)
  supportops diff --base REF [--head REF] [root]
                               what a change means for customers and the team (REF: git ref or folder)
${HELPDESK_HELP}
Options:
  --format stylish|json        output format (default: stylish); json is documented in docs/json-report.md
  --fail-level error|warn|info exit 1 when a finding reaches this level (default: error)
  --as-of YYYY-MM-DD           the date to check against (default: today, UTC)
  --horizon DAYS               days of real dates feasibility covers from --as-of (default: 365)
  --config FILE                rule severities (default: ./supportops.yaml when present)
  --baseline REF               check: report which findings are new against a git ref or folder;
                               only new findings fail
  --format markdown|json       diff: output format (default: markdown); json is documented in docs/diff.md
  --fail-on breaking|notable   diff: exit 1 when a change of that severity (or worse) is found
  --out DIR                    build: the output folder, replaced as a whole (default: out)
  --check                      build: write nothing; exit 1 when --out differs from what a build
                               would write (use the same --as-of as the build)
  --target zendesk|freshdesk|zammad
                               export, plan, apply, import: the helpdesk product
  --live DIR                   plan, import: the live configuration as the API returns it
  --pull --url URL             plan, import: read it from the helpdesk over HTTP instead
  --url URL                    apply: the helpdesk to change
  --yes                        apply: make the changes (without it, apply only says what it would do)
  --prune                      plan, apply: also delete objects the policies do not describe
  --format stylish|json|markdown
                               plan: output format (default: stylish)
  --color / --no-color         colour the stylish output (default: when printing to a terminal)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 clean, 1 findings at or above the fail level (or apply stopped at a refused
change), 2 usage, config or internal error (or the helpdesk could not be read).
`;

/** A number, or a promise of one for the commands that talk to a helpdesk over the network. */
export function run(argv: string[], io: CliIo): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === 'number' ? code : code.catch((error: unknown) => failed(error, io));
  } catch (error) {
    return failed(error, io);
  }
}

function failed(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`supportops: ${error.message}\n`);
    return EXIT.usage;
  }
  // A bug, not bad input: say so briefly, without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`supportops: internal error: ${message}\nThis is a bug in supportops; please report it with the command you ran.\n`);
  return EXIT.usage;
}

const OPTIONS = {
  format: { type: 'string' },
  'fail-level': { type: 'string', default: 'error' },
  'as-of': { type: 'string' },
  horizon: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'fail-on': { type: 'string' },
  out: { type: 'string' },
  check: { type: 'boolean' },
  ...HELPDESK_OPTIONS,
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parse(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run supportops --help for usage.`);
  }
}

function dispatch(argv: string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.clean;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.clean;
  }
  if (isHelpdeskCommand(command)) return runHelpdeskCommand(command, rest, values, io);
  if (rest.length > 1) throw new UsageError(`${command} takes one folder, got ${rest.length}: ${rest.join(' ')}`);
  const root = rest[0] ?? 'policies';
  const horizonDays = horizonOption(values.horizon, '--horizon');
  switch (command) {
    case 'init':
      return runInit(root, io);
    case 'diff': {
      const asOf = asOfOption(values['as-of'], io.now(), '--as-of');
      return runDiff({ root, base: values.base, head: values.head, format: values.format ?? 'markdown', failOn: values['fail-on'], asOf, horizonDays }, io);
    }
    case 'validate':
    case 'check':
    case 'build':
      return runChecking(command, root, values, horizonDays, io);
    default:
      throw new UsageError(`unknown command '${command}'. Commands: validate, check, build, diff, init, export, import, plan, apply. Run supportops --help.`);
  }
}

/** validate, check and build: the same output options, then the command. */
function runChecking(command: 'validate' | 'check' | 'build', root: string, values: Values, horizonDays: number | undefined, io: CliIo): number {
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`--format must be stylish or json, not '${format}'`);
  const failLevel = failLevelOption(values['fail-level'], '--fail-level');
  const asOf = asOfOption(values['as-of'], io.now(), '--as-of');
  const color = values['no-color'] ? false : (values.color ?? io.color);
  if (command === 'build') {
    if (values.out === '') throw new UsageError('--out needs a folder, such as --out out');
    return runBuild({ root, out: values.out ?? 'out', format, failLevel, asOf, horizonDays, config: values.config, check: values.check ?? false }, { ...io, color });
  }
  return runCheck({ root, format, failLevel, asOf, horizonDays, config: values.config, baseline: values.baseline, rulesToo: command === 'check' }, { ...io, color });
}
