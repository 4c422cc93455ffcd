/** Field-level changes inside documents present in both versions: ownership, escalation, staffing, demand, channel setup. */
import { isDeepStrictEqual } from 'node:util';
import type { Model } from '../model/model.js';
import type { Change, ChangeCategory, ChangeSeverity } from './change.js';
import { common } from './compare-definitions.js';

function text(value: unknown): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length ? value.map(text).join(', ') : 'none';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

export function compareFields(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  const diff = (category: ChangeCategory, subject: string, before: unknown, after: unknown, severity: ChangeSeverity | ((b: unknown, a: unknown) => ChangeSeverity), message: string, channels?: string[]) => {
    if (isDeepStrictEqual(before, after)) return;
    const level = typeof severity === 'function' ? severity(before, after) : severity;
    changes.push({ category, severity: level, subject, before: text(before), after: text(after), message, ...(channels?.length ? { channels } : {}) });
  };

  for (const [b, a] of common(base, head, 'Tag')) {
    diff('ownership', `tag ${a.name} › owner`, b.spec.owner, a.spec.owner, 'notable', `Tickets tagged '${a.name}' now belong to another owner.`);
    diff('ownership', `tag ${a.name} › default tier`, b.spec.defaultTier, a.spec.defaultTier, 'notable', `Tickets tagged '${a.name}' start in another tier.`);
    diff('ownership', `tag ${a.name} › required fields`, b.spec.requiredFields, a.spec.requiredFields, 'info', `Customers are asked for different details on '${a.name}' tickets.`);
  }
  for (const [b, a] of common(base, head, 'KnowledgeBase')) {
    const owners = (kb: typeof b) => new Map(kb.spec.articles.map((x) => [x.title, x.owner]));
    const ob = owners(b);
    for (const [title, owner] of owners(a)) if (ob.has(title)) diff('ownership', `article "${title}" › owner`, ob.get(title), owner, 'notable', `Article "${title}" has a new owner.`);
  }
  for (const [b, a] of common(base, head, 'EscalationTrigger')) {
    const s = `escalation ${a.name}`;
    diff('escalation', `${s} › route to`, b.spec.routeTo, a.spec.routeTo, 'notable', `Escalation '${a.name}' now goes to another role.`);
    diff('escalation', `${s} › tier`, b.spec.tier, a.spec.tier, 'notable', `Escalation '${a.name}' raises tickets to another tier.`);
    diff('escalation', `${s} › window`, b.spec.within, a.spec.within, 'notable', `Escalation '${a.name}' has a different pick-up window.`);
    diff('escalation', `${s} › window schedule`, b.spec.schedule, a.spec.schedule, 'notable', `Escalation '${a.name}' counts its window on another clock.`);
    diff('escalation', `${s} › synchronous path`, b.spec.syncChannel, a.spec.syncChannel, (_, after) => (after === undefined ? 'breaking' : 'notable'), `Urgent '${a.name}' cases ${a.spec.syncChannel ? `now move to '${a.spec.syncChannel}'` : 'no longer have a synchronous way out'}.`);
    diff('escalation', `${s} › condition`, b.spec.when, a.spec.when, 'notable', `Escalation '${a.name}' fires on a different condition.`);
  }
  for (const [b, a] of common(base, head, 'Team')) {
    const s = `team ${a.name}`;
    const ch = a.spec.channels;
    for (const key of ['headcount', 'shrinkage', 'occupancy', 'handleTime', 'ticketsPerAgentPerDay', 'concurrency', 'schedule', 'role'] as const) {
      diff('staffing', `${s} › ${key}`, b.spec[key], a.spec[key], 'notable', `Team '${a.name}' changes its ${key}.`, ch);
    }
    diff('staffing', `${s} › channels`, b.spec.channels, a.spec.channels, 'notable', `Team '${a.name}' answers different channels.`, [...new Set([...b.spec.channels, ...a.spec.channels])].sort());
    diff('staffing', `${s} › tags`, b.spec.tags, a.spec.tags, 'notable', `Team '${a.name}' handles different tags.`, ch);
  }
  for (const [b, a] of common(base, head, 'Channel')) {
    const s = `channel ${a.name}`;
    const only = [a.name];
    diff('demand', `${s} › tickets per day`, b.spec.demand?.ticketsPerDay, a.spec.demand?.ticketsPerDay, 'notable', `Expected volume on '${a.name}' changes.`, only);
    diff('demand', `${s} › tier mix`, b.spec.demand?.tierMix, a.spec.demand?.tierMix, 'notable', `The share of urgent and standard tickets on '${a.name}' changes.`, only);
    diff('demand', `${s} › arrival profile`, b.spec.demand?.profile, a.spec.demand?.profile, 'info', `Tickets on '${a.name}' arrive at other times of the week.`, only);
    diff('channels', `${s} › mode`, b.spec.mode, a.spec.mode, (_, m) => (m === 'async' ? 'breaking' : 'info'), `'${a.name}' is now ${a.spec.mode === 'async' ? 'answered asynchronously: customers no longer get a live answer' : 'live'}.`, only);
    diff('channels', `${s} › shows response time`, b.spec.entryPoint.showsResponseTime, a.spec.entryPoint.showsResponseTime, (_, v) => (v ? 'info' : 'breaking'), `The entry point of '${a.name}' ${a.spec.entryPoint.showsResponseTime ? 'now shows' : 'no longer shows'} the response time.`, only);
    diff('channels', `${s} › urgent path`, b.spec.urgentPath, a.spec.urgentPath, (_, v) => (v === undefined ? 'breaking' : 'info'), `Urgent cases on '${a.name}' ${a.spec.urgentPath ? `are pointed to '${a.spec.urgentPath}'` : 'are no longer pointed to a live channel'}.`, only);
    diff('channels', `${s} › SLA policy`, b.spec.slaPolicy, a.spec.slaPolicy, (_, v) => (v === undefined ? 'breaking' : 'notable'), `'${a.name}' publishes ${a.spec.slaPolicy ? 'another' : 'no'} SLA policy.`, only);
    diff('channels', `${s} › purpose`, [b.spec.purpose, b.spec.allowedUses, b.spec.notFor], [a.spec.purpose, a.spec.allowedUses, a.spec.notFor], 'info', `What '${a.name}' is for is described differently.`, only);
    diff('channels', `${s} › looks live`, b.spec.looksLive, a.spec.looksLive, 'info', `'${a.name}' ${a.spec.looksLive ? 'now looks live' : 'no longer looks live'}.`, only);
  }
  return changes;
}
