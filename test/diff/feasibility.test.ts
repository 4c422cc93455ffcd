/** Feasibility in the diff: broken promises are notable (the check fails on them), gap sets are compared, renames are followed. */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { AS_OF, addDocs, edit, type FileSet } from '../helpers/policies.js';
import { base, brief, diffOf } from './helpers.js';

const feasibility = (head: FileSet, from: FileSet = base): Change[] => diffOf(head, from, { asOf: AS_OF }).changes.filter((c) => c.category === 'feasibility');
const briefs = (head: FileSet, from?: FileSet) => feasibility(head, from).map(brief);

const onCall = 'schedules/on-call.yaml';
/** The New York rota no longer works Sundays: a gap of 5 to 6 hours every Sunday evening (UTC). */
const noNewYorkSunday = edit(base, onCall, /(name: on-call-new-york\n(?:.*\n)*?) {4}sun: \["09:00-19:00"\]\n/, '$1');
/** Singapore starts Wednesdays two hours later: a 1–2 hour gap after New York stops, shorter than the Sunday one. */
const lateSingaporeWednesday = (set: FileSet) => edit(set, onCall, /(name: on-call-singapore\n(?:.*\n)*? {4}wed:) \["07:00-17:00"\]/, '$1 ["09:00-17:00"]');
const noLondonSaturday = (set: FileSet) => edit(set, onCall, /(name: on-call-london\n(?:.*\n)*?) {4}sat: \["08:00-18:00"\]\n/, '$1');

