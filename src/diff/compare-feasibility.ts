/**
 * Feasibility before → after: coverage gaps opened or closed, capacity margin gained or lost.
 * These are about delivering the promises rather than the promises themselves, so they are
 * `notable` (check blocks a change that makes a promise unkeepable) or `info` when they improve.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { minutesText } from '../feasibility/describe.js';
import type { FeasibilityFacts } from '../feasibility/facts.js';
import type { CoverageFact } from '../feasibility/coverage.js';
import type { Change } from './change.js';

function coverage(before: CoverageFact[], after: CoverageFact[], kind: string): Change[] {
  const changes: Change[] = [];
  const old = new Map(before.map((f) => [f.name, f]));
  for (const now of [...after].sort((a, b) => cmp(a.name, b.name))) {
    const was = old.get(now.name);
    if (!was || Math.abs(was.worstWaitMinutes - now.worstWaitMinutes) < 1e-9) continue;
    const worse = now.worstWaitMinutes > was.worstWaitMinutes;
    const broken = now.targets.filter((t) => !t.met && was.targets.find((w) => w.label === t.label)?.met).map((t) => t.label);
    const describe = (f: CoverageFact) => (f.worstWaitMinutes === 0 ? 'always covered' : `gaps up to ${minutesText(f.worstWaitMinutes)}`);
    changes.push({
      category: 'feasibility', severity: worse ? 'notable' : 'info', subject: `${kind} ${now.name} › coverage`, before: describe(was), after: describe(now),
      ...(kind === 'channel' ? { channels: [now.name] } : {}),
      message: worse
        ? `Nobody is on shift for ${kind} '${now.name}' for up to ${minutesText(now.worstWaitMinutes)}${now.worst ? ` (worst from ${now.worst.start.slice(0, 16).replace('T', ' ')} UTC)` : ''}${broken.length ? (kind === 'escalation' ? ': the escalation window can no longer be met' : `: the ${broken.join(', ')} promise can no longer be kept`) : ''}.`
        : `Coverage for ${kind} '${now.name}' improves.`,
    });
  }
  return changes;
}

export function compareFeasibility(base: FeasibilityFacts, head: FeasibilityFacts): Change[] {
  const changes = [...coverage(base.coverage.channels, head.coverage.channels, 'channel'), ...coverage(base.coverage.escalations, head.coverage.escalations, 'escalation')];
  const old = new Map(base.capacity.map((c) => [c.channel, c]));
  for (const now of head.capacity) {
    const was = old.get(now.channel);
    if (!was) continue;
    const margin = (c: typeof now) => c.capacityPerDay - c.demandPerDay;
    const delta = margin(now) - margin(was);
    // Small wobbles are noise to a reviewer: a point of utilisation, or crossing into overload, is not.
    const flipped = (was.utilization > 1) !== (now.utilization > 1);
    if (!flipped && Math.abs(now.utilization - was.utilization) < 0.01) continue;
    const text = (c: typeof now) => `${Math.round(c.demandPerDay)} of ${Math.round(c.capacityPerDay)} a day (${Math.round(c.utilization * 100)}%)`;
    changes.push({
      category: 'feasibility', severity: delta < 0 ? 'notable' : 'info', subject: `channel ${now.channel} › capacity`, before: text(was), after: text(now), channels: [now.channel],
      message: delta < 0
        ? `'${now.channel}' has ${Math.round(-delta)} fewer tickets a day of spare capacity${now.utilization > 1 ? ': demand now exceeds what the teams can clear' : ''}.`
        : `'${now.channel}' gains ${Math.round(delta)} tickets a day of spare capacity.`,
    });
  }
  return changes;
}
