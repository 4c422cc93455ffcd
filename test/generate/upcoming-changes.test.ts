/** Disclosures state the changes already decided, with their dates (docs/effective-dates.md). */
import { describe, expect, it } from 'vitest';
import { officeHoursFrom } from '../helpers/dated.js';
import { starter } from '../helpers/policies.js';
import { generate } from './helpers.js';

const LONGER = 'From 4 January 2027: Monday–Friday 08:00–20:00 London time. Response times count only these hours.';
// Each tier's sentence names the hours too, so it changes with them.
const URGENT = 'From 4 January 2027: Urgent: Outage or security issue. We confirm receipt within 15 business minutes and reply to 90% of requests within 1 business hour, Monday–Friday 08:00–20:00 London time.';
const STANDARD = 'From 4 January 2027: Standard: Everything else. We confirm receipt within 1 business hour and reply to 90% of requests within 8 business hours, Monday–Friday 08:00–20:00 London time.';

describe('upcoming changes in the disclosures', () => {
  const g = generate(officeHoursFrom('2027-01-04', '08:00-20:00'));
  const email = JSON.parse(g.files.get('disclosures/email.json')!) as { hours: string; upcoming: { from: string; text: string }[] };

  it('are built from the version in force from each date, opening with the date', () => {
    expect(g.errors).toEqual([]);
    // The disclosure itself is of the version in force on --as-of.
    expect(email.hours).toBe('Monday–Friday 09:00–17:00 London time');
    expect(email.upcoming).toEqual([URGENT, STANDARD, LONGER].map((text) => ({ from: '2027-01-04', text })));
  });

  it('read the same in Markdown and HTML, escaped for each', () => {
    expect(g.files.get('disclosures/email.md')).toContain(`## Upcoming changes\n\n- ${URGENT}\n- ${STANDARD}\n- ${LONGER}\n`);
    expect(g.files.get('disclosures/email.html')).toContain(`<h3>Upcoming changes</h3>\n<ul>\n<li>${URGENT}</li>\n<li>${STANDARD}</li>\n<li>${LONGER}</li>\n</ul>`);
  });

  it('leave out channels whose customers see no change, and say nothing without dated revisions', () => {
    const urgent = JSON.parse(g.files.get('disclosures/urgent-line.json')!) as { upcoming: unknown[] };
    expect(urgent.upcoming).toEqual([]);
    expect(g.files.get('disclosures/urgent-line.md')).not.toContain('Upcoming changes');
    const plain = generate(starter());
    expect(JSON.parse(plain.files.get('disclosures/email.json')!)).toMatchObject({ upcoming: [] });
  });

  it('list nothing that takes effect after the disclosure\'s 12 months', () => {
    const late = generate(officeHoursFrom('2028-01-04', '08:00-20:00'));
    expect(JSON.parse(late.files.get('disclosures/email.json')!)).toMatchObject({ upcoming: [] });
  });
});
