/**
 * `measure <export>... [root]`: read a ticket export, measure attainment on the policies' own
 * clocks, compare the measured demand with the declared one and backtest the model; print the
 * report (stylish, JSON or Markdown), or with --write-demand the demand blocks to paste in; with
 * --out, write every format and every breach to a folder. Progress shows on a terminal only.
 */
import { resolve } from 'node:path';
import { failsAt, type Diagnostic, type Severity } from '../../diagnostics/diagnostic.js';
import { measureJson, type MeasureResult } from '../../format/measure-json.js';
import { measureMarkdown, measureStylish } from '../../format/measure-report.js';
import { displayPath } from '../../format/paths.js';
import { stylish } from '../../format/stylish.js';
import type { HistoryFormat } from '../../history/read-history.js';
import { assertMeasureOut, MeasureOutput } from '../../host/measure-output.js';
import { runMeasure, type MeasureRun } from '../../host/measure-run.js';
import { renderDemandYaml } from '../../measure/demand-block.js';
import { windowWords } from '../../measure/demand-drift.js';
import { EXIT, type CliIo } from '../io.js';
import { requireRoot } from './check.js';

export interface MeasureArgs {
  exports: string[];
  root: string;
  format: 'stylish' | 'json' | 'markdown';
  out?: string;
  strict: boolean;
  writeDemand: boolean;
  backtest: boolean;
  from?: string;
  to?: string;
  source?: HistoryFormat;
  asOf: string;
  asOfMs: number;
  config?: string;
  failLevel: Severity;
}

/** Problems listed one a line in the stylish output; the JSON lists up to 1,000 of each kind. */
const SHOWN_PROBLEMS = 20;
/** Below this an export reads too fast for a progress line to help. */
const PROGRESS_FROM_BYTES = 8 << 20;

/** A line on stderr that counts whole percents of the bytes read: no clock needed. */
function progress(io: CliIo): { update: (read: number, total: number) => void; done: () => void } {
  let shown = -1;
  return {
    update: (read, total) => {
      const pct = Math.floor((100 * read) / total);
      if (!io.progress || total < PROGRESS_FROM_BYTES || pct === shown) return;
      shown = pct;
      io.stderr(`\rReading the export: ${pct}% of ${(total / 2 ** 20).toFixed(0)} MiB`);
    },
    done: () => {
      if (shown >= 0) io.stderr('\r\u001b[K');
    },
  };
}

function problemLines(problems: readonly Diagnostic[], total: number): string {
  if (problems.length === 0) return '';
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((d) => `  ${d.location.file}${d.location.pointer ? ` ${d.location.pointer}` : `:${d.location.start.line}`}: ${d.message}`);
  const more = total > SHOWN_PROBLEMS ? `\n  … and ${(total - SHOWN_PROBLEMS).toLocaleString('en')} more: --format json lists them, up to 1,000 of each kind.` : '';
  return `\nProblems in the export:\n${lines.join('\n')}${more}\n`;
}

function demandBlocks(run: MeasureRun, args: MeasureArgs): string {
  return run.history!.calibration.map((c) => {
    const file = run.channelFiles.get(c.channel);
    const where = file ? displayPath(args.root, file) : 'the channel';
    return `# ${where}, channel '${c.channel}': measured over ${windowWords(c)} (${c.tickets.toLocaleString('en')} tickets)\n${renderDemandYaml(c)}`;
  }).join('\n');
}

function report(format: MeasureArgs['format'], result: MeasureResult): string {
  return format === 'json' ? measureJson(result) : format === 'markdown' ? measureMarkdown(result) : measureStylish(result);
}

export function runMeasureCommand(args: MeasureArgs, io: CliIo): number {
  requireRoot(args.root, io);
  const out = args.out === undefined ? undefined : resolve(io.cwd, args.out);
  if (out) assertMeasureOut(out, `--out ${args.out}`);
  const shown = progress(io);
  const output = out ? new MeasureOutput(out) : undefined;
  let run: MeasureRun;
  try {
    run = runMeasure({
      cwd: io.cwd, root: args.root, exports: args.exports, source: args.source, asOf: args.asOf, asOfMs: args.asOfMs, from: args.from, to: args.to,
      strict: args.strict, config: args.config, backtest: args.backtest, onProgress: shown.update, ...(output ? { onBreach: (c, b) => output.breach(c, b) } : {}),
    });
  } catch (error) {
    output?.abandon();
    throw error;
  } finally {
    shown.done();
  }
  const say = args.format === 'stylish' && !args.writeDemand ? io.stdout : io.stderr;
  const context = { ...run.context, color: io.color };
  if (!run.result || run.result.measurement.problems.stoppedBy) return stop(run, output, args, io, say);
  output?.finish({ json: measureJson(run.result), markdown: measureMarkdown(run.result), text: measureStylish(run.result) });
  io.stdout(args.writeDemand ? demandBlocks(run, args) : report(args.format, run.result));
  if (args.format === 'stylish' && !args.writeDemand) say(problemLines(run.problems, run.result.measurement.problems.counts.reduce((s, p) => s + p.count, 0)));
  if (run.findings.length > 0) say(`\n${stylish(run.findings, context)}`);
  if (out) say(`Wrote the report and every breach to ${args.out}.\n`);
  return failsAt([...run.findings, ...run.problems], args.failLevel) ? EXIT.findings : EXIT.clean;
}

/** The policies have errors, or --strict stopped at a bad record: nothing is written. */
function stop(run: MeasureRun, output: MeasureOutput | undefined, args: MeasureArgs, io: CliIo, say: (t: string) => void): number {
  output?.abandon();
  if (!run.result) {
    say(stylish(run.findings, { ...run.context, color: io.color }));
    io.stderr('The policies have errors, so the export was not measured: fix them first (supportops check).\n');
  } else {
    const stopped = run.result.measurement.problems.stoppedBy!;
    io.stderr(`supportops: ${stopped.file}${stopped.line === null ? ` ${stopped.pointer ?? ''}` : `:${stopped.line}`}: ${stopped.message}\nStopped at the first bad record (--strict)${args.out ? `; nothing was written to ${args.out}` : ''}.\n`);
  }
  return EXIT.findings;
}
