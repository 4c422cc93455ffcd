/** Documents added, removed or renamed (same content under a new name is a rename, not remove + add). */
import { cmp } from '../values/order.js';
import type { Model } from '../model/model.js';
import { KINDS, type Kind } from '../schema/kinds/kind-registry.js';
import type { Change } from './change.js';
import { renamed } from './renames.js';

/** Channels whose customers a definition touches: the channel itself, or the channels a team answers. */
function channelsOf(model: Model, kind: Kind, name: string): string[] {
  if (kind === 'Channel') return [name];
  if (kind === 'Team') return [...model.find('Team', name)!.spec.channels].sort(cmp);
  return [];
}

export function compareDefinitions(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  for (const kind of KINDS) {
    const renames = renamed(base, head, kind);
    const targets = new Set(renames.values());
    const isChannel = kind === 'Channel';
    const category = isChannel ? 'channels' : 'definitions';
    for (const [from, to] of renames) {
      changes.push({ category, severity: 'notable', subject: `${kind} ${from}`, before: from, after: to, message: `${kind} '${from}' was renamed to '${to}'; its content is unchanged.`, channels: channelsOf(head, kind, to) });
    }
    for (const name of base.names(kind).filter((n) => !head.find(kind, n) && !renames.has(n))) {
      const channels = channelsOf(base, kind, name);
      changes.push({
        category, severity: isChannel ? 'breaking' : 'notable', subject: `${kind} ${name}`, before: 'defined', after: 'removed', message: removedMessage(kind, name, channels), channels,
      });
    }
    for (const name of head.names(kind).filter((n) => !base.find(kind, n) && !targets.has(n))) {
      changes.push({ category, severity: 'info', subject: `${kind} ${name}`, before: 'not defined', after: 'added', message: `${kind} '${name}' is added.`, channels: channelsOf(head, kind, name) });
    }
  }
  return changes;
}

function removedMessage(kind: Kind, name: string, channels: string[]): string {
  if (kind === 'Channel') return `Channel '${name}' is removed: customers who use it lose a way to reach support.`;
  if (kind === 'Team') return `Team '${name}' is removed; it answered ${channels.length ? channels.map((c) => `'${c}'`).join(', ') : 'no channel'}.`;
  return `${kind} '${name}' is removed.`;
}
