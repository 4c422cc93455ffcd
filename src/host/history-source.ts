/**
 * The export files named on the command line, as a HistorySource: folders stand for the .csv and
 * .json files in them, each file's kind is read from its first bytes (or given by --source), and
 * the zone and column mapping come from measure: in supportops.yaml. A file that does not exist,
 * cannot be read or cannot be told apart is a usage error naming it; the files of one run are
 * one export, so they must be of one format.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { MeasureConfig } from '../config/measure-config.js';
import { detectExport, HEAD_BYTES, type ExportKind } from '../history/detect-export.js';
import type { HistoryFile } from '../history/history-file.js';
import type { HistoryFormat, HistorySource } from '../history/read-history.js';
import { getZone, isValidTimeZone } from '../time/zone.js';
import { historyFile } from './history-files.js';
import { UsageError } from './usage-error.js';

export interface ExportFiles {
  source: HistorySource;
  /** The files as given (folders expanded), for the report. */
  names: string[];
  /** All their bytes: what progress counts up to. */
  totalBytes: number;
}

const EXPORT_FILE = /\.(csv|json)$/i;
const show = (cwd: string, path: string) => relative(cwd, path).split(sep).join('/') || path;

function expand(cwd: string, given: string[]): string[] {
  return given.flatMap((g) => {
    const path = resolve(cwd, g);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`export file not found: ${g}. Pass the files your helpdesk exported (CSV or JSON pages).`);
    }
    if (!stats.isDirectory()) return [path];
    const inside = readdirSync(path).filter((f) => EXPORT_FILE.test(f)).sort().map((f) => join(path, f));
    if (inside.length === 0) throw new UsageError(`${g} is a folder with no .csv or .json files in it; pass the export's files.`);
    return inside;
  });
}

function head(path: string, shown: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = new Uint8Array(HEAD_BYTES);
      return new TextDecoder().decode(buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Check that it is a file you have permission to read.`);
  }
}

function zoneOf(config: MeasureConfig | undefined): { zone?: ReturnType<typeof getZone> } {
  const name = config?.columns?.timeZone;
  return name && isValidTimeZone(name) ? { zone: getZone(name) } : {};
}

function sourceOf(format: HistoryFormat, files: { file: HistoryFile; kind: ExportKind }[], config: MeasureConfig | undefined): HistorySource {
  const list = files.map((f) => f.file);
  const role = (r: string) => files.filter((f) => f.kind.format === 'zendesk' && f.kind.role === r).map((f) => f.file);
  if (format === 'zendesk') {
    if (role('tickets').length === 0) throw new UsageError('a Zendesk export needs the incremental ticket export pages (a "tickets" array); only metric events or ticket metrics were given.');
    return { format, files: { tickets: role('tickets'), events: role('events'), metrics: role('metrics') } };
  }
  if (format === 'zammad') return { format, files: list };
  const { columns } = config ?? {};
  const { timeZone: _zone, ...names } = columns ?? {};
  return format === 'csv' ? { format, files: list, columns: names, ...zoneOf(config) } : { format, files: list, ...zoneOf(config) };
}

/** The export at `given` (files or folders, relative to `cwd`); `onBytes` sees reading progress. */
export function exportFiles(cwd: string, given: string[], options: { source?: HistoryFormat; config?: MeasureConfig; onBytes?: (bytes: number) => void }): ExportFiles {
  if (given.length === 0) throw new UsageError('name the ticket export to read: supportops measure <export>... [root]. docs/measure.md lists the formats.');
  const paths = expand(cwd, given);
  const files = paths.map((path) => {
    const name = show(cwd, path);
    const kind = detectExport(head(path, name), options.source);
    if (!kind) {
      const hint = options.source ? `it does not look like a ${options.source} export` : 'its format cannot be told from its first lines';
      throw new UsageError(`${name}: ${hint}. Pass --source csv|zendesk|freshdesk|zammad, or check that it is a ticket export.`);
    }
    return { file: historyFile(path, name, options.onBytes), kind, name };
  });
  const formats = [...new Set(files.map((f) => f.kind.format))];
  if (formats.length > 1) throw new UsageError(`the files are of different formats (${files.map((f) => `${f.name}: ${f.kind.format}`).join(', ')}); measure one export at a time, or pass --source.`);
  const totalBytes = paths.reduce((s, p) => s + statSync(p).size, 0);
  return { source: sourceOf(formats[0]!, files, options.config), names: files.map((f) => f.name), totalBytes };
}
