/** report/feasibility.md: the report for people; sections from facts appear only when given. */
import { formatDuration } from '../../values/durations.js';
import { mdDocument, mdTable } from '../markdown-blocks.js';
import { mdCode, mdText } from '../escape/escape-markdown.js';
import { markdownStamp } from '../stamp.js';
import { percentWords } from '../words/duration-words.js';
import { coverageSection } from './coverage-markdown.js';
import { minutes, num, withUntil } from './report-numbers.js';
import { staffedSection } from './staffed-markdown.js';
import type { FeasibilityReport } from './report-shape.js';

const pct = (share: number | null) => (share === null ? '—' : percentWords(share));

function teamsSection(r: FeasibilityReport): (string | string[])[] {
  const rows = r.teams.map((t) => [mdCode(t.team), mdCode(t.schedule), t.timeZone, num(t.headcount), num(t.staffedHours)]);
  return [
    '## Staffed headcount by hour of the week',
    `Representative week: ${mdText(r.week.reason)}. A partly open hour counts its open share. The heatmap draws every team on one clock, UTC, so follow-the-sun shifts line up where they really meet: for each channel its demand, the people on shift who take first replies (marked red where nobody is on shift while the promise's clock runs), then each team that answers it.`,
    '![Heatmap of demand and staffed headcount per channel and team, by UTC hour of the week](coverage-heatmap.svg)',
    rows.length ? mdTable(['Team', 'Schedule', 'Time zone', 'Headcount', 'Staffed hours in the week'], rows) : 'No team has a schedule.',
  ];
}

function demandSection(r: FeasibilityReport): (string | string[])[] {
  const rows = r.demand.map((d) => [
    mdCode(d.channel), num(d.ticketsPerDay), num(d.ticketsPerWeek),
    d.tierMix.map((t) => `${t.tier} ${num(t.ticketsPerWeek)} (${percentWords(t.share)})`).join('; '),
    d.growth === null ? '—' : percentWords(d.growth), d.profileTimeZone ?? 'flat',
  ]);
  return ['## Weekly demand', rows.length ? mdTable(['Channel', 'Tickets per day', 'Tickets per week', 'By tier, per week', 'Growth per year', 'Arrival profile'], rows) : 'No channel states its demand.'];
}

function capacitySection(list: NonNullable<FeasibilityReport['capacity']>): (string | string[])[] {
  const rows = list.map((c) => [
    withUntil(mdCode(c.channel), c.until), c.mode, num(c.demandPerDay), num(c.capacityPerDay), c.utilization === null ? 'unbounded' : pct(c.utilization),
    `${c.agentsRequired === null ? '—' : num(c.agentsRequired)} / ${num(c.agentsStaffed)}`,
    c.mode === 'async' ? `${c.backlogPeak === null ? '—' : num(c.backlogPeak)} tickets, worst wait ${minutes(c.worstWaitMinutes)}` : `${c.shortHours ?? 0} of ${c.openHours ?? 0} open hours short`,
  ]);
  return [
    '## Capacity',
    'Demand against what the teams on their real shifts can clear.',
    rows.length ? mdTable(['Channel', 'Mode', 'Demand per day', 'Capacity per day', 'Utilization', 'Agents required / staffed', 'Backlog or staffing'], rows) : 'No channel has both demand and staff.',
  ];
}

function simulationSection(list: NonNullable<FeasibilityReport['simulation']>): (string | string[])[] {
  const rows = list.map((s) => [
    withUntil(mdCode(s.channel), s.until), mdCode(s.tier), num(s.tickets), `${percentWords(s.targetShare)} within ${formatDuration(Math.round(s.targetMinutes * 60))}`,
    s.attainment === null ? '—' : `${pct(s.attainment)} (${pct(s.attainmentLow)}–${pct(s.attainmentHigh)})`,
    `${minutes(s.p50Minutes)} / ${minutes(s.p90Minutes)} / ${minutes(s.p95Minutes)}`,
  ]);
  return [
    '## Predicted attainment',
    'A seeded queue simulation of each channel over the horizon: the share of tickets answered within the first-response target, with a 95% interval, and first-response percentiles.',
    rows.length ? mdTable(['Channel', 'Tier', 'Tickets simulated', 'Target', 'Attainment (95% interval)', 'First response p50 / p90 / p95'], rows) : 'Nothing was simulated.',
  ];
}

export function reportMarkdown(r: FeasibilityReport): string {
  const horizon = r.horizon ? ` Coverage, capacity and simulation cover the ${r.horizon.days} days from ${r.horizon.from}.` : ' Coverage, capacity and simulation were not computed for this build.';
  return mdDocument([
    markdownStamp(r.policyHash),
    '# Feasibility report',
    `As of ${r.asOf}. Who is on shift in each hour of a representative week, and the demand each channel expects.${horizon}`,
    ...teamsSection(r),
    ...staffedSection(r),
    ...demandSection(r),
    ...(r.coverage ? coverageSection(r.coverage) : []),
    ...(r.capacity ? capacitySection(r.capacity) : []),
    ...(r.simulation ? simulationSection(r.simulation) : []),
  ]);
}
