/** Policy sets with dated revisions (docs/effective-dates.md), built from the starter set. */
import { addDocs, edit, starter, type FileSet } from './policies.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Gives the document named `name` in `file` an `effective` window (its metadata holds only its name). */
export function dated(set: FileSet, file: string, name: string, effective: string): FileSet {
  return edit(set, file, `  name: ${name}\nspec:`, `  name: ${name}\neffective: ${effective}\nspec:`);
}

/** A revision of the starter's office hours: `hours` on weekdays, with `effective`. */
export function officeHoursRevision(hours: string, effective: string): string {
  const weekly = WEEKDAYS.map((d) => `    ${d}: ["${hours}"]`).join('\n');
  return `apiVersion: supportops/v1\nkind: Schedule\nmetadata:\n  name: office-hours\neffective: ${effective}\nspec:\n  timeZone: Europe/London\n  weekly:\n${weekly}\n`;
}

/** The starter's office hours until `date`, then `hours` on weekdays from it. */
export function officeHoursFrom(date: string, hours: string, set: FileSet = starter()): FileSet {
  return addDocs(dated(set, 'hours.yaml', 'office-hours', `{ until: ${date} }`), 'hours.yaml', officeHoursRevision(hours, `{ from: ${date} }`));
}

/** The email channel with `notice`. */
export function withNotice(set: FileSet, notice: string): FileSet {
  return edit(set, 'channels.yaml', '  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n  urgentPath: urgent-line\n  notice: ${notice}\n`);
}
