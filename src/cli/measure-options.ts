/** The options of `measure` (and check's --history), read and checked: each mistake is a usage error naming the option. */
import { DAY_MS } from '../time/civil.js';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { HISTORY_FORMATS, type HistoryFormat } from '../history/read-history.js';
import { asOfOption, failLevelOption } from '../host/run-options.js';
import { UsageError } from '../host/usage-error.js';
import { isRealDate } from '../values/calendar-dates.js';
import { runMeasureCommand } from './commands/measure.js';
import type { CliIo } from './io.js';


/** The parsed options `measure` reads. */
export interface MeasureValues {
  format?: string;
  out?: string;
  strict?: boolean;
  'write-demand'?: boolean;
  'no-backtest'?: boolean;
  from?: string;
  to?: string;
  source?: string;
  'as-of'?: string;
  config?: string;
  'fail-level': string;
}

/** The instant a day ends: an export "as of" a date was taken at its end. */
export const endOfDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) + DAY_MS;

export function sourceOption(given: string | undefined): HistoryFormat | undefined {
  if (given === undefined) return undefined;
  if (!HISTORY_FORMATS.includes(given as HistoryFormat)) throw new UsageError(`--source must be csv, zendesk, freshdesk or zammad, not '${given}'`);
  return given as HistoryFormat;
}

function dateOption(given: string | undefined, name: string): string | undefined {
  if (given !== undefined && !isRealDate(given)) throw new UsageError(`${name} must be a date written YYYY-MM-DD, not '${given}'`);
  return given;
}

/** The policy folder is the last argument when it is a folder with no export files (.csv, .json) in it; else `policies`. */
function splitRoot(cwd: string, positionals: string[]): { exports: string[]; root: string } {
  const last = positionals[positionals.length - 1];
  if (positionals.length > 1 && last !== undefined) {
    try {
      if (!readdirSync(resolve(cwd, last)).some((f) => /\.(csv|json)$/i.test(f))) return { exports: positionals.slice(0, -1), root: last };
    } catch {
      // not a folder: an export file
    }
  }
  return { exports: positionals, root: 'policies' };
}

export function measureCommand(positionals: string[], values: MeasureValues, io: CliIo): number {
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be stylish, json or markdown, not '${format}'`);
  if (values.out === '') throw new UsageError('--out needs a folder, such as --out measured');
  const { exports, root } = splitRoot(io.cwd, positionals);
  const asOf = asOfOption(values['as-of'], io.now(), '--as-of');
  return runMeasureCommand({
    exports, root, format, out: values.out, strict: values.strict ?? false, writeDemand: values['write-demand'] ?? false, backtest: !values['no-backtest'],
    from: dateOption(values.from, '--from'), to: dateOption(values.to, '--to'), source: sourceOption(values.source),
    asOf, asOfMs: values['as-of'] === undefined ? io.now().getTime() : endOfDay(asOf), config: values.config, failLevel: failLevelOption(values['fail-level'], '--fail-level'),
  }, io);
}
