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

/** The email team cut to one person with 60% shrinkage and 10-minute handling: once rounded away to nobody in the simulation. */
export function smallTeam(ticketsPerDay: number): FileSet {
  return edit(emailDemand(ticketsPerDay), 'people.yaml', 'headcount: 3\n  shrinkage: 30%\n  occupancy: 85%\n  handleTime: 12m', 'headcount: 1\n  shrinkage: 60%\n  occupancy: 85%\n  handleTime: 10m');
}

const NO_HOURS = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: no-hours }\nspec:\n  timeZone: Europe/London\n  weekly: {}\n';

/** The team on `schedule` (with that headcount) moved to a schedule without any hours. */
export function withoutHours(set: FileSet, schedule: string, headcount: number): FileSet {
  return { ...edit(set, 'people.yaml', `  schedule: ${schedule}\n  headcount: ${headcount}`, `  schedule: no-hours\n  headcount: ${headcount}`), 'none.yaml': NO_HOURS };
}

/**
 * The case: 4 agents in office hours, 30 requests a day arriving around the clock, and
 * "90% within 4h" for standard requests. The night's and the weekend's backlog takes the
 * morning to clear. Before one model, the simulation sent each first reply after half the
 * handle time, so it (and the disclosure) said the promise held while capacity said it broke.
 */
export function overnightBacklog(ticketsPerDay = 30): FileSet {
  let set = edit(starter(), 'channels.yaml', '  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: ${ticketsPerDay}\n    tierMix: { urgent: 5%, standard: 95% }\n`);
  set = edit(set, 'channels.yaml', 'firstResponse: 90% within 8h', 'firstResponse: 90% within 4h');
  return edit(set, 'people.yaml', 'headcount: 3\n  shrinkage: 30%', 'headcount: 4\n  shrinkage: 30%');
}
