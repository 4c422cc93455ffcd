/**
 * A look at the YAML syntax tree (CST) before any document is built from it: how deep the
 * collections nest, where explicit tags are written, and whether any alias is. yaml's parser
 * keeps its own stack, but building documents, converting them and validating them all
 * recurse, so a file of twenty thousand `[` would overflow the call stack; it is refused here
 * instead.
 */
import type { CST } from 'yaml';

/** Real policies nest about eight levels (spec.demand.profile.days.mon); fifty is far beyond any of them. */
export const MAX_DEPTH = 50;

export interface TagToken {
  offset: number;
  source: string;
}

export interface Structure {
  /** Offset of the first collection nested deeper than MAX_DEPTH, when there is one. */
  tooDeepAt?: number;
  /** Every explicit tag (`!!binary`, `!custom`), in file order. */
  tags: TagToken[];
  /** Whether an alias (`*name`) is written anywhere. */
  aliases: boolean;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
/** The fields of CST tokens and collection items that hold tokens (yaml's parse/cst.d.ts); the others are text and numbers. */
const CHILDREN = ['start', 'key', 'sep', 'value', 'end', 'items', 'props'] as const;
/** Source tokens: text only, nothing inside. */
const LEAVES = new Set(['space', 'newline', 'comment', 'map-value-ind', 'seq-item-ind', 'explicit-key-ind', 'comma', 'flow-map-start', 'flow-map-end', 'flow-seq-start', 'flow-seq-end', 'anchor', 'doc-start', 'byte-order-mark', 'block-scalar-header', 'directive-line', 'directive', 'error', 'flow-error-end', 'doc-mode']);

type Node = { type?: string; offset?: number; source?: unknown } & Record<string, unknown>;

/** Walks the tokens with explicit stacks, so hostile nesting cannot overflow this walk either. */
export function scanStructure(tokens: readonly CST.Token[]): Structure {
  const found: Structure = { tags: [], aliases: false };
  const nodes: unknown[] = [...tokens];
  const depths: number[] = tokens.map(() => 0);
  const push = (value: unknown, depth: number) => {
    if (typeof value === 'object' && value !== null) {
      nodes.push(value);
      depths.push(depth);
    }
  };
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) push(item, depth);
      continue;
    }
    const token = node as Node;
    // Most tokens are spaces, newlines and indicators: nothing to look into.
    if (token.type !== undefined && LEAVES.has(token.type)) continue;
    let inner = depth;
    if (token.type !== undefined && COLLECTIONS.has(token.type)) {
      inner = depth + 1;
      if (inner > MAX_DEPTH) {
        // The walk is not in file order: keep the earliest place.
        found.tooDeepAt = Math.min(found.tooDeepAt ?? Infinity, token.offset ?? 0);
        continue;
      }
    }
    if (token.type === 'tag' && typeof token.source === 'string') found.tags.push({ offset: token.offset ?? 0, source: token.source });
    if (token.type === 'alias') found.aliases = true;
    for (const key of CHILDREN) push(token[key], inner);
  }
  found.tags.sort((a, b) => a.offset - b.offset);
  return found;
}
