/**
 * Random but valid policy sets for properties: the starter set with its email channel's demand,
 * its team, its hours and its promises drawn at random. Every set passes the schema; whether it
 * is feasible is what the properties look at.
 */
import fc from 'fast-check';
import { edit, starter, type FileSet } from './policies.js';

export interface EmailCase {
  ticketsPerDay: number;
  headcount: number;
  handleMinutes: number;
  shrinkage: number;
  calendar: boolean;
  /** Office hours, e.g. 9 to 17. */
  opens: number;
  closes: number;
  urgent: { share: number; hours: number };
  standard: { share: number; hours: number };
  wording: 'share' | 'hedged';
  looksLive: boolean;
}

const share = fc.constantFrom(40, 50, 51, 80, 90, 95, 99.5, 100);
const target = fc.record({ share, hours: fc.integer({ min: 1, max: 48 }) });

export const emailCase: fc.Arbitrary<EmailCase> = fc.record({
  ticketsPerDay: fc.integer({ min: 0, max: 150 }),
  headcount: fc.integer({ min: 1, max: 8 }),
  handleMinutes: fc.integer({ min: 2, max: 45 }),
  shrinkage: fc.integer({ min: 0, max: 60 }),
  calendar: fc.boolean(),
  opens: fc.integer({ min: 0, max: 11 }),
  closes: fc.integer({ min: 13, max: 24 }),
  urgent: target,
  standard: target,
  wording: fc.constantFrom('share' as const, 'hedged' as const),
  looksLive: fc.boolean(),
});

const targetText = (t: { share: number; hours: number }) => (t.share === 100 ? `${t.hours}h` : `${t.share}% within ${t.hours}h`);
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function emailSet(c: EmailCase): FileSet {
  let set = edit(starter(), 'channels.yaml', '  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: ${c.ticketsPerDay}\n    tierMix: { urgent: 10%, standard: 90% }\n`);
  // The urgent tier is the faster one: sla-target-order and sla-tier-monotonic stay quiet.
  const [fast, slow] = c.urgent.hours <= c.standard.hours ? [c.urgent, c.standard] : [c.standard, c.urgent];
  set = edit(set, 'channels.yaml', 'acknowledge: 15m\n      firstResponse: 90% within 1h\n      resolution: { median: 8h, p90: 1d }', `firstResponse: ${targetText(fast)}`);
  set = edit(set, 'channels.yaml', 'acknowledge: 1h\n      firstResponse: 90% within 8h\n      resolution: { median: 2d, p90: 5d }', `firstResponse: ${targetText(slow)}`);
  set = edit(set, 'channels.yaml', 'name: email-sla\nspec:\n', `name: email-sla\nspec:\n  promiseWording: ${c.wording}\n`);
  if (c.looksLive) set = edit(set, 'channels.yaml', 'medium: email\n  displayName: Email support\n  looksLive: false', 'medium: email\n  displayName: Email support\n  looksLive: true');
  if (c.calendar) set = edit(set, 'channels.yaml', 'clock: business\n  schedule: office-hours', 'clock: calendar');
  set = edit(set, 'people.yaml', 'headcount: 3\n  shrinkage: 30%\n  occupancy: 85%\n  handleTime: 12m', `headcount: ${c.headcount}\n  shrinkage: ${c.shrinkage}%\n  occupancy: 85%\n  handleTime: ${c.handleMinutes}m`);
  return edit(set, 'hours.yaml', /"09:00-17:00"/g, `"${hhmm(c.opens)}-${hhmm(c.closes)}"`);
}
