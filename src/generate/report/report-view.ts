/** Builds the feasibility report's content from the model and whatever facts were given. */
import { cmp } from '../../values/order.js';
import type { Model } from '../../model/model.js';
import { header } from '../shared-shapes.js';
import type { ReportFacts } from './report-facts.js';
import { capacityView, coverageView, simulationView } from './facts-view.js';
import { weekView } from './week-view.js';
import { round } from './report-numbers.js';
import { REPORT_SCHEMA, type FeasibilityReport } from './report-shape.js';

function demand(model: Model): FeasibilityReport['demand'] {
  return model.channels.flatMap((channel) => {
    const d = channel.spec.demand;
    if (!d) return [];
    const perWeek = d.ticketsPerDay * 7;
    return [{
      channel: channel.name,
      ticketsPerDay: d.ticketsPerDay,
      ticketsPerWeek: round(perWeek),
      tierMix: Object.entries(d.tierMix)
        .sort(([a], [b]) => cmp(a, b))
        .map(([tier, share]) => ({ tier, share: share.share, ticketsPerWeek: round(perWeek * share.share) })),
      growth: d.growth ? d.growth.share : null,
      profileTimeZone: d.profile?.timeZone ?? null,
    }];
  });
}

export function buildReport(model: Model, policyHash: string, asOf: string, facts: ReportFacts = {}): FeasibilityReport {
  const { week, teams, heatmap } = weekView(model, asOf);
  return {
    ...header(REPORT_SCHEMA, policyHash),
    asOf,
    week,
    teams,
    heatmap,
    demand: demand(model),
    horizon: facts.horizon ? { from: facts.horizon.from, days: facts.horizon.days } : null,
    coverage: coverageView(facts),
    capacity: capacityView(facts),
    simulation: simulationView(facts),
  };
}
