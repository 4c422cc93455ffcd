/**
 * The generic CSV export: which column holds what. Defaults are the documented column names;
 * a mapping (later `measure.columns` in supportops.yaml) renames any of them, and declares the
 * zone of timestamps written without an offset. docs/measure-notes.md lists every column.
 */
import { z } from 'zod';
import { field } from '../schema/field.js';
import { TimeZone } from '../schema/primitives.js';

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

const Header = z.string().min(1).max(200);

const FIELD_WORDS: Record<CsvField, string> = {
  id: 'The ticket id (required).',
  channel: 'The channel the ticket came in on: a channel name from the policies, or the helpdesk\'s own word for it (email, chat, phone …).',
  created: 'When the ticket was created (required).',
  acknowledged: 'When receipt was confirmed to the customer.',
  firstResponse: 'When an agent first replied.',
  solved: 'When the ticket was solved.',
  status: 'The ticket\'s status now: new, open, hold, pending, solved or closed.',
  priority: 'The helpdesk priority: urgent, high, normal (or medium), low, or 1 to 4 with 1 the most urgent.',
  tier: 'The SLA tier by name, when the export has it.',
  tags: 'Tags, separated by spaces, commas or semicolons.',
  handleSeconds: 'Agent handling time in seconds.',
  statusChanges: 'Status history: "TIME STATUS" entries separated by semicolons; pending spans pause the resolution clock.',
  nextResponses: 'Later customer messages and the replies to them: "ASKED>ANSWERED" entries separated by semicolons (ANSWERED may be empty).',
};

export const CsvColumns = z.strictObject({
  ...(Object.fromEntries(
    (Object.keys(CSV_FIELDS) as CsvField[]).map((f) => [f, field(Header, `${f} column`, FIELD_WORDS[f], CSV_FIELDS[f]).optional()]),
  ) as Record<CsvField, z.ZodOptional<typeof Header>>),
  timeZone: field(TimeZone, 'Time zone', 'The zone of timestamps written without an offset (an IANA name). Without it such a timestamp is a problem.', 'Europe/London').optional(),
});
export type CsvColumns = z.infer<typeof CsvColumns>;

/** The column name for each field: the mapping's, else the default. */
export function columnNames(mapping: CsvColumns = {}): Record<CsvField, string> {
  const out = { ...CSV_FIELDS } as Record<CsvField, string>;
  for (const f of Object.keys(CSV_FIELDS) as CsvField[]) {
    const name = mapping[f];
    if (name !== undefined) out[f] = name;
  }
  return out;
}
