/**
 * Coverage before → after, per channel and per escalation trigger (renames followed): the
 * worst wait, the targets it breaks or meets again, and the gap set — stretches nobody is on
 * shift, by UTC pattern and date — so a new gap shorter than the existing worst still shows.
 */
import type { CoverageFact, GapPattern } from '../facts/coverage.js';
import { minutesText } from '../values/durations.js';
import type { Model } from '../model/model.js';
import { slaPolicyOf, teamsServing } from '../model/queries.js';
import type { Change } from './change.js';
import { pairUp, renameLabel } from './renames.js';

type Kind = 'channel' | 'escalation';

const key = (p: GapPattern) => `${p.startUtc}-${p.endUtc}-${p.minutes}`;

function list(items: string[], shown: number, noun: string): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more ${noun}` : head;
}

/** Patterns with only the dates that are in `from` and not in `other`: the gaps that opened (or closed). */
function onlyIn(from: CoverageFact, other: CoverageFact): { pattern: GapPattern; dates: string[] }[] {
  const known = new Map(other.patterns.map((p) => [key(p), new Set(p.dates)]));
  return from.patterns.flatMap((pattern) => {
    const dates = pattern.dates.filter((d) => !known.get(key(pattern))?.has(d));
    return dates.length ? [{ pattern, dates }] : [];
  });
}

function localTimes(fact: CoverageFact, pattern: GapPattern, date: string): string {
  if (pattern.minutes >= 24 * 60) return '';
  const u = fact.uncovered.find((x) => x.start.slice(0, 10) === date && x.start.slice(11, 16) === pattern.startUtc);
  const local = u?.local.map((l) => `${l.start.slice(11)}–${l.end.slice(11)} ${l.timeZone}`).join(', ');
  return local ? `; ${local}` : '';
}

function describeSet(fact: CoverageFact, set: { pattern: GapPattern; dates: string[] }[]): string {
  const lines = set.map(({ pattern, dates }) => `${pattern.startUtc}–${pattern.endUtc} UTC (${minutesText(pattern.minutes)}${localTimes(fact, pattern, dates[0]!)}) on ${list(dates, 3, 'dates')}`);
  return list(lines, 3, 'gap patterns');
}

const describe = (f: CoverageFact) => (f.worstWaitMinutes === 0 ? 'always covered' : `gaps up to ${minutesText(f.worstWaitMinutes)}`);

/** ": the urgent promise can no longer be kept" (or be kept again; an escalation's window instead); '' without targets. */
function targetWords(kind: Kind, labels: string[], again: boolean): string {
  if (!labels.length) return '';
  if (kind === 'escalation') return `: the escalation window can ${again ? 'be met again' : 'no longer be met'}`;
  return `: the ${labels.join(', ')} promise can ${again ? 'be kept again' : 'no longer be kept'}`;
}

function compareFact(was: CoverageFact, now: CoverageFact, kind: Kind, changes: Change[]): void {
  const channels = kind === 'channel' ? { channels: [now.name] } : {};
  const subject = `${kind} ${renameLabel(was.name, now.name)}`;
  const metBefore = new Map(was.targets.map((t) => [t.label, t.met]));
  // A target that did not exist before and cannot be kept is a promise made that cannot be kept.
  const broken = now.targets.filter((t) => !t.met && metBefore.get(t.label) !== false).map((t) => t.label);
  const kept = now.targets.filter((t) => t.met && metBefore.get(t.label) === false).map((t) => t.label);
  const worse = now.worstWaitMinutes > was.worstWaitMinutes + 1e-9;
  const better = now.worstWaitMinutes < was.worstWaitMinutes - 1e-9;
  if (worse || better || broken.length || kept.length) {
    const where = now.worst ? ` (worst from ${now.worst.start.slice(0, 16).replace('T', ' ')} UTC)` : '';
    changes.push({
      category: 'feasibility', severity: broken.length || worse ? 'notable' : 'info', subject: `${subject} › coverage`, before: describe(was), after: describe(now), ...channels,
      ...(kind === 'channel' && (broken.length || kept.length) ? { tiers: [...broken, ...kept] } : {}),
      message: worse || broken.length
        ? `Nobody is on shift for ${kind} '${now.name}' for up to ${minutesText(now.worstWaitMinutes)}${where}${targetWords(kind, broken, false)}.`
        : `Coverage for ${kind} '${now.name}' improves${targetWords(kind, kept, true)}.`,
    });
  }
  const opened = onlyIn(now, was);
  const closed = onlyIn(was, now);
  if (opened.length) {
    const total = opened.reduce((n, o) => n + o.dates.length, 0);
    changes.push({ category: 'feasibility', severity: 'notable', subject: `${subject} › new gaps`, before: 'covered', after: describeSet(now, opened), ...channels, message: `Nobody is on shift for ${kind} '${now.name}' in ${total} stretch${total === 1 ? '' : 'es'} that were covered before.` });
  }
  if (closed.length) {
    const total = closed.reduce((n, o) => n + o.dates.length, 0);
    changes.push({ category: 'feasibility', severity: 'info', subject: `${subject} › closed gaps`, before: describeSet(was, closed), after: 'covered', ...channels, message: `${total} stretch${total === 1 ? '' : 'es'} without anyone on shift for ${kind} '${now.name}' ${total === 1 ? 'is' : 'are'} now covered.` });
  }
}

export function compareCoverage(base: { model: Model; facts: CoverageFact[] }, head: { model: Model; facts: CoverageFact[] }, kind: Kind): Change[] {
  const changes: Change[] = [];
  const byName = (facts: CoverageFact[]) => new Map(facts.map((f) => [f.name, f]));
  for (const { to, was, now } of pairUp(base.model, head.model, kind === 'channel' ? 'Channel' : 'EscalationTrigger', byName(base.facts), byName(head.facts))) {
    if (now) compareFact(was, now, kind, changes);
    else if (lostEveryone(head.model, kind, to)) {
      changes.push({
        category: 'feasibility', severity: 'notable', subject: `${kind} ${to} › coverage`, before: describe(was), after: 'nobody on shift', ...(kind === 'channel' ? { channels: [to] } : {}),
        message: kind === 'channel' ? `No team with people in it answers '${to}' any more: none of its promises can be kept.` : `No team with people in it has the role escalation '${to}' routes to: its window can never be met.`,
      });
    }
  }
  return changes;
}

/** The fact is gone because nobody staffs it (not because the promise itself went, which is reported elsewhere). */
function lostEveryone(model: Model, kind: Kind, name: string): boolean {
  if (kind === 'channel') {
    const channel = model.find('Channel', name);
    return channel !== undefined && slaPolicyOf(model, channel) !== undefined && !teamsServing(model, name).some((t) => t.spec.headcount > 0);
  }
  const trigger = model.find('EscalationTrigger', name);
  return trigger !== undefined && !model.teams.some((t) => t.spec.role === trigger.spec.routeTo && t.spec.headcount > 0);
}
