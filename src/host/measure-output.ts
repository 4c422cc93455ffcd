/**
 * `measure --out DIR`: the report in every format, and every breach (the reports list the worst
 * 1,000 per cell) in breaches.csv, written while the export is read. Everything goes to a new
 * sibling folder that replaces DIR only once it is complete, so a failed run never leaves a
 * half-written report; DIR may be new, empty, or a folder measure wrote before.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MEASURE_SCHEMA_URL } from '../format/measure-json-shape.js';
import type { MeasuredMetric } from '../history/ticket-record.js';
import type { Breach } from '../measure/metric-cell.js';
import { UsageError } from './usage-error.js';

export const MEASURE_FILES = { json: 'measure.json', markdown: 'measure.md', text: 'measure.txt', breaches: 'breaches.csv' } as const;

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Refuses a DIR that is a file, or a folder holding anything but an earlier measure report. */
export function assertMeasureOut(dir: string, shown: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(`${shown} is a file, not a folder.`);
  if (readdirSync(dir).length === 0) return;
  let schema: unknown;
  try {
    schema = (JSON.parse(readFileSync(join(dir, MEASURE_FILES.json), 'utf8')) as { $schema?: unknown }).$schema;
  } catch {
    schema = undefined;
  }
  if (schema !== MEASURE_SCHEMA_URL) throw new UsageError(`${shown} is not empty and holds no earlier measure report (${MEASURE_FILES.json}); measure replaces the whole folder, so it will not touch it. Choose an empty or new folder.`);
}

/** A report folder being written: breaches as they are found, then the reports, then the swap. */
export class MeasureOutput {
  private readonly fresh: string;
  private readonly fd: number;
  private buffered: string[] = [];

  constructor(private readonly dir: string) {
    mkdirSync(dirname(dir), { recursive: true });
    this.fresh = mkdtempSync(join(dirname(dir), `.${basename(dir)}.new-`));
    this.fd = openSync(join(this.fresh, MEASURE_FILES.breaches), 'w');
    writeSync(this.fd, 'channel,tier,metric,ticket,instance,late_seconds,date,open\n');
  }

  breach(cell: { channel: string; tier: string; metric: MeasuredMetric }, b: Breach): void {
    this.buffered.push(`${[cell.channel, cell.tier, cell.metric, b.ticket].map(csvCell).join(',')},${b.instance},${b.lateSeconds},${b.date},${b.open}\n`);
    if (this.buffered.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.buffered.length > 0) writeSync(this.fd, this.buffered.join(''));
    this.buffered = [];
  }

  /** Writes the reports and puts the folder in place of DIR. */
  finish(reports: { json: string; markdown: string; text: string }): void {
    this.flush();
    closeSync(this.fd);
    writeFileSync(join(this.fresh, MEASURE_FILES.json), reports.json);
    writeFileSync(join(this.fresh, MEASURE_FILES.markdown), reports.markdown);
    writeFileSync(join(this.fresh, MEASURE_FILES.text), reports.text);
    rmSync(this.dir, { recursive: true, force: true });
    renameSync(this.fresh, this.dir);
  }

  /** Drops what was written: nothing reaches DIR. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.fresh, { recursive: true, force: true });
  }
}
