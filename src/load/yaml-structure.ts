/**
 * A look at the YAML syntax tree (CST) before any document is built from it: how deep the
 * collections nest, and where explicit tags are written. yaml's parser keeps its own stack,
 * but building documents, converting them and validating them all recurse, so a file of
 * twenty thousand `[` would overflow the call stack; it is refused here instead.
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
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Walks the tokens with an explicit stack, so hostile nesting cannot overflow this walk either. */
export function scanStructure(tokens: readonly CST.Token[]): Structure {
  const tags: TagToken[] = [];
  let tooDeepAt: number | undefined;
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as { type?: string; offset?: number; source?: unknown };
    let inner = depth;
    if (token.type !== undefined && COLLECTIONS.has(token.type)) {
      inner = depth + 1;
      if (inner > MAX_DEPTH) {
        // The walk is not in file order: keep the earliest place.
        tooDeepAt = Math.min(tooDeepAt ?? Infinity, token.offset ?? 0);
        continue;
      }
    }
    if (token.type === 'tag' && typeof token.source === 'string') tags.push({ offset: token.offset ?? 0, source: token.source });
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) stack.push([value, inner]);
    }
  }
  tags.sort((a, b) => a.offset - b.offset);
  return { ...(tooDeepAt === undefined ? {} : { tooDeepAt }), tags };
}
