/**
 * When a document is in force. A policy that changes on a date is written as several documents
 * of one kind and name, each with its own `effective` window, so every revision is a whole
 * document checked by the same schema and reported at its own lines (docs/effective-dates.md).
 */
import { z } from 'zod';
import { field, jsonSchemaOnly } from '../field.js';
import { LocalDate } from '../primitives.js';

export const Effective = jsonSchemaOnly(
  z.strictObject({
    from: field(LocalDate, 'From', 'The first date this revision is in force, from 00:00 UTC that day. Left out: in force from the start, up to `until`.', '2027-01-04').optional(),
    until: field(LocalDate, 'Until', 'The first date this revision is no longer in force: the `from` of the revision that follows it (the day before is its last). Left out: in force from `from` on, with no end.', '2027-01-04').optional(),
    announced: field(LocalDate, 'Announced', 'The date customers were told of this revision. change-notice counts a channel\'s notice period from it; left out, the notice counts from --as-of (the change is published with that build).', '2026-11-20').optional(),
  }),
  // Neither `from` nor `until`: a window with no edge says nothing (JSON Schema: not "both absent").
  { not: { description: 'it needs `from`, `until` or both. Write `from: 2027-01-04` for a revision that takes effect then, or `until: 2027-01-04` for one that stops then; leave `effective` out for a document that is always in force.', properties: { from: false, until: false } } },
);
export type Effective = z.infer<typeof Effective>;

export const EFFECTIVE_DESCRIPTION = 'When this document is in force: a revision of a policy that changes on a date. Several documents of one kind and name, each with `effective`, are the revisions of one policy; their windows follow on without a gap or an overlap. Left out: always in force.';
