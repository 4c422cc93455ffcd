import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateRanges, gapWeekSpan } from '../../src/generate/report/gap-words.js';
import { heatmapSvg } from '../../src/generate/report/heatmap-svg.js';
import { buildReport } from '../../src/generate/report/report-view.js';
import { reportMarkdown } from '../../src/generate/report/report-markdown.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, REPO, toFiles } from '../helpers/policies.js';

const HASH = `sha256:${'0'.repeat(64)}`;
const example = { 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') };
const result = checkPolicies(toFiles(example), { asOf: AS_OF });
const report = buildReport(result.model, HASH, AS_OF, result.facts);
const hours = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('the follow-the-sun example shows its gap', () => {
  const email = report.heatmap.channels.find((c) => c.channel === 'email')!;

  it('draws Singapore, Berlin and New York on UTC, where their shifts leave 23:00–01:00 empty', () => {
    expect(report.week.from).toBe('2026-11-23');
    const team = (name: string) => report.teams.find((t) => t.team === name)!.hoursUtc;
    // 09:00–18:00 local each: 01–10 UTC (Singapore), 08–17 UTC (Berlin), 14–23 UTC (New York).
    expect(hours(0, 24).filter((h) => team('team-singapore')[h]! > 0)).toEqual(hours(1, 10));
    expect(hours(0, 24).filter((h) => team('team-berlin')[h]! > 0)).toEqual(hours(8, 17));
    expect(hours(0, 24).filter((h) => team('team-new-york')[h]! > 0)).toEqual(hours(14, 23));
    // In their own zones the three rows are identical: the gap only shows on one clock.
    const local = (name: string) => report.teams.find((t) => t.team === name)!.hours;
    expect(local('team-singapore')).toEqual(local('team-berlin'));
    expect(local('team-new-york')).toEqual(local('team-berlin'));
  });

  it('marks every hour nobody is on shift while the weekday promise runs, and no other', () => {
    const uncovered = hours(0, 168).filter((h) => email.uncoveredMinutes[h]! > 0);
    // Monday 00:00 (after the weekend), 23:00–01:00 each weeknight, and Friday 23:00 until the clock stops.
    expect(uncovered).toEqual([0, 23, 24, 47, 48, 71, 72, 95, 96, 119]);
    expect(uncovered.every((h) => email.uncoveredMinutes[h] === 60 && email.staffed[h] === 0)).toBe(true);
    expect(email.staffed.slice(120).every((v) => v === 0)).toBe(true); // the weekend: nobody, but the clock is stopped
    expect(email.demand).toBeNull();
  });

  it('draws those hours as red bars with tooltips, and says so in the description', () => {
    const svg = heatmapSvg(report);
    expect(svg).toContain('<title>email: nobody on shift for 60 minutes of each hour Mon 23:00–Tue 01:00 UTC while the promise&#39;s clock runs</title>');
    expect(svg.match(/fill="#b2182b"><title>email: nobody on shift/g)).toHaveLength(6);
    expect(svg).toContain('Nobody on shift while the promise&#39;s clock runs, in the week: email 10h.');
    expect(svg).toContain('Demand: not stated in the policy');
  });

  it('lists each gap pattern with its weekday span and its dates as ranges', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('| `email` | `weekdays-utc` | `team-berlin`, `team-new-york`, `team-singapore` | not stated | — | 405 | **10h** |');
    expect(md).toContain([
      '### Gaps: channel `email`',
      '',
      '- Friday 22:00 to Monday 01:00 UTC (2d3h each), on 34 dates: 19 March to 5 November 2027',
      '- Friday 23:00 to Monday 01:00 UTC (2d2h each), on 19 dates: 20 November 2026 to 12 March 2027 and 12 to 19 November 2027',
      '- Monday–Thursday 22:00–01:00 (next day) UTC (3h each), on 136 dates: 15 March to 4 November 2027',
      '- Monday–Thursday 23:00–01:00 (next day) UTC (2h each), on 73 dates: 23 November 2026 to 11 March 2027 and 8 to 22 November 2027',
    ].join('\n'));
  });
});

describe('gap patterns in words', () => {
  it('places a gap in the week from its UTC start, length and dates', () => {
    expect(gapWeekSpan('23:00', 120, ['2026-11-23', '2026-11-24', '2026-11-26'])).toBe('Monday, Tuesday and Thursday 23:00–01:00 (next day)');
    expect(gapWeekSpan('22:00', 3060, ['2027-03-19', '2027-03-26'])).toBe('Friday 22:00 to Monday 01:00');
    // A whole day stays on its day, as weekly hours read it; a day from another time names both ends.
    expect(gapWeekSpan('00:00', 1440, ['2026-12-25'])).toBe('Friday 00:00–24:00');
    expect(gapWeekSpan('00:00', 1440, ['2026-12-24', '2026-12-25'])).toBe('Thursday and Friday 00:00–24:00');
    expect(gapWeekSpan('13:00', 1440, ['2026-12-25'])).toBe('Friday 13:00 to Saturday 13:00');
    expect(gapWeekSpan('09:00', 30, ['2026-12-25'])).toBe('Friday 09:00–09:30');
  });

  it('folds dates into ranges that skip only the weekdays the gap never falls on', () => {
    // Monday–Thursday gaps: a weekend does not break a range, a missing Wednesday does.
    expect(dateRanges(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-30', '2026-12-01', '2026-12-03'])).toEqual([
      { from: '2026-11-23', to: '2026-12-01' },
      { from: '2026-12-03', to: '2026-12-03' },
    ]);
    expect(dateRanges(['2027-03-19', '2027-03-26', '2027-04-09'])).toEqual([{ from: '2027-03-19', to: '2027-03-26' }, { from: '2027-04-09', to: '2027-04-09' }]);
    expect(dateRanges([])).toEqual([]);
  });
});
