/**
 * Pairing the two versions: documents present in both by name, and renames — a document that
 * disappears under one name and reappears, with the same content, under another. Shared by
 * the definition, field, feasibility and customer-text comparisons, so a renamed channel is
 * still compared with what it was.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Entity, Model } from '../model/model.js';
import type { Kind } from '../schema/kinds/kind-registry.js';

/** Pairs of entities present in both versions, by name. */
export function common<K extends Kind>(base: Model, head: Model, kind: K): [Entity<K>, Entity<K>][] {
  return base.names(kind).flatMap((name) => {
    const after = head.find(kind, name);
    return after ? [[base.find(kind, name)!, after] as [Entity<K>, Entity<K>]] : [];
  });
}

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
function counterparts(base: Model, head: Model, kind: Kind): [string, string][] {
  const renames = renamed(base, head, kind);
  return base.names(kind).flatMap((name): [string, string][] => {
    if (head.find(kind, name)) return [[name, name]];
    const to = renames.get(name);
    return to ? [[name, to]] : [];
  });
}

export interface Counterpart<T> {
  from: string;
  to: string;
  was: T;
  /** Undefined when the head has nothing under the new name. */
  now: T | undefined;
}

/** What each version derived per name (facts, texts), paired through `counterparts`; names the base has nothing for are left out. */
export function pairUp<T>(base: Model, head: Model, kind: Kind, before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>): Counterpart<T>[] {
  return counterparts(base, head, kind).flatMap(([from, to]) => {
    const was = before.get(from);
    return was === undefined ? [] : [{ from, to, was, now: after.get(to) }];
  });
}

/** "whatsapp", or "whatsapp → emergency-whatsapp" for a renamed one. */
export const renameLabel = (from: string, to: string): string => (from === to ? to : `${from} → ${to}`);
