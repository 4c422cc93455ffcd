/** The generic CSV export: documented columns (csv-columns.ts), renamed by a mapping when needed. */
import { columnNames, type CsvColumnNames } from './csv-columns.js';
import type { CsvReadOptions } from './csv-history.js';

export function genericCsvReadOptions(columns: CsvColumnNames = {}): CsvReadOptions {
  return { columns: columnNames(columns), required: ['id', 'created'] };
}
