/**
 * `measure:` in supportops.yaml: how `supportops measure` and `check --history` read a ticket
 * export. `columns` renames the generic CSV's columns and declares the zone of timestamps written
 * without an offset; `channels` sends a helpdesk's channel value to a channel the policies define.
 */
import { z } from 'zod';
import { CSV_FIELDS, type CsvField } from '../history/csv-columns.js';
import { field } from '../schema/field.js';
import { TimeZone } from '../schema/primitives.js';

const Header = z.string().min(1).max(200);

/** What each column holds, and a column name an export might use for it. */
const FIELD_WORDS: Record<CsvField, [string, string]> = {
  id: ['The ticket id (required).', 'Ticket ID'],
  channel: ['The channel the ticket came in on: a channel name from the policies, or the helpdesk\'s own word for it (email, chat, phone …).', 'Source'],
  created: ['When the ticket was created (required).', 'Created at'],
  acknowledged: ['When receipt was confirmed to the customer.', 'Acknowledged at'],
  firstResponse: ['When an agent first replied.', 'First reply at'],
  solved: ['When the ticket was solved.', 'Solved at'],
  status: ['The ticket\'s status now: new, open, hold, pending, solved or closed.', 'Status'],
  priority: ['The helpdesk priority: urgent, high, normal (or medium), low, or 1 to 4 with 1 the most urgent.', 'Priority'],
  tier: ['The SLA tier by name, when the export has it.', 'SLA tier'],
  tags: ['Tags, separated by spaces, commas or semicolons.', 'Tags'],
  handleSeconds: ['Agent handling time in seconds.', 'Handle time (s)'],
  statusChanges: ['Status history: "TIME STATUS" entries separated by semicolons; pending and on-hold spans stop the clocks the SLA policy\'s pausedWhile names.', 'Status history'],
  nextResponses: ['Later customer messages and the replies to them: "ASKED>ANSWERED" entries separated by semicolons (ANSWERED may be empty).', 'Replies'],
};

export const CsvColumns = z.strictObject({
  ...(Object.fromEntries(
    (Object.keys(CSV_FIELDS) as CsvField[]).map((f) => [f, field(Header, `${f} column`, `${FIELD_WORDS[f][0]} Default: "${CSV_FIELDS[f]}".`, FIELD_WORDS[f][1]).optional()]),
  ) as Record<CsvField, z.ZodOptional<typeof Header>>),
  timeZone: field(TimeZone, 'Time zone', 'The zone of timestamps written without an offset (an IANA name): the generic CSV\'s, and the Freshdesk export\'s, which writes every time in the helpdesk\'s zone. Without it such a timestamp is a problem.', 'Europe/London').optional(),
});
export type CsvColumns = z.infer<typeof CsvColumns>;

const ChannelName = z.string().min(1).max(100);

export const MeasureConfig = z.strictObject({
  columns: field(CsvColumns, 'CSV columns', 'Column names of the generic CSV export, where they differ from the documented ones, and the zone of timestamps without an offset.', { id: 'Ticket ID', created: 'Opened at', timeZone: 'Europe/London' }).optional(),
  channels: field(
    z.record(z.string().min(1).max(200), ChannelName),
    'Channel mapping',
    'A helpdesk channel or source value (as exported) → the name of a channel in the policies, for values the policies cannot place by name or medium.',
    { 'Web Widget': 'web-form' },
  ).optional(),
});
export type MeasureConfig = z.infer<typeof MeasureConfig>;
