/** A few lines of source around a location, with the span underlined, like the best linters show. */
import type { SourceLocation } from '../diagnostics/diagnostic.js';

export function codeFrame(text: string, location: SourceLocation, context = 2): string {
  const lines = text.split(/\r?\n/);
  const { start, end } = location;
  const first = Math.max(1, start.line - context);
  const last = Math.min(lines.length, start.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? '';
    const marker = n === start.line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${line}`.trimEnd());
    if (n === start.line) {
      const stop = end.line === start.line && end.column > start.column ? end.column : line.length + 1;
      const length = Math.max(1, Math.min(stop, line.length + 1) - start.column);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, start.column - 1))}${'^'.repeat(length)}`);
    }
  }
  return out.join('\n');
}
