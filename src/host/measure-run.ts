/**
 * One run of `supportops measure`, and the history `check --history` checks with: read the
 * config and the policies, read the export in one pass, measure it on the policies' clocks,
 * compare its demand with the declared demand (the demand-matches-history findings, located in
 * the policy files), and backtest the model. The CLI only parses, prints and exits.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from '../format/format-context.js';
import type { MeasureResult } from '../format/measure-json.js';
import type { HistoryFormat } from '../history/read-history.js';
import { HistoryProblems } from '../history/history-problems.js';
import type { PolicyFile } from '../load/files.js';
import type { HistoryFacts } from '../measure/history-facts.js';
import { measureExport } from '../measure/measure-export.js';
import type { Breach } from '../measure/metric-cell.js';
import type { MeasuredMetric } from '../history/ticket-record.js';
import { validatePolicies } from '../model/validate-policies.js';
import { SharedParses } from '../load/shared-parses.js';
import { checkPolicies } from '../rules/check-policies.js';
import { DAY_MS } from '../time/civil.js';
import { loadConfig } from './config-file.js';
import { exportFiles } from './history-source.js';
import { readPolicySource } from './policy-source.js';
import { UsageError } from './usage-error.js';

/** What reading an export needs besides the policies. */
export interface ExportRequest {
  /** Files or folders, as given. */
  exports: string[];
  source?: HistoryFormat;
  /** The instant the export was taken: milestones not reached by then are open. */
  asOfMs: number;
  /** YYYY-MM-DD: the first and the last creation day measured (UTC), when given. */
  from?: string;
  to?: string;
  strict?: boolean;
  /** Sees the bytes read, for a progress line on a terminal. */
  onProgress?: (read: number, total: number) => void;
  /** Sees every breach, for a host that writes them all out. */
  onBreach?: (cell: { channel: string; tier: string; metric: MeasuredMetric }, breach: Breach) => void;
}

export interface MeasureRequest extends ExportRequest {
  cwd: string;
  root: string;
  /** YYYY-MM-DD: the date the findings are checked on. */
  asOf: string;
  config: string | undefined;
  backtest: boolean;
}

export interface MeasureRun {
  /** Null when the policies have errors: `findings` says which, and nothing is measured. */
  result: MeasureResult | null;
  history: HistoryFacts | null;
  /** The export's problems, located in the export (severity error under --strict, else warn). */
  problems: Diagnostic[];
  /** demand-matches-history findings, or the policies' errors, located in the policy files. */
  findings: Diagnostic[];
  context: FormatContext;
  /** Where each channel is declared, for --write-demand. */
  channelFiles: Map<string, string>;
}

const dayMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/**
 * Reads and measures the export against the policies in `files`. The caller checks the same
 * files afterwards: `parses` lets that check reuse this reading's parse of each file.
 */
export function measureFiles(cwd: string, files: readonly PolicyFile[], config: Config, request: ExportRequest & { backtest: boolean; label?: string }, parses?: SharedParses) {
  const validation = validatePolicies(files, parses ? { parses } : {});
  if (validation.diagnostics.some((d) => d.severity === 'error')) return { validation, measured: null };
  const fromMs = request.from === undefined ? undefined : dayMs(request.from);
  const toMs = request.to === undefined ? undefined : dayMs(request.to) + DAY_MS;
  if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) throw new UsageError(`--to ${request.to} is before --from ${request.from}; --to is the last day measured.`);
  let read = 0;
  let total = 0;
  const found = exportFiles(cwd, request.exports, { source: request.source, config: config.measure, onBytes: (n) => request.onProgress?.((read += n), total) });
  total = found.totalBytes;
  const problems = new HistoryProblems(request.strict ?? false);
  const label = request.label ?? (found.names.length === 1 ? found.names[0]! : `${found.names.length} files`);
  const options = { asOfMs: request.asOfMs, fromMs, toMs, channelAliases: config.measure?.channels, ...(request.onBreach ? { onBreach: request.onBreach } : {}) };
  const measured = measureExport({ source: found.source, model: validation.model, options, problems, label, backtest: request.backtest });
  return { validation, measured: { ...measured, names: found.names, format: found.source.format, problems } };
}

export function runMeasure(request: MeasureRequest): MeasureRun {
  const source = readPolicySource(request.root, request.root, request.cwd, 'root');
  const { files } = source;
  const { config } = loadConfig(source.tree, source.rootDir, request.config && resolve(request.cwd, request.config));
  if (files.length === 0) throw new UsageError(`no policy files (*.yaml, *.yml) found in ${request.root}. Pass the policy folder after the export files.`);
  const parses = new SharedParses();
  const { validation, measured } = measureFiles(request.cwd, files, config, request, parses);
  const context: FormatContext = { root: request.root, asOf: request.asOf, files: validation.files, documents: validation.documents, sourceText: (file) => validation.sources.get(file)?.text };
  const channelFiles = new Map(validation.model.channels.map((c) => [c.name, c.origin.file]));
  if (!measured) return { result: null, history: null, problems: [], findings: validation.diagnostics, context, channelFiles };
  const checked = checkPolicies(files, { asOf: request.asOf, config, history: measured.history, only: ['demand-matches-history'], parses });
  const result: MeasureResult = { measurement: measured.measurement, export: { format: measured.format, files: measured.names }, drift: measured.history.drift, backtest: measured.backtest };
  return { result, history: measured.history, problems: measured.problems.diagnostics(), findings: checked.diagnostics, context, channelFiles };
}

/** check --history: the history the check reads, and the export's problems (none without an export). */
export function historyForCheck(cwd: string, files: readonly PolicyFile[], config: Config | undefined, run: { rules: boolean; history?: ExportRequest }, parses?: SharedParses): { history: { history?: HistoryFacts }; problems: Diagnostic[] } {
  const measured = run.rules && run.history ? measureFiles(cwd, files, config ?? {}, { ...run.history, backtest: false }, parses).measured : null;
  return measured ? { history: { history: measured.history }, problems: measured.problems.diagnostics() } : { history: {}, problems: [] };
}
