import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/generate/report/report-view.js';
import { heatmapSvg } from '../../src/generate/report/heatmap-svg.js';
import { reportMarkdown } from '../../src/generate/report/report-markdown.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, exampleSet, toFiles } from '../helpers/policies.js';

const HASH = `sha256:${'0'.repeat(64)}`;
const result = checkPolicies(toFiles(exampleSet()), { asOf: AS_OF });

describe('feasibility report', () => {
  const bare = buildReport(result.model, HASH, AS_OF);

  it('picks a representative week without holidays, overrides or clock changes, and says which', () => {
    // 2026-11-23 starts Thanksgiving week in New York, so the next week is taken.
    expect(bare.week.from).toBe('2026-11-30');
    expect(bare.week.to).toBe('2026-12-06');
    expect(bare.week.reason).toMatch(/^Monday 30 November 2026 to Sunday 6 December 2026: the first full week on or after --as-of with no holidays/);
  });

  it('counts staffed headcount per local hour, in each team\'s own zone', () => {
    const team = (name: string) => bare.teams.find((t) => t.team === name)!;
    const london = team('tier1-london');
    expect(london.timeZone).toBe('Europe/London');
    expect(london.hours.slice(7, 19)).toEqual([0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0]);
    expect(london.hours.slice(5 * 24)).toEqual(Array(48).fill(0));
    // Singapore's lunch break 12:30–13:30 halves two hours.
    expect(team('tier1-singapore').hours.slice(8, 19)).toEqual([0, 6, 6, 6, 3, 3, 6, 6, 6, 6, 0]);
    expect(london.staffedHours).toBe(500);
  });

  it('shows the model-only sections and leaves out what facts were not given', () => {
    const md = reportMarkdown(bare);
    expect(md).toContain('## Staffed headcount by hour of the week');
    expect(md).toContain('| `email` | 200 | 1400 | high 308 (22%); standard 1050 (75%); urgent 42 (3%) | 15% | Europe/London |');
    expect(md).toContain('Coverage, capacity and simulation were not computed for this build.');
    for (const heading of ['## Coverage', '## Capacity', '## Predicted attainment']) expect(md).not.toContain(heading);
    expect([bare.coverage, bare.capacity, bare.simulation, bare.horizon]).toEqual([null, null, null, null]);
  });

  it('renders each facts section only when it is given', () => {
    const partial = buildReport(result.model, HASH, AS_OF, { capacity: result.facts!.capacity });
    const md = reportMarkdown(partial);
    expect(md).toContain('## Capacity');
    expect(md).not.toContain('## Coverage');
    expect(md).not.toContain('## Predicted attainment');
    const full = reportMarkdown(buildReport(result.model, HASH, AS_OF, result.facts));
    for (const heading of ['## Coverage', '## Capacity', '## Predicted attainment']) expect(full).toContain(heading);
  });

  it('draws a deterministic, labelled SVG heatmap on UTC, with each team\'s local time in its tooltips', () => {
    const svg = heatmapSvg(bare);
    expect(svg).toBe(heatmapSvg(buildReport(result.model, HASH, AS_OF)));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="heatmap-title heatmap-desc"/);
    expect(svg).toContain('<title id="heatmap-title">Staffed against demand by hour of the week, on UTC</title>');
    expect(svg).toMatch(/<desc id="heatmap-desc">[^<]*Every row is on one clock, UTC\./);
    // Winter: London is on UTC, New York 5 hours behind and Singapore 8 ahead.
    expect(svg).toContain('<title>tier1-london, Mon 08:00–Mon 18:00 UTC (Mon 08:00–Mon 18:00 Europe/London): 10 on shift</title>');
    expect(svg).toContain('<title>tier1-new-york, Mon 14:00–Mon 23:00 UTC (Mon 09:00–Mon 18:00 America/New_York): 8 on shift</title>');
    expect(svg).toContain('<title>tier1-singapore, Mon 01:00–Mon 04:00 UTC (Mon 09:00–Mon 12:00 Asia/Singapore): 6 on shift</title>');
    expect(svg).toContain('<title>email demand, Mon 08:00–Mon 11:00 UTC: 16.9 tickets per hour</title>');
    for (const label of ['Hour (UTC)', 'Hour of the week, UTC (Monday 00:00 to Sunday 24:00)', 'People on shift', 'Tickets per hour', 'Nobody on shift while the promise&#39;s clock runs']) expect(svg).toContain(label);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('puts every team and each channel\'s demand on one clock, UTC', () => {
    const london = bare.teams.find((t) => t.team === 'tier1-london')!;
    const singapore = bare.teams.find((t) => t.team === 'tier1-singapore')!;
    expect(london.hoursUtc).toEqual(london.hours); // London is on UTC in winter
    // Singapore's 09:00 is 01:00 UTC; its 12:30–13:30 lunch is 04:30–05:30 UTC.
    expect(singapore.hoursUtc.slice(0, 11)).toEqual([0, 6, 6, 6, 3, 3, 6, 6, 6, 6, 0]);
    const email = bare.heatmap.channels.find((c) => c.channel === 'email')!;
    expect(bare.heatmap).toMatchObject({ timeZone: 'UTC', from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(email.firstResponders).toEqual(['tier1-london', 'tier1-new-york', 'tier1-singapore']);
    expect(email.teams).toContain('billing-specialists');
    // 200 tickets a day on average, spread by the London profile.
    expect(email.demand!.reduce((a, b) => a + b, 0)).toBeCloseTo(1400, 1);
    expect(email.staffed[9]).toBe(16); // London 10 and Singapore 6 (17:00 there)
    expect(email.staffed[15]).toBe(18);
    expect(email.uncoveredMinutes.every((m) => m === 0)).toBe(true);
    expect(bare.heatmap.otherTeams).toEqual(['knowledge-team', 'qa-team', 'support-leads']);
  });
});
