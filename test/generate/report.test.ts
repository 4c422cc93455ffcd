import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/generate/report/model.js';
import { heatmapSvg } from '../../src/generate/report/heatmap-svg.js';
import { reportMarkdown } from '../../src/generate/report/markdown.js';
import { checkPolicies } from '../../src/pipeline.js';
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

  it('draws a deterministic, labelled SVG heatmap', () => {
    const svg = heatmapSvg(bare);
    expect(svg).toBe(heatmapSvg(buildReport(result.model, HASH, AS_OF)));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="heatmap-title heatmap-desc"/);
    expect(svg).toContain('<title id="heatmap-title">Staffed headcount by hour of the week</title>');
    expect(svg).toContain('<title>tier1-london, Mon 08:00–Mon 18:00 Europe/London: 10 on shift</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
