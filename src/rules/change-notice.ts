/**
 * A worse promise must be announced ahead (docs/effective-dates.md): a channel's `notice` is how
 * long before a dated revision makes its promise worse customers must be told. "Worse" is what
 * `supportops diff` calls breaking for the channel's customers: a slower or dropped target, fewer
 * hours behind a promise, a lost urgent path, the channel closing.
 */
import { addDays, daysBetween } from '../values/calendar-dates.js';
import { cmp } from '../values/order.js';
import type { Change } from '../diff/change.js';
import { datedChanges } from '../diff/dated-changes.js';
import { child, type Entity, type Model } from '../model/model.js';
import { slaPolicyOf, teamsServing } from '../model/queries.js';
import { defineRule } from './define-rule.js';

const DAY_SECONDS = 86_400;

/** The documents a channel's promise stands on, as kind/name. */
function standsOn(model: Model, channel: string): Set<string> {
  const out = new Set([`Channel/${channel}`]);
  const entity = model.find('Channel', channel);
  const policy = entity && slaPolicyOf(model, entity);
  if (policy) out.add(`SlaPolicy/${policy.name}`).add(`Schedule/${policy.spec.schedule ?? ''}`);
  for (const team of teamsServing(model, channel)) out.add(`Team/${team.name}`).add(`Schedule/${team.spec.schedule}`);
  return out;
}

/**
 * The revision that makes the change on `date`: one of the channel's own documents before any
 * other, and the revision that starts then before the one that stops.
 */
function revisionAt(model: Model, date: string, related: Set<string>): { entity: Entity; key: 'from' | 'until' } | undefined {
  const rank = (e: { entity: Entity; key: 'from' | 'until' }) => (related.has(`${e.entity.kind}/${e.entity.name}`) ? 0 : 2) + (e.key === 'from' ? 0 : 1);
  const edges = model.timeline.dated
    .flatMap((entity) => (['from', 'until'] as const).filter((key) => entity.effective![key] === date).map((key) => ({ entity, key })))
    .sort((a, b) => rank(a) - rank(b) || cmp(a.entity.origin.file, b.entity.origin.file) || a.entity.origin.document - b.entity.origin.document);
  return edges[0];
}

const words = (c: Change) => `${c.subject}${c.before !== undefined || c.after !== undefined ? ` (${c.before ?? 'not set'} → ${c.after ?? 'not set'})` : ''}`;

export default defineRule({
  id: 'change-notice',
  description: 'A dated revision that makes a channel\'s promise to customers worse takes effect no sooner than the channel\'s `notice` after customers are told: from `effective.announced`, else from --as-of.',
  defaultSeverity: 'error',
  timeline: true,
  check({ model, asOf }, report) {
    // The latest `notice` any revision sets bounds what can fall short: nothing later needs reading.
    const longest = Math.max(0, ...model.timeline.entities.map((e) => (e.kind === 'Channel' ? ((e as Entity<'Channel'>).spec.notice?.seconds ?? 0) : 0)));
    if (longest === 0) return;
    for (const { date, before, after, changes } of datedChanges(model, asOf, addDays(asOf, Math.ceil(longest / DAY_SECONDS) + 1))) {
      for (const channel of before.channels) {
        const notice = channel.spec.notice;
        const worse = changes.filter((c) => c.severity === 'breaking' && c.channels?.includes(channel.name));
        if (!notice || worse.length === 0) continue;
        const revision = revisionAt(model, date, new Set([...standsOn(before, channel.name), ...standsOn(after, channel.name)]));
        if (!revision) continue;
        const announced = revision.entity.effective!.announced;
        const told = announced !== undefined && announced <= asOf ? announced : asOf;
        const days = daysBetween(told, date);
        if (days * DAY_SECONDS >= notice.seconds) continue;
        const earliest = addDays(told, Math.ceil(notice.seconds / DAY_SECONDS));
        const noticeText = noticeWords(notice);
        const since = told === announced ? `customers were told (announced ${told})` : `${told}, the date of this check (--as-of)`;
        report({
          at: child(revision.entity.origin, 'effective', revision.key),
          message: `From ${date}, customers of channel '${channel.name}' get a worse promise: ${worse.map(words).join('; ')}. That is ${days} day${days === 1 ? '' : 's'} after ${since}, but the channel promises ${noticeText} of a worse promise, so it can take effect on ${earliest} at the earliest. Move the change to ${earliest} or later, or, if customers were told earlier, record that date as \`announced\` in \`effective\`.`,
          related: [{ at: child(channel.at, 'notice'), message: `Channel '${channel.name}' promises ${noticeText}.` }],
        });
      }
    }
  },
});

/** "30 days' notice", as a support lead says it; a notice that is not whole days as written ("36h notice"). */
function noticeWords(notice: { seconds: number; text: string }): string {
  const days = notice.seconds / DAY_SECONDS;
  if (!Number.isInteger(days)) return `${notice.text} notice`;
  return days === 1 ? "1 day's notice" : `${days} days' notice`;
}
