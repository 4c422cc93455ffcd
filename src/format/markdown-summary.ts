/** The job summary: every finding in one table (GitHub allows 1 MiB per step; we stop well before). */
import { isSuppressed, summarize, suppressedCount, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { displayPath } from './paths.js';

export const SUMMARY_LIMIT = 900 * 1024;

const ICON = { error: '❌ error', warn: '⚠️ warning', info: 'ℹ️ info' } as const;

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownSummary(all: readonly Diagnostic[], context: Pick<FormatContext, 'root' | 'asOf' | 'files' | 'documents'>, limit = SUMMARY_LIMIT): string {
  const s = summarize(all);
  const diagnostics = all.filter((d) => !isSuppressed(d));
  const hidden = suppressedCount(all);
  const baseline = diagnostics.some((d) => d.baseline);
  const fresh = diagnostics.filter((d) => d.baseline === 'new').length;
  const out = [
    '## supportops check',
    '',
    `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info in ${context.files} files (${context.documents} documents) under \`${context.root}\`, as of ${context.asOf}.${baseline ? ` ${fresh} new against the baseline.` : ''}${hidden ? ` ${hidden} suppressed (listed in the JSON report, with the reasons).` : ''}`,
  ];
  if (diagnostics.length === 0) return [...out, '', '✅ No problems.', ''].join('\n');
  out.push('', `| severity | location | rule | message |${baseline ? ' baseline |' : ''}`, `|---|---|---|---|${baseline ? '---|' : ''}`);
  let length = out.join('\n').length;
  let shown = 0;
  for (const d of diagnostics) {
    const where = `${displayPath(context.root, d.location.file)}:${d.location.start.line}:${d.location.start.column}`;
    const review = d.suppression?.status === 'underReview' ? ' _(suppressed by this change: applies once merged)_' : '';
    const line = `| ${ICON[d.severity]} | \`${cell(where)}\` | \`${d.ruleId}\` | ${cell(d.suggestion ? `${d.message} (${d.suggestion})` : d.message)}${review} |${baseline ? ` ${d.baseline} |` : ''}`;
    if (length + line.length + 200 > limit) break;
    out.push(line);
    length += line.length + 1;
    shown++;
  }
  if (shown < diagnostics.length) out.push('', `_${diagnostics.length - shown} more findings not shown: the summary is capped. See the JSON report._`);
  return out.join('\n') + '\n';
}
