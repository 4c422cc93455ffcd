/** Human output: grouped by file, each problem at line:column with a code frame and the rule id. */
import { isSuppressed, summarize, suppressedCount, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { codeFrame, splitLines } from './code-frame.js';
import type { FormatContext, Formatter } from './format-context.js';
import { displayPath } from './paths.js';

const COLORS: Record<Severity | 'dim' | 'bold', [number, number]> = { error: [31, 39], warn: [33, 39], info: [36, 39], dim: [2, 22], bold: [1, 22] };

function paint(on: boolean | undefined, style: keyof typeof COLORS, text: string): string {
  const [open, close] = COLORS[style];
  return on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
}

/** One file's findings: each at line:column with its code frame and related locations. */
function fileBlock(file: string, list: readonly Diagnostic[], context: FormatContext): string[] {
  const c = context.color;
  const out = [paint(c, 'bold', displayPath(context.root, file))];
  // Split each file once: thousands of findings in one file must not split it thousands of times.
  const text = context.sourceText(file);
  const lines = text === undefined ? undefined : splitLines(text);
  for (const d of list) {
    const where = `${d.location.start.line}:${d.location.start.column}`;
    const suggestion = d.suggestion ? ` (${d.suggestion})` : '';
    const existing = d.baseline === 'existing' ? paint(c, 'dim', ' [already in baseline]') : '';
    const review = d.suppression?.status === 'underReview' ? paint(c, 'dim', ' [suppressed by this change: applies once merged]') : '';
    out.push(`  ${where.padEnd(7)} ${paint(c, d.severity, d.severity.padEnd(5))}  ${d.message}${suggestion}${existing}${review}  ${paint(c, 'dim', d.ruleId)}`);
    if (lines !== undefined) out.push('', indent(codeFrame(lines, d.location), 4), '');
    for (const related of d.related ?? []) {
      const at = `${displayPath(context.root, related.location.file)}:${related.location.start.line}:${related.location.start.column}`;
      out.push(`    ${paint(c, 'dim', `↳ ${at}`)} ${related.message}`);
    }
    if (d.related?.length) out.push('');
  }
  return out;
}

/** The closing line: no problems, or the counts (and with a baseline, how many are new). */
function totals(diagnostics: readonly Diagnostic[], context: FormatContext): string[] {
  const s = summarize(diagnostics);
  const total = s.errors + s.warnings + s.infos;
  const scope = `${context.files} file${context.files === 1 ? '' : 's'}, ${context.documents} document${context.documents === 1 ? '' : 's'}`;
  const hidden = suppressedCount(diagnostics);
  const quiet = hidden > 0 ? [`  ${hidden} suppressed finding${hidden === 1 ? '' : 's'} not shown (--format json lists ${hidden === 1 ? 'it' : 'them'} with the reasons).`] : [];
  if (total === 0) return [`✔ No problems in ${scope} (as of ${context.asOf}).`, ...quiet];
  const parts = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`, `${s.infos} info`];
  const out = [paint(context.color, s.errors ? 'error' : s.warnings ? 'warn' : 'info', `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${scope} (as of ${context.asOf}).`)];
  if (diagnostics.some((d) => d.baseline)) {
    const fresh = diagnostics.filter((d) => d.baseline === 'new' && !isSuppressed(d)).length;
    out.push(`  ${fresh} of them ${fresh === 1 ? 'is' : 'are'} new against the baseline; only new findings fail the check.`);
  }
  return [...out, ...quiet];
}

/** With a baseline: whose settings applied, and what the change does to its own gate. */
function gateBlock(context: FormatContext): string[] {
  const gate = context.gate;
  if (!gate || gate.changes.length === 0) return [];
  const from = gate.configFrom === 'base' ? `the baseline's settings applied (config: ${gate.config ?? 'the defaults'}); these apply once the change is merged` : 'the change\'s own settings applied';
  return [paint(context.color, 'bold', `Changes to the check itself (${from}):`), ...gate.changes.map((c) => `  ${c.weakens ? '⚠' : '·'} ${c.message}`), ''];
}

export const stylish: Formatter = (diagnostics, context) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (isSuppressed(d)) continue;
    const list = byFile.get(d.location.file);
    if (list) list.push(d);
    else byFile.set(d.location.file, [d]);
  }
  const out = [...byFile].flatMap(([file, list]) => fileBlock(file, list, context));
  return [...out, ...gateBlock(context), ...totals(diagnostics, context)].join('\n') + '\n';
};

function indent(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
}
