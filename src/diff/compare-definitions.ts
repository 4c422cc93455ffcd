/** Documents added, removed or renamed (same content under a new name is a rename, not remove + add). */
import { isDeepStrictEqual } from 'node:util';
import { cmp } from '../diagnostics/diagnostic.js';
import type { Entity, Model } from '../model/model.js';
import { KINDS } from '../schema/kinds/index.js';
import type { Change } from './change.js';

export function compareDefinitions(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  for (const kind of KINDS) {
    const removed = base.names(kind).filter((n) => !head.find(kind, n));
    const added = head.names(kind).filter((n) => !base.find(kind, n));
    const renamed = new Map<string, string>();
    for (const from of removed) {
      const spec = base.find(kind, from)!.spec;
      const to = added.find((n) => !Array.from(renamed.values()).includes(n) && isDeepStrictEqual(head.find(kind, n)!.spec, spec));
      if (to) renamed.set(from, to);
    }
    const isChannel = kind === 'Channel';
    for (const [from, to] of [...renamed].sort((a, b) => cmp(a[0], b[0]))) {
      changes.push({ category: isChannel ? 'channels' : 'definitions', severity: 'notable', subject: `${kind} ${from}`, before: from, after: to, message: `${kind} '${from}' was renamed to '${to}'; its content is unchanged.`, ...(isChannel ? { channels: [to] } : {}) });
    }
    for (const name of removed.filter((n) => !renamed.has(n))) {
      changes.push({
        category: isChannel ? 'channels' : 'definitions', severity: isChannel ? 'breaking' : 'notable', subject: `${kind} ${name}`, before: 'defined', after: 'removed',
        message: isChannel ? `Channel '${name}' is removed: customers who use it lose a way to reach support.` : `${kind} '${name}' is removed.`,
        ...(isChannel ? { channels: [name] } : {}),
      });
    }
    for (const name of added.filter((n) => !Array.from(renamed.values()).includes(n))) {
      changes.push({ category: isChannel ? 'channels' : 'definitions', severity: 'info', subject: `${kind} ${name}`, before: 'not defined', after: 'added', message: `${kind} '${name}' is added.`, ...(isChannel ? { channels: [name] } : {}) });
    }
  }
  return changes;
}

/** Pairs of entities present in both versions, by name. */
export function common<K extends Entity['kind']>(base: Model, head: Model, kind: K): [Entity<K>, Entity<K>][] {
  return base.names(kind).flatMap((name) => {
    const after = head.find(kind, name);
    return after ? [[base.find(kind, name)!, after] as [Entity<K>, Entity<K>]] : [];
  });
}
