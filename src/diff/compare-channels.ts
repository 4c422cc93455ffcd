/** Field-level changes inside channels present in both versions: setup, entry point and demand. */
import type { Model } from '../model/model.js';
import type { Demand } from '../model/typed-specs.js';
import type { Change } from './change.js';
import { addressSeverity, fieldDiff } from './field-diff.js';
import { common } from './renames.js';

const zonesOf = (zones: string[] | undefined) => [...(zones ?? [])].sort();
const repliesText = (r: Demand['customerReplies']) => (r ? `${r.share.text} asked, answering in ${r.meanWait.text} on average` : undefined);

/** The demand a channel declares: volume, mix, growth, arrival profile, customer replies. */
function demandChanges(diff: ReturnType<typeof fieldDiff>, name: string, was: Demand | undefined, now: Demand | undefined): void {
  const s = `channel ${name}`;
  const only = [name];
  diff('demand', `${s} › tickets per day`, was?.ticketsPerDay, now?.ticketsPerDay, 'notable', `Expected volume on '${name}' changes.`, only);
  diff('demand', `${s} › tier mix`, was?.tierMix, now?.tierMix, 'notable', `The share of urgent and standard tickets on '${name}' changes.`, only);
  diff('demand', `${s} › yearly growth`, was?.growth, now?.growth, 'notable', `The growth expected on '${name}' over the next year changes.`, only);
  diff('demand', `${s} › arrival profile`, was?.profile, now?.profile, 'info', `Tickets on '${name}' arrive at other times of the week.`, only);
  diff('demand', `${s} › customer replies`, repliesText(was?.customerReplies), repliesText(now?.customerReplies), 'info', `How often customers of '${name}' are asked something, or how long they take to answer, changes.`, only);
}

export function compareChannels(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  const diff = fieldDiff(changes);
  for (const [b, a] of common(base, head, 'Channel')) {
    const s = `channel ${a.name}`;
    const only = [a.name];
    const was = b.spec;
    const now = a.spec;
    demandChanges(diff, a.name, was.demand, now.demand);
    diff('channels', `${s} › mode`, was.mode, now.mode, (_, m) => (m === 'async' ? 'breaking' : 'info'), `'${a.name}' is now ${now.mode === 'async' ? 'answered asynchronously: customers no longer get a live answer' : 'live'}.`, only);
    diff('channels', `${s} › display name`, was.displayName, now.displayName, 'info', `Customers see '${a.name}' under another name.`, only);
    // Customers follow the old instructions and links until they learn the new ones.
    diff('channels', `${s} › entry point`, was.entryPoint.location, now.entryPoint.location, 'notable', `Customers start a conversation on '${a.name}' somewhere else.`, only);
    diff('channels', `${s} › entry point URL`, was.entryPoint.url, now.entryPoint.url, addressSeverity, `The address of '${a.name}' ${now.entryPoint.url ? (was.entryPoint.url ? 'moves: old links stop leading there' : 'is now published') : 'is no longer published'}.`, only);
    diff('channels', `${s} › shows response time`, was.entryPoint.showsResponseTime, now.entryPoint.showsResponseTime, (_, v) => (v ? 'info' : 'breaking'), `The entry point of '${a.name}' ${now.entryPoint.showsResponseTime ? 'now shows' : 'no longer shows'} the response time.`, only);
    const zb = zonesOf(was.customerTimeZones);
    const za = zonesOf(now.customerTimeZones);
    const dropped = zb.filter((z) => !za.includes(z));
    diff('channels', `${s} › customer time zones`, zb, za, dropped.length ? 'notable' : 'info', dropped.length ? `Customers of '${a.name}' no longer see the hours in ${dropped.join(', ')} time.` : `Customers of '${a.name}' see the hours in more time zones.`, only);
    diff('channels', `${s} › urgent path`, was.urgentPath, now.urgentPath, (_, v) => (v === undefined ? 'breaking' : 'info'), `Urgent cases on '${a.name}' ${now.urgentPath ? `are pointed to '${now.urgentPath}'` : 'are no longer pointed to a live channel'}.`, only);
    diff('channels', `${s} › SLA policy`, was.slaPolicy, now.slaPolicy, (_, v) => (v === undefined ? 'breaking' : 'notable'), `'${a.name}' publishes ${now.slaPolicy ? 'another' : 'no'} SLA policy.`, only);
    diff('channels', `${s} › purpose`, [was.purpose, was.allowedUses, was.notFor], [now.purpose, now.allowedUses, now.notFor], 'info', `What '${a.name}' is for is described differently.`, only);
    diff('channels', `${s} › looks live`, was.looksLive, now.looksLive, 'info', `'${a.name}' ${now.looksLive ? 'now looks live' : 'no longer looks live'}.`, only);
  }
  return changes;
}
