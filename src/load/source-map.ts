/**
 * Resolves JSON pointers to line/column ranges. Rules and the schema stage only ever speak
 * in pointers; line and column are worked out here, once, for everyone.
 */
import { isMap, isScalar, isSeq, LineCounter } from 'yaml';
import type { Position, SourceLocation } from '../diagnostics/diagnostic.js';
import { ParsedSource, type Located } from './parsed-source.js';

export { ParsedSource } from './parsed-source.js';
export { joinPointer, parsePointer } from './yaml-pointer.js';

/** 'key' points at the property name (unknown keys, a parent missing a property); 'value' at its value. */
export type Target = 'key' | 'value';

export class SourceMap {
  private readonly sources = new Map<string, ParsedSource>();

  add(source: ParsedSource): void {
    this.sources.set(source.file, source);
  }

  /** A file that is not YAML (a .ics calendar): its text, for code frames and line positions. */
  addText(file: string, text: string): void {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    this.sources.set(file, new ParsedSource(file, text, lineCounter, [], () => []));
  }

  /** The line and column range of a whole-file position: `line`, from `column` to `endColumn` (default: the end of the line). */
  lineSpan(file: string, line: number, column: number, endColumn?: number): Pick<SourceLocation, 'start' | 'end'> {
    const text = this.sources.get(file)?.text.split('\n')[line - 1] ?? '';
    return { start: { line, column }, end: { line, column: endColumn ?? Math.max(column, text.replace(/\r$/, '').length + 1) } };
  }

  get(file: string): ParsedSource | undefined {
    return this.sources.get(file);
  }

  /** The files parsed, in the order they were added. */
  files(): string[] {
    return [...this.sources.keys()];
  }

  /** Range of an offset span in a file. */
  span(file: string, startOffset: number, endOffset: number): Pick<SourceLocation, 'start' | 'end'> {
    const source = this.sources.get(file);
    if (!source) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return { start: position(source.lineCounter, startOffset), end: position(source.lineCounter, endOffset) };
  }

  /** Whether the node at `pointer` is written in flow style ({ a: 1 } or [1, 2]). */
  isFlow(file: string, document: number, pointer: string): boolean {
    const node = this.sources.get(file)?.find(document, pointer)?.found.value;
    return (isMap(node) || isSeq(node)) && node.flow === true;
  }

  /**
   * Location of a line and column inside a text value (such as a template body), mapped to the
   * file. Block scalars (| and >) map exactly; other scalars map on their first line.
   */
  locateWithin(file: string, document: number, pointer: string, line: number, column: number): SourceLocation {
    const whole = this.locate(file, document, pointer);
    const source = this.sources.get(file);
    const node = source?.find(document, pointer)?.found.value;
    if (!source || !isScalar(node) || !node.range) return whole;
    const point = (l: number, c: number): SourceLocation => ({ ...whole, start: { line: l, column: c }, end: { line: l, column: c + 1 } });
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const lines = source.text.slice(node.range[0], node.range[1]).split(/\r?\n/).slice(1);
      const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
      return point(whole.start.line + line, (Number.isFinite(indent) ? indent : 0) + column);
    }
    if (line === 1) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      return point(whole.start.line, whole.start.column + column - 1 + (quoted ? 1 : 0));
    }
    return whole;
  }

  /**
   * Location of `pointer` in document `document` of `file`. When the pointer goes past what
   * exists (a missing property), the deepest existing ancestor is used.
   */
  locate(file: string, document: number, pointer: string, target: Target = 'value'): SourceLocation {
    const located: Located | undefined = this.sources.get(file)?.find(document, pointer);
    if (!located) return { file, document, pointer, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const { found, contents } = located;
    const node = target === 'key' && found.key ? found.key : (found.value ?? found.key);
    const range = node?.range ?? contents ?? [0, 0, 0];
    return { file, document, pointer, ...this.span(file, range[0], range[1]) };
  }
}

function position(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

