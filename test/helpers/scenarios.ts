/** Policy sets used by several capacity tests: the starter set with demand added. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, REPO, starter, type FileSet } from './policies.js';

export const seedCase = (): FileSet => ({ 'policies.yaml': readFileSync(join(REPO, 'examples', 'seed-capacity', 'policies.yaml'), 'utf8') });

/** Email with demand: 40 a day arriving around the clock, answered only in office hours. */
export function emailDemand(ticketsPerDay: number): FileSet {
  return edit(starter(), 'channels.yaml', '  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: ${ticketsPerDay}\n    tierMix: { urgent: 5%, standard: 95% }\n`);
}

/** Calls to the urgent line, answered by the incident rota (2 people, 20% shrinkage, 20m calls). */
export function urgentCalls(ticketsPerDay: number, options: { target?: string; headcount?: number } = {}): FileSet {
  let set = edit(starter(), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', `  slaPolicy: urgent-line-sla\n  demand:\n    ticketsPerDay: ${ticketsPerDay}\n    tierMix: { live-call: 100% }\n`);
  if (options.target) set = edit(set, 'channels.yaml', 'firstResponse: 80% within 1m', `firstResponse: ${options.target}`);
  if (options.headcount) set = edit(set, 'people.yaml', 'headcount: 2', `headcount: ${options.headcount}`);
  return set;
}
