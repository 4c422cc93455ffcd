/** The report's view of the engines' facts: the columns it shows, rounded, with unbounded values as null. */
import type { ReportFacts } from './report-facts.js';
import { dateRanges, gapWeekSpan } from './gap-words.js';
import { round } from './report-numbers.js';
import type { FeasibilityReport } from './report-shape.js';

/** The first date the figures no longer cover, when a dated change cuts the horizon. */
const until = (f: { window?: { until: string } }) => f.window?.until ?? null;

const finite = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? null : round(n));

export function coverageView(facts: ReportFacts): FeasibilityReport['coverage'] {
  if (!facts.coverage) return null;
  return [...facts.coverage.channels, ...facts.coverage.escalations].map((c) => ({
    subject: c.subject,
    name: c.name,
    until: until(c),
    clock: c.clock,
    teams: [...c.teams].sort(),
    worstWaitMinutes: round(c.worstWaitMinutes),
    met: c.targets.every((t) => t.met),
    targets: c.targets.map((t) => ({ label: t.label, minutes: round(t.minutes), met: t.met })),
    gaps: c.patterns.map((p) => {
      const dates = [...p.dates].sort();
      return { startUtc: p.startUtc, endUtc: p.endUtc, minutes: round(p.minutes), count: p.count, weekSpan: gapWeekSpan(p.startUtc, p.minutes, dates), dates, dateRanges: dateRanges(dates) };
    }),
  }));
}

export function capacityView(facts: ReportFacts): FeasibilityReport['capacity'] {
  if (!facts.capacity) return null;
  return facts.capacity.map((c) => ({
    channel: c.channel,
    until: until(c),
    mode: c.mode,
    clock: c.clock,
    demandPerDay: round(c.demandPerDay),
    capacityPerDay: round(c.capacityPerDay),
    utilization: finite(c.utilization),
    agentsRequired: finite(c.agentsRequired),
    agentsStaffed: round(c.agentsStaffed),
    backlogPeak: finite(c.backlog?.peak),
    worstWaitMinutes: finite(c.backlog?.worstWaitMinutes),
    shortHours: finite(c.erlang?.shortHours),
    openHours: finite(c.erlang?.openHours),
  }));
}

export function simulationView(facts: ReportFacts): FeasibilityReport['simulation'] {
  if (!facts.simulation) return null;
  return facts.simulation.flatMap((s) =>
    s.tiers.map((t) => ({
      channel: s.channel,
      until: until(s),
      tier: t.tier,
      tickets: round(t.tickets),
      targetMinutes: round(t.target.minutes),
      targetShare: round(t.target.share),
      attainment: finite(t.attainment.mean),
      attainmentLow: finite(t.attainment.low),
      attainmentHigh: finite(t.attainment.high),
      p50Minutes: round(t.p50Minutes),
      p90Minutes: round(t.p90Minutes),
      p95Minutes: round(t.p95Minutes),
    })),
  );
}
