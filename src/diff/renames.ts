/**
 * Renames: a document that disappears under one name and reappears, with the same content,
 * under another. Shared by the definition, feasibility and customer-text comparisons, so a
 * renamed channel is still compared with what it was.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Model } from '../model/model.js';
import type { Kind } from '../schema/kinds/index.js';

/** Old name → new name, in the base's document order. */
export function renamed(base: Model, head: Model, kind: Kind): Map<string, string> {
  const removed = base.names(kind).filter((n) => !head.find(kind, n));
  const added = head.names(kind).filter((n) => !base.find(kind, n));
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const from of removed) {
    const spec = base.find(kind, from)!.spec;
    const to = added.find((n) => !taken.has(n) && isDeepStrictEqual(head.find(kind, n)!.spec, spec));
    if (to) {
      out.set(from, to);
      taken.add(to);
    }
  }
  return out;
}

/** Pairs [base name, head name] of everything of a kind present in both, renames followed. */
export function counterparts(base: Model, head: Model, kind: Kind): [string, string][] {
  const renames = renamed(base, head, kind);
  return base.names(kind).flatMap((name): [string, string][] => {
    if (head.find(kind, name)) return [[name, name]];
    const to = renames.get(name);
    return to ? [[name, to]] : [];
  });
}
