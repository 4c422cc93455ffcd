/**
 * The Code Climate issue format, as GitLab's code quality report reads it: a JSON array of
 * `{ description, check_name, fingerprint, severity, location: { path, lines: { begin } } }`.
 * The fingerprint is the finding's own (stable across moved lines), made unique per occurrence.
 */
import { isSuppressed, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { displayPath } from './paths.js';

const SEVERITY = { error: 'major', warn: 'minor', info: 'info' } as const;

export function codeClimate(all: readonly Diagnostic[], context: Pick<FormatContext, 'root'>): string {
  const seen = new Map<string, number>();
  const issues = all.filter((d) => !isSuppressed(d)).map((d) => {
    const base = d.fingerprint ?? `${d.ruleId}:${d.location.file}:${d.location.pointer}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: 'issue',
      check_name: d.ruleId,
      description: d.suggestion ? `${d.message} (${d.suggestion})` : d.message,
      categories: ['Bug Risk'],
      fingerprint: n === 0 ? base : `${base}-${n}`,
      severity: SEVERITY[d.severity],
      location: { path: displayPath(context.root, d.location.file), lines: { begin: d.location.start.line, end: d.location.end.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
