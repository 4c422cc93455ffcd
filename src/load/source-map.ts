/**
 * Resolves JSON pointers to line/column ranges. Rules and the schema stage only ever speak
 * in pointers; line and column are worked out here, once, for everyone.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position, SourceLocation } from '../diagnostics/diagnostic.js';

export interface ParsedSource {
  file: string;
  text: string;
  lineCounter: LineCounter;
  documents: Document.Parsed[];
}

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
    this.sources.set(file, { file, text, lineCounter, documents: [] });
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
    const doc = this.sources.get(file)?.documents[document];
    const node = doc ? findNode(doc, pointer).value : undefined;
    return (isMap(node) || isSeq(node)) && node.flow === true;
  }

  /**
   * Location of a line and column inside a text value (such as a template body), mapped to the
   * file. Block scalars (| and >) map exactly; other scalars map on their first line.
   */
  locateWithin(file: string, document: number, pointer: string, line: number, column: number): SourceLocation {
    const whole = this.locate(file, document, pointer);
    const source = this.sources.get(file);
    const node = source?.documents[document] ? findNode(source.documents[document], pointer).value : undefined;
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
    const source = this.sources.get(file);
    const doc = source?.documents[document];
    if (!source || !doc) return { file, document, pointer, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const found = findNode(doc, pointer);
    const node = target === 'key' && found.key ? found.key : (found.value ?? found.key);
    const range = node?.range ?? doc.contents?.range ?? [0, 0, 0];
    return { file, document, pointer, ...this.span(file, range[0], range[1]) };
  }
}

function position(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

interface Found {
  key?: Node;
  value?: Node;
}

/** Each mapping's pairs by key, built once: thousands of findings in one mapping must not scan it thousands of times. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** Walks the YAML AST along the pointer, stopping at the deepest node that exists. */
function findNode(doc: Document.Parsed, pointer: string): Found {
  let found: Found = { value: doc.contents ?? undefined };
  for (const segment of parsePointer(pointer)) {
    const node = found.value;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) return found;
      found = { key: isScalar(pair.key) ? pair.key : undefined, value: (pair.value as Node | null) ?? undefined };
      if (!found.value) return { key: found.key, value: found.key };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item || isPair(item)) return found;
      found = { value: item as Node };
    } else {
      return found;
    }
  }
  return found;
}
