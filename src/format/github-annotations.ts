/**
 * GitHub workflow-command annotations (::error file=…,line=…::message). GitHub shows only
 * 10 of each level per step, so the most important come first and the rest are counted, for
 * the job summary to list in full.
 */
import { isSuppressed, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { displayPath } from './paths.js';

/** Per step, GitHub displays this many annotations of each level. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** As @actions/core escapes command data. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes command properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(d: Diagnostic, root: string): string {
  const file = displayPath(root, d.location.file);
  // Same property order as @actions/core, so the output matches the toolkit's to the byte.
  const props: [string, string | number][] = [
    ['title', d.ruleId],
    ['file', file],
    ['line', d.location.start.line],
    ['endLine', d.location.end.line],
    ['col', d.location.start.column],
    ...(d.location.end.line === d.location.start.line ? [['endColumn', Math.max(d.location.end.column, d.location.start.column + 1)] as [string, number]] : []),
  ];
  const message = d.suggestion ? `${d.message} (${d.suggestion})` : d.message;
  return `::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

export interface AnnotationPlan {
  lines: string[];
  /** Findings not annotated because of GitHub's per-level limit. */
  omitted: number;
}

/**
 * New findings before pre-existing ones, then the diagnostics' own order; at most `perLevel` of
 * each level (GitHub's 10 by default). Suppressed findings are not annotated.
 */
export function planAnnotations(diagnostics: readonly Diagnostic[], root: string, perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const ordered = diagnostics.filter((d) => !isSuppressed(d)).sort((a, b) => Number(a.baseline === 'existing') - Number(b.baseline === 'existing'));
  const used: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  const lines: string[] = [];
  let omitted = 0;
  for (const d of ordered) {
    if (used[d.severity] >= perLevel) {
      omitted++;
      continue;
    }
    used[d.severity]++;
    lines.push(annotation(d, root));
  }
  return { lines, omitted };
}
