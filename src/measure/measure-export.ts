/**
 * One measured export, as the host asks for it: the export read and measured in one pass on the
 * model's clocks, the facts the rules read (calibration and drift), and the backtest.
 */
import type { HistoryProblems } from '../history/history-problems.js';
import { readHistory, type HistorySource } from '../history/read-history.js';
import type { Model } from '../model/model.js';
import { backtest } from './backtest.js';
import type { Backtest } from './backtest-result.js';
import { historyFacts, type HistoryFacts } from './history-facts.js';
import { HistoryMeasurer, type MeasureOptions } from './measure-history.js';
import type { Measurement } from './measurement.js';
import { measureView } from './measure-view.js';

export interface MeasuredExport {
  measurement: Measurement;
  history: HistoryFacts;
  /** Null when not asked for, or when nothing was measured. */
  backtest: Backtest | null;
}

export interface ExportRequest {
  source: HistorySource;
  model: Model;
  options: MeasureOptions;
  problems: HistoryProblems;
  /** How messages name the export: its file, or "3 files". */
  label: string;
  backtest: boolean;
}

export function measureExport(request: ExportRequest): MeasuredExport {
  const view = measureView(request.model);
  const measurer = new HistoryMeasurer(view, request.options);
  readHistory(request.source, request.problems, (r) => measurer.add(r));
  const measurement = measurer.result(request.problems);
  const history = historyFacts(measurement.calibration, view, request.label, measurement.pauses);
  const run = request.backtest && measurement.records.measured > 0;
  return { measurement, history, backtest: run ? backtest(request.model, measurement, (c, from, hours) => measurer.hourlyArrivals(c, from, hours)) : null };
}
