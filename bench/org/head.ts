// The change a pull request makes to the benchmark organisation, for the diff and the Action's
// pull-request cases: the async SLA's 'high' tier loosened from 4 to 8 hours, and the first
// desk's London tier-1 team closing at 16:00 on Fridays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function replaceOnce(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`${file} has no '${from}': the generator changed, update bench/org/head.ts`);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

export function editHead(policies: string): void {
  replaceOnce(join(policies, 'sla', 'sla-policies.yaml'), 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');
  replaceOnce(join(policies, 'schedules', 'london', 'billing-tier1-london-hours.yaml'), 'fri: [08:00-18:00]', 'fri: [08:00-16:00]');
}
