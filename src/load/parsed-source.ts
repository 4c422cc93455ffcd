/**
 * One file's text, its line starts and its YAML documents. A run holds every file while only a
 * few ever need a location, so the documents (the largest part) are released once read. A
 * location asked for later composes again only what it points into, from those lines alone:
 * the document, or, inside a long list (a knowledge base's five hundred articles), the one item.
 * Anything but one clean piece from those lines falls back to the whole file, so every answer
 * is the whole file's.
 */
import { isMap, isNode, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from 'yaml';
import { findNode, joinPointer, parsePointer, type Found } from './yaml-pointer.js';

type Range = [number, number, number];

/** A list this long is composed again item by item. */
const LONG_LIST = 16;

/** What a released document keeps: where its lines start, its identity, and where each long list's items start. */
interface Kept {
  start: number;
  /** "Kind/name" when the document has both as strings. */
  identity?: string;
  contents?: Range;
  /** By pointer: the line start of each item, then the list's end. */
  lists: Map<string, number[]>;
}

/** The node at a pointer, and the document's contents range for a pointer that finds nothing. */
export interface Located {
  found: Found;
  contents?: Range;
}

export class ParsedSource {
  private docs: Document.Parsed[] | undefined;
  private kept: Kept[] = [];
  /** Documents and list items composed again since the release, by "document" or "document pointer item". */
  private readonly again = new Map<string, Node | Document.Parsed | undefined>();

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

  /** Drops the documents until a location in them is needed again. */
  release(): void {
    if (!this.docs) return;
    this.kept = this.docs.map((doc) => keep(doc, this.text));
    this.docs = undefined;
  }

  /** "Kind/name" of document `index`, when it has both. */
  identity(index: number): string | undefined {
    if (!this.docs) return this.kept[index]?.identity;
    const doc = this.docs[index];
    return doc && identityOf(doc);
  }

  /** Document `index`, composed again alone when the documents were released. */
  document(index: number): Document.Parsed | undefined {
    if (this.docs) return this.docs[index];
    const key = String(index);
    if (!this.again.has(key)) this.again.set(key, this.composeDocument(index));
    return this.again.get(key) as Document.Parsed | undefined;
  }

  /** The node at `pointer` in document `index`; undefined when there is no such document. */
  find(index: number, pointer: string): Located | undefined {
    const segments = parsePointer(pointer);
    const item = this.docs ? undefined : this.listItem(index, segments);
    if (item) return { found: findNode(item.node, segments.slice(item.depth)), contents: this.kept[index]!.contents };
    const beside = this.docs ? undefined : this.besideLists(index, segments);
    if (beside) return { found: beside, contents: this.kept[index]!.contents };
    const doc = this.document(index);
    return doc && { found: findNode(doc.contents ?? undefined, segments), ...(doc.contents?.range ? { contents: doc.contents.range } : {}) };
  }

  /** The item of a long list that `segments` go into, composed from its lines, and how many segments lead to it. */
  private listItem(index: number, segments: readonly string[]): { node: Node; depth: number } | undefined {
    const kept = this.kept[index];
    if (!kept || kept.lists.size === 0) return undefined;
    for (let depth = segments.length - 1; depth >= 0; depth--) {
      const list = joinPointer('', ...segments.slice(0, depth));
      const starts = kept.lists.get(list);
      const at = Number(segments[depth]);
      // As findNode reads an index (Number of the segment), so the same item is found.
      if (!starts || !Number.isInteger(at) || at < 0 || at >= starts.length - 1) continue;
      const key = `${index}\u0000${list}\u0000${at}`;
      if (!this.again.has(key)) this.again.set(key, this.composeItem(starts[at]!, starts[at + 1]!));
      const node = this.again.get(key) as Node | undefined;
      return node && { node, depth: depth + 1 };
    }
    return undefined;
  }

  /**
   * A node outside the document's long lists (a knowledge base's naming pattern beside its
   * articles), found in the document composed with those lists' lines blanked: every other node
   * is written on the same lines, so it comes out the same. Undefined for a node that holds a
   * list, or when the blanked document does not compose cleanly.
   */
  private besideLists(index: number, segments: readonly string[]): Found | undefined {
    const kept = this.kept[index];
    if (!kept || kept.lists.size === 0) return undefined;
    const key = `${index}\u0000lists blanked`;
    if (!this.again.has(key)) this.again.set(key, this.composeAlone(kept.start, this.kept[index + 1]?.start ?? this.text.length, kept.lists));
    const doc = this.again.get(key) as Document.Parsed | undefined;
    const found = doc ? findNode(doc.contents ?? undefined, segments) : undefined;
    if (!found) return undefined;
    const path = segments.slice(0, found.depth);
    const prefix = (a: readonly string[], b: readonly string[]) => a.length <= b.length && a.every((s, i) => s === b[i]);
    return [...kept.lists.keys()].some((list) => prefix(parsePointer(list), path) || prefix(path, parsePointer(list))) ? undefined : found;
  }

  private composeDocument(index: number): Document.Parsed | undefined {
    const kept = this.kept[index];
    if (!kept) return undefined;
    const doc = this.composeAlone(kept.start, this.kept[index + 1]?.start ?? this.text.length);
    if (!doc) return (this.docs = this.compose(this.text))[index];
    return doc;
  }

  /** One list item from its lines: a list of one item there, or undefined (the caller then reads the whole document). */
  private composeItem(from: number, to: number): Node | undefined {
    const contents = this.composeAlone(from, to)?.contents;
    const item = isSeq(contents) && contents.items.length === 1 ? contents.items[0] : undefined;
    return isNode(item) ? item : undefined;
  }

  /** The one clean document of text[from, to) (`blank`: these lists' lines as spaces), its ranges moved to the file's offsets. */
  private composeAlone(from: number, to: number, blank?: ReadonlyMap<string, number[]>): Document.Parsed | undefined {
    let text = this.text.slice(from, to);
    for (const starts of blank?.values() ?? []) {
      const [a, b] = [starts[0]! - from, starts[starts.length - 1]! - from];
      text = text.slice(0, a) + text.slice(a, b).replace(/[^\r\n]/g, ' ') + text.slice(b);
    }
    const alone = this.compose(text);
    const doc = alone.length === 1 && alone[0]!.errors.length === 0 ? alone[0]! : undefined;
    if (doc) shiftRanges(doc, from);
    return doc;
  }
}

function identityOf(doc: Document.Parsed): string | undefined {
  const kind = doc.getIn(['kind']);
  const name = doc.getIn(['metadata', 'name']);
  return typeof kind === 'string' && typeof name === 'string' ? `${kind}/${name}` : undefined;
}

/** What a released document keeps (see Kept): one walk of its mappings and short lists. */
function keep(doc: Document.Parsed, text: string): Kept {
  const lineOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const lists = new Map<string, number[]>();
  const path: (string | number)[] = [];
  // Nesting is bounded (parse-yaml refuses deeper files), so this recursion is too.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        // Only the pair findNode would find under that key: the first.
        const key = String(pair.key.value);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!isMap(pair.value) && !isSeq(pair.value)) continue;
        path.push(key);
        walk(pair.value);
        path.pop();
      }
    } else if (isSeq(node)) {
      const starts = !node.flow && node.items.length >= LONG_LIST ? itemStarts(node.items, node.range, lineOf) : undefined;
      if (starts) lists.set(joinPointer('', ...path), starts);
      else {
        node.items.forEach((item, i) => {
          path.push(i);
          walk(item);
          path.pop();
        });
      }
    }
  };
  walk(doc.contents);
  const identity = identityOf(doc);
  return { start: lineOf(doc.range[0]), lists, ...(identity ? { identity } : {}), ...(doc.contents?.range ? { contents: doc.contents.range } : {}) };
}

/** Each item's first line, then the list's end; undefined unless every item starts on a later line than the one before. */
function itemStarts(items: readonly unknown[], range: Range | null | undefined, lineOf: (offset: number) => number): number[] | undefined {
  const starts: number[] = [];
  for (const item of items) {
    const at = isNode(item) && item.range ? lineOf(item.range[0]) : -1;
    if (at < 0 || (starts.length > 0 && at <= starts[starts.length - 1]!)) return undefined;
    starts.push(at);
  }
  return range ? [...starts, range[1]] : undefined;
}

/** Moves every node's range (and the document's) by `by` characters. */
function shiftRanges(doc: Document.Parsed, by: number): void {
  const shift = (range: Range) => range.map((n) => n + by) as Range;
  doc.range = shift(doc.range);
  visit(doc, (_key, node) => {
    if (isNode(node) && node.range) node.range = shift(node.range);
  });
}
