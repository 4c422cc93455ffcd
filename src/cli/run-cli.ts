/** Argument parsing and dispatch. Returns the exit code; never calls process.exit. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FactsCache } from '../facts/facts-cache.js';
import { fsErrorCode, fsReason } from '../host/fs-errors.js';
import { packageVersion } from '../host/package-root.js';
import { asOfOption, failLevelOption, horizonOption } from '../host/run-options.js';
import { DEFAULT_CACHE_DIR, DiskSimulationStore } from '../host/simulation-store.js';
import { UsageError } from '../host/usage-error.js';
import { runBaseline } from './commands/baseline.js';
import { runBuild } from './commands/build.js';
import { runCheck } from './commands/check.js';
import { runDiff } from './commands/diff.js';
import { runInit } from './commands/init.js';
import { HELPDESK_OPTIONS, isHelpdeskCommand, runHelpdeskCommand } from './helpdesk-commands.js';
import { endOfDay, measureCommand, sourceOption } from './measure-options.js';
import { checkFormatOption } from './commands/output-format.js';
import { HELP } from './help.js';
import { EXIT, type CliIo } from './io.js';

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
  // A file or folder the system refused (permissions, a full disk) is about the place, not a bug.
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (fsErrorCode(error) && path) {
    io.stderr(`supportops: cannot use ${path}: ${fsReason(error)}. Check that it exists and that you may read (or write) it.\n`);
    return EXIT.usage;
  }
  // A bug, not bad input: say so briefly, without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`supportops: internal error: ${message}\nThis is a bug in supportops; please report it with the command you ran.\n`);
  return EXIT.usage;
}

const COMMANDS: readonly string[] = ['validate', 'check', 'build', 'diff', 'baseline', 'init', 'measure', 'export', 'import', 'plan', 'apply'];

const OPTIONS = {
  format: { type: 'string' },
  'fail-level': { type: 'string', default: 'error' },
  'as-of': { type: 'string' },
  horizon: { type: 'string' },
  config: { type: 'string' },
  'config-from': { type: 'string' },
  baseline: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'fail-on': { type: 'string' },
  out: { type: 'string' },
  check: { type: 'boolean' },
  ...HELPDESK_OPTIONS,
  'report-only': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  history: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  source: { type: 'string' },
  strict: { type: 'boolean' },
  'write-demand': { type: 'boolean' },
  'no-backtest': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
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

/**
 * The run's facts cache: the one the caller gave (tests), else simulations kept in --cache-dir
 * unless --no-cache. A run that judges a change (`diff`, `check --baseline`) reads the default
 * folder in the working copy only when told to: the change under review may have put entries
 * there (docs/cache.md, What it trusts).
 */
function withCache(io: CliIo, values: Values, command: string | undefined): CliIo {
  const dir = values['cache-dir'];
  if (dir === '') throw new UsageError('--cache-dir needs a folder, such as --cache-dir .supportops-cache');
  if (dir !== undefined && values['no-cache']) throw new UsageError('--cache-dir and --no-cache contradict each other: give one of them.');
  if (io.cache || values['no-cache']) return io;
  const judgesChange = command === 'diff' || values.baseline !== undefined;
  if (dir === undefined && judgesChange) return io;
  return { ...io, cache: new FactsCache(new DiskSimulationStore(resolve(io.cwd, dir ?? DEFAULT_CACHE_DIR), io.now)) };
}

function dispatch(argv: string[], given: CliIo): number | Promise<number> {
  const { values, positionals } = parse(argv);
  const io = withCache(given, values, positionals[0]);
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
  if (command === 'measure') return measureCommand(rest, values, io);
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command '${command}'. Commands: ${COMMANDS.join(', ')}. Run supportops --help.`);
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
    case 'baseline': {
      const asOf = asOfOption(values['as-of'], io.now(), '--as-of');
      return runBaseline({ root, failLevel: failLevelOption(values['fail-level'], '--fail-level'), asOf, horizonDays, ...(values.config ? { config: values.config } : {}) }, io);
    }
    default:
      return runChecking(command as 'validate' | 'check' | 'build', root, values, horizonDays, io);
  }
}

/** --rule a --rule b,c: the rule ids, each once. */
function ruleOption(given: readonly string[] | undefined): string[] | undefined {
  if (!given) return undefined;
  return [...new Set(given.flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean))];
}

function configFromOption(given: string | undefined, baseline: string | undefined): 'base' | 'head' | undefined {
  if (given === undefined) return undefined;
  if (given !== 'base' && given !== 'head') throw new UsageError(`--config-from must be base or head, not '${given}'`);
  if (!baseline) throw new UsageError('--config-from needs --baseline REF: it chooses whether the baseline\'s config or the working tree\'s applies.');
  return given;
}

/** validate, check and build: the same output options, then the command. */
function runChecking(command: 'validate' | 'check' | 'build', root: string, values: Values, horizonDays: number | undefined, io: CliIo): number {
  const format = checkFormatOption(values.format);
  const failLevel = failLevelOption(values['fail-level'], '--fail-level');
  const asOf = asOfOption(values['as-of'], io.now(), '--as-of');
  const color = values['no-color'] ? false : (values.color ?? io.color);
  const shared = { root, format, failLevel, asOf, horizonDays, config: values.config, quiet: values.quiet ?? false, ...(values.rule ? { onlyRules: ruleOption(values.rule)! } : {}) };
  if (command === 'build') {
    if (values.out === '') throw new UsageError('--out needs a folder, such as --out out');
    return runBuild({ ...shared, out: values.out ?? 'out', check: values.check ?? false, reportOnly: values['report-only'] ?? false }, { ...io, color });
  }
  const configFrom = configFromOption(values['config-from'], values.baseline);
  const history = values.history ? { exports: values.history, source: sourceOption(values.source), asOfMs: endOfDay(asOf) } : undefined;
  return runCheck({ ...shared, baseline: values.baseline, rulesToo: command === 'check', ...(configFrom ? { configFrom } : {}), ...(history ? { history } : {}) }, { ...io, color });
}
