/**
 * The stable JSON report (format version 1), documented in docs/json-report.md.
 * Additive changes only within a version; keys are written in a fixed order.
 */
import { summarize } from '../diagnostics/diagnostic.js';
import type { Formatter } from './format-context.js';

export const REPORT_FORMAT_VERSION = 1;

export const json: Formatter = (diagnostics, context) => {
  const s = summarize(diagnostics);
  const report = {
    formatVersion: REPORT_FORMAT_VERSION,
    tool: 'supportops',
    root: context.root,
    asOf: context.asOf,
    summary: {
      files: context.files, documents: context.documents, errors: s.errors, warnings: s.warnings, infos: s.infos,
      // Only with --baseline: the findings the change introduces.
      ...(diagnostics.some((d) => d.baseline) ? { new: summarize(diagnostics.filter((d) => d.baseline === 'new')) } : {}),
    },
    diagnostics: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      location: d.location,
      ...(d.suggestion ? { suggestion: d.suggestion } : {}),
      ...(d.related?.length ? { related: d.related } : {}),
      ...(d.baseline ? { baseline: d.baseline } : {}),
      docs: `docs/rules/${d.ruleId}.md`,
    })),
    ...(context.facts ? { facts: context.facts } : {}),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
