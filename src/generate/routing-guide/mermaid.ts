/** The escalation paths as a Mermaid flowchart: tags → trigger → specialist role, and the sync way out. */
import { withoutBidiControls } from '../../values/text-controls.js';
import type { RoutingGuide } from './routing-guide-shape.js';

function id(prefix: string, name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Text for a quoted Mermaid label: quotes and angle brackets as Mermaid entity codes. */
function label(text: string): string {
  return `"${withoutBidiControls(text).replace(/`/g, '#96;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\s+/g, ' ')}"`;
}

export function escalationFlowchart(guide: RoutingGuide): string[] {
  const nodes = new Map<string, string>();
  const edges: string[] = [];
  const node = (key: string, text: string) => {
    if (!nodes.has(key)) nodes.set(key, text);
    return key;
  };
  for (const e of guide.escalations) {
    const trigger = node(id('trigger', e.name), `${id('trigger', e.name)}{{${label(`${e.name}: ${e.condition}`)}}}`);
    for (const tag of e.when.tags) edges.push(`  ${node(id('tag', tag), `${id('tag', tag)}([${label(`tag ${tag}`)}])`)} --> ${trigger}`);
    const teams = e.routeTo.teams.length ? ` (${e.routeTo.teams.join(', ')})` : '';
    const role = node(id('role', e.routeTo.role), `${id('role', e.routeTo.role)}[${label(`${e.routeTo.role}${teams}`)}]`);
    edges.push(`  ${trigger} -->|${label(`tier ${e.tier}, within ${e.within.words}`)}| ${role}`);
    if (e.syncChannel) {
      const channel = node(id('channel', e.syncChannel.channel), `${id('channel', e.syncChannel.channel)}[/${label(e.syncChannel.displayName)}/]`);
      edges.push(`  ${trigger} -.->|${label('urgent, emotional or complex: move to')}| ${channel}`);
    }
  }
  if (edges.length === 0) return [];
  const declared = [...nodes.keys()].sort().map((key) => `  ${nodes.get(key)!}`);
  return ['```mermaid', 'flowchart LR', ...declared, ...edges, '```'];
}
