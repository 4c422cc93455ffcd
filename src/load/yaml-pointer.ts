/** JSON pointers into YAML syntax trees: parsing and joining them, and walking a tree along one. */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';

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

export interface Found {
  key?: Node;
  value?: Node;
  /** How many segments of the pointer lead to the node found. */
  depth: number;
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

/** Walks the YAML AST from `root` along the segments, stopping at the deepest node that exists. */
export function findNode(root: Node | undefined, segments: readonly string[]): Found {
  let found: Found = { value: root, depth: 0 };
  for (const [i, segment] of segments.entries()) {
    const node = found.value;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) return found;
      const key = isScalar(pair.key) ? pair.key : undefined;
      const value = (pair.value as Node | null) ?? undefined;
      if (!value) return { key, value: key, depth: i + 1 };
      found = { key, value, depth: i + 1 };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item || isPair(item)) return found;
      found = { value: item as Node, depth: i + 1 };
    } else {
      return found;
    }
  }
  return found;
}
