/** The routing guide tells agents what dated revisions will change, with dates (docs/effective-dates.md). */
import { describe, expect, it } from 'vitest';
import { dated, officeHoursFrom } from '../helpers/dated.js';
import { addDocs, edit, starter, type FileSet } from '../helpers/policies.js';
import { generate } from './helpers.js';

interface Upcoming {
  from: string;
  kind: string;
  name: string;
  text: string;
}

const guideOf = (set: FileSet) => {
  const g = generate(set);
  expect(g.errors).toEqual([]);
  return { json: JSON.parse(g.files.get('routing-guide.json')!) as { upcoming: Upcoming[]; tags: { name: string; owner: string }[] }, md: g.files.get('routing-guide.md')! };
};

/** The question tag owned by `owner` from `date`. */
function tagOwnerFrom(date: string, owner: string, meaning = 'A how-to or account question.'): FileSet {
  const revision = 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: question\n'
    + `effective: { from: ${date} }\nspec:\n  meaning: ${meaning}\n  owner: ${owner}\n  defaultTier: standard\n  requiredFields: [Account email]\n`;
  return addDocs(dated(starter(), 'routing.yaml', 'question', `{ until: ${date} }`), 'routing.yaml', revision);
}

describe('upcoming changes in the routing guide', () => {
  it('name what changes on each date, with the value until then', () => {
    const { json, md } = guideOf(officeHoursFrom('2027-01-04', '08:00-20:00'));
    const email = json.upcoming.filter((u) => u.name === 'email');
    expect(email).toMatchObject([{ from: '2027-01-04', kind: 'channel', name: 'email' }]);
    // Longer days also change how many business days a target spans.
    expect(email[0]!.text.split('; ')).toEqual([
      'Email support (email): its clock becomes business hours: Monday–Friday 08:00–20:00 London time (until then business hours: Monday–Friday 09:00–17:00 London time)',
      'the urgent tier\'s resolution (median / p90) becomes 8 business hours / 2 business days (until then 1 business day / 3 business days)',
      'the standard tier\'s first response becomes 90% within 8 business hours (until then 90% within 1 business day)',
      'the standard tier\'s resolution (median / p90) becomes 4 business days / 10 business days (until then 6 business days / 15 business days).',
    ]);
    expect(md).toContain(`## Upcoming changes\n\nPlanned in the policies with their dates. Everything else in this guide is what applies now.\n\n- From 4 January 2027: ${email[0]!.text}`);
  });

  it('cover tags and escalations, and keep the rest of the guide at --as-of', () => {
    const { json } = guideOf(tagOwnerFrom('2027-02-01', 'incident-engineer'));
    expect(json.upcoming).toEqual([{ from: '2027-02-01', kind: 'tag', name: 'question', text: 'Tag question: its owner becomes incident-engineer (until then support-team).' }]);
    expect(json.tags.find((t) => t.name === 'question')!.owner).toBe('support-team');
    const trigger = '  name: outage\nspec:\n  condition:';
    const slower = addDocs(
      edit(starter(), 'routing.yaml', trigger, trigger.replace('\nspec:', '\neffective: { until: 2027-03-01 }\nspec:')),
      'routing.yaml',
      'apiVersion: supportops/v1\nkind: EscalationTrigger\nmetadata:\n  name: outage\neffective: { from: 2027-03-01 }\nspec:\n  condition: The service is down for a customer.\n  when:\n    match: any\n    tags: [outage]\n  tier: urgent\n  routeTo: incident-engineer\n  within: 15m\n  syncChannel: urgent-line\n',
    );
    expect(guideOf(slower).json.upcoming.map((u) => u.text)).toEqual(['Escalation outage: its window becomes 15 minutes, around the clock (calendar time) (until then 30 minutes, around the clock (calendar time)).']);
  });

  it('escape what the policies wrote for Markdown', () => {
    const { md } = guideOf(tagOwnerFrom('2027-02-01', 'support-team', '"*Now* [urgent](javascript:x)"'));
    expect(md).toContain('\\*Now\\* \\[urgent\\](javascript:x)');
    expect(md).not.toContain('[urgent](javascript:x)');
  });

  it('say nothing without dated revisions, or for dates past the 12 months', () => {
    const plain = guideOf(starter());
    expect(plain.json.upcoming).toEqual([]);
    expect(plain.md).not.toContain('Upcoming changes');
    expect(guideOf(officeHoursFrom('2028-01-04', '08:00-20:00')).json.upcoming).toEqual([]);
  });
});
