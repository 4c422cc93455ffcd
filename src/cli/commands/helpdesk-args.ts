/** What the helpdesk commands (export, import, plan, apply) share: their checked options and how they print findings. */
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { FormatContext } from '../../format/format-context.js';
import { json } from '../../format/json-report.js';
import { stylish } from '../../format/stylish.js';
import type { ProductApi } from '../../helpdesk/api.js';
import type { TargetName } from '../../helpdesk/target.js';
import type { Connection, LiveSource } from '../../host/helpdesk-live.js';
import { UsageError } from '../../host/usage-error.js';
import type { CliIo } from '../io.js';

export interface HelpdeskArgs {
  target: TargetName;
  api: ProductApi;
  /** The policy root (export, plan, apply). */
  root: string;
  format: string;
  failLevel: Severity;
  asOf: string;
  horizonDays: number | undefined;
  config: string | undefined;
  out: string | undefined;
  /** plan and import: --live DIR or --pull --url URL. */
  live: LiveSource | undefined;
  /** apply: the helpdesk's address. */
  url: string | undefined;
  yes: boolean;
  prune: boolean;
  connection: Connection;
}

/** The findings as `check` prints them: stylish or the JSON report. */
export function printFindings(args: Pick<HelpdeskArgs, 'format'>, diagnostics: readonly Diagnostic[], context: FormatContext, io: CliIo): void {
  io.stdout((args.format === 'json' ? json : stylish)(diagnostics, { ...context, color: io.color }));
}

/** Status lines go to stderr under --format json, so stdout stays one JSON document. */
export function statusOut(args: Pick<HelpdeskArgs, 'format'>, io: CliIo): (text: string) => void {
  return args.format === 'json' ? io.stderr : io.stdout;
}

export function needOut(command: string, out: string | undefined, what: string): string {
  if (!out) throw new UsageError(`${command} needs --out DIR: ${what}.`);
  return out;
}

export function needLive(command: string, live: LiveSource | undefined, api: ProductApi): LiveSource {
  if (!live) throw new UsageError(`${command} needs the live ${api.label} configuration: --live DIR (the JSON its API returns) or --pull --url URL (read over HTTP).`);
  return live;
}