describe('feasibility in the diff', () => {
  it('a promise that coverage can no longer keep is notable, for channels and escalation windows', () => {
    const found = feasibility(noLondonSaturday(base));
    expect(found.filter((c) => c.subject.endsWith('› coverage')).map((c) => `${c.severity} ${c.subject} ${c.tiers?.join() ?? ''}`)).toEqual([
      'notable channel urgent-line › coverage live-call',
      'notable channel whatsapp › coverage urgent',
      'notable escalation major-outage › coverage ',
      'notable escalation security-incident › coverage ',
    ]);
    expect(found.find((c) => c.subject === 'channel whatsapp › coverage')!.message).toBe("Nobody is on shift for channel 'whatsapp' for up to 5h (worst from 2026-11-28 09:00 UTC): the urgent promise can no longer be kept.");
  });

  it('a new gap shorter than the existing worst is still reported, with its pattern and dates; closing it is info', () => {
    const head = lateSingaporeWednesday(noNewYorkSunday);
    const found = feasibility(head, noNewYorkSunday).filter((c) => c.subject.startsWith('channel whatsapp'));
    // The worst wait (the Sunday gap) is unchanged, so there is no coverage row, only the new gaps.
    expect(found.map(brief)).toEqual([
      'notable feasibility channel whatsapp › new gaps: covered → 23:00–01:00 UTC (2h; 19:00–21:00 America/New_York, 07:00–09:00 Asia/Singapore, 23:00–01:00 Europe/London) on 2027-03-16, 2027-03-23, 2027-03-30 and 31 more dates, 00:00–01:00 UTC (1h; 19:00–20:00 America/New_York, 08:00–09:00 Asia/Singapore, 00:00–01:00 Europe/London) on 2026-11-25, 2026-12-02, 2026-12-09 and 15 more dates [whatsapp]',
    ]);
    expect(found[0]!.message).toBe("Nobody is on shift for channel 'whatsapp' in 52 stretches that were covered before.");
    expect(briefs(noNewYorkSunday, head).filter((c) => c.includes('whatsapp'))).toEqual([
      'info feasibility channel whatsapp › closed gaps: 23:00–01:00 UTC (2h; 19:00–21:00 America/New_York, 07:00–09:00 Asia/Singapore, 23:00–01:00 Europe/London) on 2027-03-16, 2027-03-23, 2027-03-30 and 31 more dates, 00:00–01:00 UTC (1h; 19:00–20:00 America/New_York, 08:00–09:00 Asia/Singapore, 00:00–01:00 Europe/London) on 2026-11-25, 2026-12-02, 2026-12-09 and 15 more dates → covered [whatsapp]',
    ]);
  });

  it('a tightened target the existing gaps and backlog cannot meet is notable even though coverage is unchanged', () => {
    const loose = edit(noNewYorkSunday, 'sla/async-sla.yaml', /(name: emergency-sla\n(?:.*\n)*? {6}firstResponse:) 90% within 1h/, '$1 90% within 8h');
    const found = feasibility(noNewYorkSunday, loose);
    expect(found.map((c) => `${brief(c)} | ${c.message}`)).toEqual([
      "notable feasibility channel whatsapp › capacity: 6 of 46 a day (13%) → 6 of 46 a day (13%) [whatsapp] | 'whatsapp' keeps about the same spare capacity: the backlog takes 6h to clear, past the 1h promised to 'urgent', so its promises can no longer be kept.",
      "notable feasibility channel whatsapp › coverage: gaps up to 6h → gaps up to 6h [whatsapp] | Nobody is on shift for channel 'whatsapp' for up to 6h (worst from 2027-03-28 17:00 UTC): the urgent promise can no longer be kept.",
    ]);
    expect(feasibility(loose, noNewYorkSunday).map((c) => `${c.severity} ${c.message}`)).toEqual([
      "info 'whatsapp' keeps about the same spare capacity: the staffing keeps its promises again.",
      "info Coverage for channel 'whatsapp' improves: the urgent promise can be kept again.",
    ]);
  });

  it('follows a renamed channel: its coverage is compared with what it was', () => {
    let head = edit(noLondonSaturday(base), 'channels/urgent.yaml', 'name: whatsapp', 'name: emergency-whatsapp');
    head = edit(head, 'teams/incident-rota.yaml', /channels: \[urgent-line, whatsapp\]/g, 'channels: [urgent-line, emergency-whatsapp]');
    const found = feasibility(head).filter((c) => c.channels?.includes('emergency-whatsapp'));
    expect(found.map((c) => `${c.severity} ${c.subject}`)).toEqual([
      'notable channel whatsapp → emergency-whatsapp › capacity',
      'notable channel whatsapp → emergency-whatsapp › coverage',
      'notable channel whatsapp → emergency-whatsapp › new gaps',
    ]);
  });

  it('capacity that can no longer clear the volume is notable; recovering is info', () => {
    const busy = edit(base, 'channels/email.yaml', 'ticketsPerDay: 200', 'ticketsPerDay: 5000');
    const found = feasibility(busy).filter((c) => c.subject === 'channel email › capacity');
    expect(found.map((c) => c.severity)).toEqual(['notable']);
    expect(found[0]!.message).toMatch(/^'email' has \d+ fewer tickets a day of spare capacity: demand exceeds what the teams can clear, so its promises can no longer be kept\.$/);
    expect(feasibility(base, busy).filter((c) => c.subject === 'channel email › capacity').map((c) => `${c.severity} ${c.message.replace(/\d+/, 'N')}`)).toEqual(["info 'email' gains N tickets a day of spare capacity: the staffing keeps its promises again."]);
  });

  it('capacity when the teams keep their people but lose every open hour reads "nobody on shift", not a percentage', () => {
    const withNever = addDocs(base, 'schedules/never.yaml', 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: never }\nspec:\n  timeZone: Europe/London\n  weekly: {}\n');
    // Both revisions of the chat team (it grows on 2027-01-04).
    const head = edit(withNever, 'teams/tier1.yaml', /(name: live-chat-london\neffective: \{[^}]*\}\nspec:\n {2}role: tier1-agent\n {2}schedule: )support-hours/g, '$1never');
    expect(briefs(head, withNever).filter((c) => c.includes('capacity'))).toEqual(['notable feasibility channel live-chat › capacity: 120 of 217 a day (55%) → 120 of 0 a day (nobody on shift) [live-chat]']);
  });

  it('a channel nobody answers any more is notable', () => {
    const head = edit(base, 'teams/incident-rota.yaml', /channels: \[urgent-line, whatsapp\]/g, 'channels: [urgent-line]');
    expect(briefs(head).filter((c) => c.includes('[whatsapp]'))).toEqual(['notable feasibility channel whatsapp › coverage: always covered → nobody on shift [whatsapp]']);
  });

  it('is skipped, and says so, when either side has schema errors', () => {
    const broken = edit(base, 'channels/email.yaml', 'mode: async', 'mode: carrier-pigeon');
    const diff = diffOf(broken, base, { asOf: AS_OF });
    expect(diff.skipped).toEqual([{ part: 'feasibility', reason: 'schema errors (1 in the head): a half-read policy set would show false differences' }]);
    expect(diff.changes.filter((c) => c.category === 'feasibility')).toEqual([]);
  });
});
