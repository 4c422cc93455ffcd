/** The feasibility report artifacts: report/feasibility.md, report/feasibility.json and report/coverage-heatmap.svg. */
import type { Model } from '../../model/model.js';
import type { Artifact } from '../artifact.js';
import { jsonText } from '../escape/escape-json.js';
import type { ReportFacts } from './report-facts.js';
import { heatmapSvg } from './heatmap-svg.js';
import { reportMarkdown } from './report-markdown.js';
import { buildReport } from './report-view.js';

export function reportArtifacts(model: Model, policyHash: string, asOf: string, facts?: ReportFacts): Artifact[] {
  const report = buildReport(model, policyHash, asOf, facts);
  return [
    { path: 'report/coverage-heatmap.svg', contents: heatmapSvg(report) },
    { path: 'report/feasibility.json', contents: jsonText(report) },
    { path: 'report/feasibility.md', contents: reportMarkdown(report) },
  ];
}
