/** A few lines of source around a location, with the span underlined, like the best linters show. */
import type { SourceLocation } from '../diagnostics/diagnostic.js';

/** Lines longer than this are cut to a window around the column, so one huge line cannot flood the terminal. */
export const FRAME_WIDTH = 100;

/** The lines of a text, split once per file and shared by every frame in it. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

export function codeFrame(source: string | readonly string[], location: SourceLocation, context = 2): string {
  const lines = typeof source === 'string' ? splitLines(source) : source;
  const { start, end } = location;
  const first = Math.max(1, start.line - context);
  const last = Math.min(lines.length, start.line + context);
  const width = String(last).length;
  const marked = lines[start.line - 1] ?? '';
  // One window for all lines of the frame, so they stay aligned with the marked column.
  const from = Math.max(0, Math.min(start.column - 1 - Math.floor(FRAME_WIDTH / 3), marked.length - FRAME_WIDTH));
  const clip = (line: string): string => {
    if (line.length <= FRAME_WIDTH && from === 0) return line;
    const cut = line.slice(from, from + FRAME_WIDTH);
    return `${from > 0 && cut !== '' ? '…' : ''}${cut}${from + FRAME_WIDTH < line.length ? '…' : ''}`;
  };
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? '';
    const marker = n === start.line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${clip(line)}`.trimEnd());
    if (n === start.line) {
      const stop = end.line === start.line && end.column > start.column ? end.column : line.length + 1;
      const windowEnd = from + FRAME_WIDTH + 1;
      const caretStart = Math.max(start.column, from + 1);
      const length = Math.max(1, Math.min(stop, line.length + 1, windowEnd) - caretStart);
      const lead = from > 0 ? 1 : 0; // the "…" before a cut line
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, caretStart - 1 - from + lead))}${'^'.repeat(length)}`);
    }
  }
  return out.join('\n');
}
