/**
 * Resolves JSON pointers to line/column ranges. Rules and the schema stage only ever speak
 * in pointers; line and column are worked out here, once, for everyone.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position, SourceLocation } from '../diagnostics/diagnostic.js';

/**
 * One file's text, its line starts and its YAML documents. A run holds every file while only a
 * few ever need a location, so the documents (the largest part) can be released once read. A
 * location asked for later composes again only the document it points into, from that
 * document's own lines: a finding in one article of a file of five hundred does not rebuild
 * the other 499.
 */
export class ParsedSource {
  private docs: Document.Parsed[] | undefined;
  /** After release: where each document's lines begin, and the documents composed again since. */
  private starts: number[] = [];
  private readonly again = new Map<number, Document.Parsed | undefined>();

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lineCounter: LineCounter,
    documents: Document.Parsed[],
    private readonly compose: (text: string) => Document.Parsed[],
  ) {
    this.docs = documents;
  }

  /** Every document (composed again whole after release: for the rare caller that needs them all). */
  get documents(): Document.Parsed[] {
    return (this.docs ??= this.compose(this.text));
  }

  /** Document `index`, composed again alone when the documents were released. */
  document(index: number): Document.Parsed | undefined {
    if (this.docs) return this.docs[index];
    if (!this.again.has(index)) this.again.set(index, this.composeOne(index));
    return this.again.get(index);
  }

  /** Drops the documents until a location in them is needed again. */
  release(): void {
    if (!this.docs) return;
    const lineOf = (offset: number) => this.text.lastIndexOf('\n', offset - 1) + 1;
    this.starts = this.docs.map((d) => lineOf(d.range[0]));
    this.docs = undefined;
  }

  /**
   * The document from its lines alone, its ranges moved to the file's offsets. Anything but one
   * clean document from those lines (a directive between documents, a syntax error) falls back
   * to composing the whole file, so the answer is always the whole file's.
   */
  private composeOne(index: number): Document.Parsed | undefined {
    const start = this.starts[index];
    if (start === undefined) return undefined;
    const alone = this.compose(this.text.slice(start, this.starts[index + 1] ?? this.text.length));
    const doc = alone.length === 1 && alone[0]!.errors.length === 0 ? alone[0] : undefined;
    if (!doc) return (this.docs = this.compose(this.text))[index];
    shiftRanges(doc, start);
    return doc;
  }
}

/** Moves every node's range (and the document's) by `by` characters. */
function shiftRanges(doc: Document.Parsed, by: number): void {
  const shift = (range: [number, number, number]) => range.map((n) => n + by) as [number, number, number];
  doc.range = shift(doc.range);
  visit(doc, (_key, node) => {
    if (isNode(node) && node.range) node.range = shift(node.range);
  });
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
    const doc = this.sources.get(file)?.document(document);
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
    const doc = source?.document(document);
    const node = doc ? findNode(doc, pointer).value : undefined;
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
    const doc = source?.document(document);
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
