/**
 * The revisions of one document must follow on (docs/effective-dates.md): otherwise some dates
 * would have two versions of a policy in force, or none. Reads every revision, past and future,
 * whatever the horizon.
 */
import { addDays } from '../values/calendar-dates.js';
import { cmp } from '../values/order.js';
import { child, type Entity } from '../model/model.js';
import { defineRule, type RuleReport } from './define-rule.js';

type Report = (problem: RuleReport) => void;

const span = (from: string, last: string) => (from === last ? `on ${from}` : `from ${from} to ${last}`);
const where = (e: Entity) => `${e.origin.file}, document ${e.origin.document + 1}`;
const start = (e: Entity) => e.effective?.from ?? '';
const end = (e: Entity) => e.effective?.until ?? '\uffff';

/** `until` on or before `from`, and `announced` after `from`: the revision itself is wrong. */
function checkRevision(e: Entity, report: Report): boolean {
  const { from, until, announced } = e.effective!;
  if (from && announced && announced > from) {
    report({ at: child(e.origin, 'effective', 'announced'), message: `\`announced\` (${announced}) is after \`from\` (${from}): customers cannot be told of a change after it takes effect. Write the date they were told, on or before ${from}.` });
  }
  if (from && until && until <= from) {
    report({ at: child(e.origin, 'effective', 'until'), message: `\`until\` (${until}) is not after \`from\` (${from}), so this revision is never in force. \`until\` is the first date it no longer applies: write a date after ${from}.` });
    return false;
  }
  return true;
}

/** Two neighbouring revisions, in date order: they overlap, or leave dates with no revision in force. */
function checkPair(a: Entity, b: Entity, report: Report): void {
  const label = `${b.kind} '${b.name}'`;
  const related = (e: Entity, text: string) => [{ at: child(e.origin, 'effective'), message: text }];
  if (end(a) > start(b)) {
    const since = a.effective!.until ? `until ${a.effective!.until}` : 'with no end';
    report({
      at: child(b.origin, 'effective', b.effective!.from ? 'from' : 'until'),
      message: `Two revisions of ${label} are in force at once: this one ${b.effective!.from ? `from ${b.effective!.from}` : 'from the start'}, and the one in ${where(a)} ${since}. Give the earlier one \`until: ${b.effective!.from ?? '…'}\` so they follow on.`,
      related: related(a, `The other revision of ${label}.`),
    });
    return;
  }
  if (end(a) < start(b)) {
    report({
      at: child(a.origin, 'effective', 'until'),
      message: `No revision of ${label} is in force ${span(a.effective!.until!, addDays(start(b), -1))}: this one stops on ${a.effective!.until!} and the next (${where(b)}) starts on ${start(b)}. \`until\` is the first date a revision no longer applies: write \`until: ${start(b)}\`, or move the next \`from\`.`,
      related: related(b, `The next revision of ${label}.`),
    });
  }
}

function checkName(group: Entity[], report: Report): void {
  const undated = group.filter((e) => !e.effective);
  const dated = group.filter((e) => e.effective);
  if (dated.length === 0) return; // two undated documents: no-duplicate-names
  const firstFrom = dated.map((d) => d.effective!.from).filter((d): d is string => d !== undefined).sort(cmp)[0];
  for (const e of undated) {
    report({
      at: child(e.origin, 'metadata', 'name'),
      message: `${e.kind} '${e.name}' has dated revisions (${where(dated[0]!)}), but this document has no \`effective\`, so it would be in force on every date alongside them. Give it \`effective\`${firstFrom ? ` (such as \`until: ${firstFrom}\`)` : ''}, or remove it.`,
      related: dated.map((d) => ({ at: child(d.origin, 'effective'), message: `A dated revision of ${e.kind} '${e.name}'.` })),
    });
  }
  const sound = dated.filter((e) => checkRevision(e, report)).sort((x, y) => cmp(start(x), start(y)) || cmp(end(x), end(y)));
  for (let i = 1; i < sound.length; i++) checkPair(sound[i - 1]!, sound[i]!, report);
}

export default defineRule({
  id: 'effective-dates',
  description: 'The dated revisions of one document follow on: each `until` after its `from`, `announced` no later than `from`, no two revisions in force on one date and no date between them with none, and no undated document of the same kind and name beside them.',
  defaultSeverity: 'error',
  timeline: true,
  check({ model }, report) {
    const groups = new Map<string, Entity[]>();
    for (const e of model.timeline.entities) {
      const key = `${e.kind}/${e.name}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    for (const group of groups.values()) checkName(group, report);
  },
});
