/**
 * The helpdesk commands (export, import, plan, apply): their options, read and checked once,
 * then the command. Everything they print or throw passes through a filter that removes the
 * token in every form it takes on the wire, so it cannot reach the output by any path.
 */
import { PRODUCTS } from '../helpdesk/products.js';
import { TARGETS, type TargetName } from '../helpdesk/target.js';
import { tokenSecrets, type LiveSource } from '../host/helpdesk-live.js';
import { HelpdeskError } from '../host/http/client.js';
import { redact } from '../host/http/redact.js';
import { tokenVariable } from '../host/http/token.js';
import { asOfOption, failLevelOption, horizonOption } from '../host/run-options.js';
import { UsageError } from '../host/usage-error.js';
import { runApply } from './commands/apply-helpdesk.js';
import { runExport } from './commands/export-helpdesk.js';
import type { HelpdeskArgs } from './commands/helpdesk-args.js';
import { runImport } from './commands/import-helpdesk.js';
import { runPlan } from './commands/plan-helpdesk.js';
import { EXIT, type CliIo } from './io.js';

export const HELPDESK_OPTIONS = {
  target: { type: 'string' },
  live: { type: 'string' },
  pull: { type: 'boolean' },
  url: { type: 'string' },
  yes: { type: 'boolean' },
  prune: { type: 'boolean' },
} as const;

export const HELPDESK_HELP = `  supportops export --target T [root] --out DIR
                               write the policies as the helpdesk's API payloads, one JSON file
                               per object (T: zendesk, freshdesk or zammad; docs/helpdesks.md)
  supportops plan --target T [root] (--live DIR | --pull --url URL) [--prune]
                               what apply would change in the helpdesk (stylish, markdown, json)
  supportops apply --target T [root] --url URL [--yes] [--prune]
                               make those changes; without --yes a dry run that changes nothing
  supportops import --target T (--live DIR | --pull --url URL) --out DIR
                               write an existing helpdesk's configuration as policy files
                               (the token: SUPPORTOPS_<T>_TOKEN in the environment, never a flag)
`;

const COMMANDS = {
  export: { run: runExport, formats: ['stylish', 'json'], options: ['target', 'out'], root: true },
  plan: { run: runPlan, formats: ['stylish', 'json', 'markdown'], options: ['target', 'live', 'pull', 'url', 'prune'], root: true },
  apply: { run: runApply, formats: ['stylish', 'json'], options: ['target', 'url', 'yes', 'prune'], root: true },
  import: { run: runImport, formats: ['stylish', 'json'], options: ['target', 'live', 'pull', 'url', 'out'], root: false },
} as const;

type Command = keyof typeof COMMANDS;

export function isHelpdeskCommand(command: string): command is Command {
  return Object.hasOwn(COMMANDS, command);
}

/** The options these commands read (the shared ones are parsed by run-cli.ts). */
export interface HelpdeskValues {
  target?: string;
  live?: string;
  pull?: boolean;
  url?: string;
  yes?: boolean;
  prune?: boolean;
  out?: string;
  format?: string;
  'fail-level': string;
  'as-of'?: string;
  horizon?: string;
  config?: string;
  color?: boolean;
  'no-color'?: boolean;
}

function targetOf(command: Command, given: string | undefined): TargetName {
  if (given === undefined) throw new UsageError(`${command} needs --target zendesk, freshdesk or zammad: the helpdesk product.`);
  if (!(TARGETS as readonly string[]).includes(given)) throw new UsageError(`--target must be zendesk, freshdesk or zammad, not '${given}'`);
  return given as TargetName;
}

/** An option of another helpdesk command is refused, so `plan --yes` cannot look as if it applied. */
function refuseOthers(command: Command, values: HelpdeskValues): void {
  const allowed: readonly string[] = COMMANDS[command].options;
  for (const name of Object.keys(HELPDESK_OPTIONS).concat('out')) {
    if (values[name as keyof HelpdeskValues] !== undefined && !allowed.includes(name)) {
      const users = (Object.keys(COMMANDS) as Command[]).filter((c) => (COMMANDS[c].options as readonly string[]).includes(name));
      throw new UsageError(`--${name} does not apply to ${command} (it is for ${users.join(' and ')}). Run supportops --help.`);
    }
  }
}

function liveOf(command: Command, values: HelpdeskValues, cwd: string): LiveSource | undefined {
  if (values.live !== undefined && (values.pull || values.url !== undefined)) throw new UsageError(`${command} reads the live configuration from --live DIR or from --pull --url URL, not both.`);
  if (values.live !== undefined) return { folder: values.live, cwd, option: '--live' };
  if (values.pull && values.url === undefined) throw new UsageError('--pull needs --url URL: the address of the helpdesk to read.');
  if (values.url !== undefined && !values.pull) throw new UsageError(`--url needs --pull for ${command}: add --pull to read the live configuration over HTTP, or pass --live DIR.`);
  return values.url === undefined ? undefined : { url: values.url, option: '--url' };
}

function argsOf(command: Command, positionals: string[], values: HelpdeskValues, io: CliIo): HelpdeskArgs {
  refuseOthers(command, values);
  const spec = COMMANDS[command];
  if (positionals.length > (spec.root ? 1 : 0)) throw new UsageError(spec.root ? `${command} takes one folder, got ${positionals.length}: ${positionals.join(' ')}` : `${command} takes no folder: pass --live DIR (or --pull --url URL) and --out DIR.`);
  const target = targetOf(command, values.target);
  const format = values.format ?? 'stylish';
  if (!(spec.formats as readonly string[]).includes(format)) throw new UsageError(`--format for ${command} must be ${spec.formats.join(', ').replace(/, (\w+)$/, ' or $1')}, not '${format}'`);
  return {
    target, api: PRODUCTS[target].api, root: positionals[0] ?? 'policies', format,
    failLevel: failLevelOption(values['fail-level'], '--fail-level'),
    asOf: asOfOption(values['as-of'], io.now(), '--as-of'),
    horizonDays: horizonOption(values.horizon, '--horizon'),
    config: values.config, out: values.out,
    live: command === 'plan' || command === 'import' ? liveOf(command, values, io.cwd) : undefined,
    url: values.url, yes: values.yes ?? false, prune: values.prune ?? false,
    connection: { env: io.env ?? {}, ...(io.sleep ? { sleep: io.sleep } : {}) },
  };
}

/** What to check when the helpdesk refused the request or could not be reached. */
function hint(error: HelpdeskError, target: TargetName): string {
  if (error.status === 401 || error.status === 403) return `\nCheck that ${tokenVariable(target)} holds a token for this helpdesk that may read and change its configuration, and that --url is its address.`;
  return '';
}

export async function runHelpdeskCommand(command: Command, positionals: string[], values: HelpdeskValues, io: CliIo): Promise<number> {
  const color = values['no-color'] ? false : (values.color ?? io.color);
  const target = (TARGETS as readonly string[]).includes(values.target ?? '') ? (values.target as TargetName) : null;
  const secrets = target ? tokenSecrets(PRODUCTS[target].api, io.env ?? {}) : [];
  const clean = (text: string) => redact(text, secrets);
  const safe: CliIo = { ...io, color, stdout: (t) => io.stdout(clean(t)), stderr: (t) => io.stderr(clean(t)) };
  try {
    return await COMMANDS[command].run(argsOf(command, positionals, values, safe), safe);
  } catch (error) {
    if (error instanceof HelpdeskError) {
      safe.stderr(`supportops: ${error.message}${hint(error, target!)}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) throw new UsageError(clean(error.message));
    throw new Error(clean(error instanceof Error ? error.message : String(error)));
  }
}
