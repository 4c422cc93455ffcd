/**
 * The stable JSON report (format version 1), documented in docs/json-report.md, with its schema
 * in json-report-shape.ts. Additive changes only within a version; keys are written in a fixed order.
 */
import { summarize, suppressedCount } from '../diagnostics/diagnostic.js';
import type { Formatter } from './format-context.js';
import { CHECK_REPORT_SCHEMA_URL, REPORT_FORMAT_VERSION } from './json-report-shape.js';

export { REPORT_FORMAT_VERSION } from './json-report-shape.js';

export const json: Formatter = (diagnostics, context) => {
  const s = summarize(diagnostics);
  const suppressed = suppressedCount(diagnostics);
  const report = {
    $schema: CHECK_REPORT_SCHEMA_URL,
    formatVersion: REPORT_FORMAT_VERSION,
    tool: 'supportops',
    root: context.root,
    asOf: context.asOf,
    summary: {
      files: context.files, documents: context.documents, errors: s.errors, warnings: s.warnings, infos: s.infos,
      ...(suppressed > 0 ? { suppressed } : {}),
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
      ...(d.fingerprint ? { fingerprint: d.fingerprint } : {}),
      ...(d.suppression ? { suppression: d.suppression } : {}),
      docs: `docs/rules/${d.ruleId}.md`,
    })),
    ...(context.gate ? { gate: context.gate } : {}),
    ...(context.facts ? { facts: context.facts } : {}),
  };
  return stringifyCompact(report) + '\n';
};

/**
 * JSON.stringify with 2-space indents, except that arrays of numbers stay on one line: the
 * facts carry series of 168 hours and 365 days, which would otherwise take a line per number.
 */
export function stringifyCompact(value: unknown): string {
  const inline: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'number' || x === null)) return v;
    inline.push(JSON.stringify(v).replaceAll(',', ', '));
    return `\u0000${inline.length - 1}\u0000`;
  }, 2);
  // A placeholder is a whole JSON string holding NULs; should a policy string ever look the
  // same, the counts differ and the plain layout is used instead.
  let found = 0;
  const out = text.replace(/"\\u0000(\d+)\\u0000"/g, (_m, i: string) => (found++, inline[Number(i)]!));
  return found === inline.length ? out : JSON.stringify(value, null, 2);
}
