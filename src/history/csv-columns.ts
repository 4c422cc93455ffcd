/**
 * The generic CSV export: which column holds what. Defaults are the documented column names
 * (docs/measure.md); `measure.columns` in supportops.yaml (src/config/measure-config.ts) renames
 * any of them.
 */

/** The record fields a CSV column can feed, with their default column names. */
export const CSV_FIELDS = {
  id: 'id',
  channel: 'channel',
  created: 'created',
  acknowledged: 'acknowledged',
  firstResponse: 'first_response',
  solved: 'solved',
  status: 'status',
  priority: 'priority',
  tier: 'tier',
  tags: 'tags',
  handleSeconds: 'handle_seconds',
  statusChanges: 'status_changes',
  nextResponses: 'next_responses',
} as const;

export type CsvField = keyof typeof CSV_FIELDS;

/** Column names by field, as a mapping gives them; a field left out keeps its default name. */
export type CsvColumnNames = Partial<Record<CsvField, string>>;

/** The column name for each field: the mapping's, else the default. */
export function columnNames(mapping: CsvColumnNames = {}): Record<CsvField, string> {
  const out = { ...CSV_FIELDS } as Record<CsvField, string>;
  for (const f of Object.keys(CSV_FIELDS) as CsvField[]) {
    const name = mapping[f];
    if (name !== undefined) out[f] = name;
  }
  return out;
}
