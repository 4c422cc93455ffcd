import { describe, expect, it } from 'vitest';
import { show, validateFile } from '../helpers/policies.js';

const run = (doc: string): string[] => validateFile('p.yaml', doc).diagnostics.map(show);

const TEAM = 'apiVersion: supportops/v1\nkind: Team\nmetadata: { name: t }\nspec:\n  role: r\n  schedule: s\n  headcount: 3\n  shrinkage: 30%\n  occupancy: 85%\n  handleTime: 12m\n  channels: []\n';
const team = (from: string, to: string): string => {
  if (!TEAM.includes(from)) throw new Error(`no ${from}`);
  return TEAM.replace(from, to);
};
const sla = (target: string) => `apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata: { name: s }\nspec:\n  clock: calendar\n  tiers:\n    - name: u\n      priority: 1\n      description: d\n      firstResponse: ${target}\n`;
const channel = (demand: string) =>
  `apiVersion: supportops/v1\nkind: Channel\nmetadata: { name: c }\nspec:\n  mode: async\n  medium: email\n  looksLive: false\n  purpose: p\n  allowedUses: [a]\n  entryPoint: { location: l, showsResponseTime: true }\n  demand:\n${demand}`;

describe('values that are zero, overflowing or absurd are refused with what to write', () => {
  it.each([
    ['handleTime: 0m', team('handleTime: 12m', 'handleTime: 0m'), 'p.yaml:10:15 error `handleTime` is "0m": a duration here must be longer than zero, such as 12m.'],
    ['handleTime: 0h0m', team('handleTime: 12m', 'handleTime: 0h0m'), 'p.yaml:10:15 error `handleTime` is "0h0m": a duration here must be longer than zero, such as 12m.'],
    ['shrinkage: 100%', team('shrinkage: 30%', 'shrinkage: 100%'), 'p.yaml:8:14 error `shrinkage` is "100%": it must be less than 100%, because at 100% nobody is ever available. Write a share such as 30%.'],
    ['occupancy: 0%', team('occupancy: 85%', 'occupancy: 0%'), 'p.yaml:9:14 error `occupancy` is "0%": it must be more than 0%, such as 85%.'],
    ['headcount: .inf', team('headcount: 3', 'headcount: .inf'), 'p.yaml:7:14 error `headcount` is .inf; it must be a finite number, such as 4.'],
    ['headcount: 1000000', team('headcount: 3', 'headcount: 1000000'), 'p.yaml:7:14 error `headcount` is 1000000; it must be at most 100,000.'],
    ['ticketsPerAgentPerDay: 1e9', team('handleTime: 12m', 'ticketsPerAgentPerDay: 1e9'), 'p.yaml:10:26 error `ticketsPerAgentPerDay` is 1000000000; it must be at most 1000.'],
  ])('%s', (_, doc, message) => {
    expect(run(doc)).toEqual([message]);
  });

  it.each([
    ['0% within 1h', 'a share of 0% promises nothing. Give the share of tickets that must meet the target, such as 90% within 1h.'],
    ['0m', 'a duration here must be longer than zero, such as 90% within 1h.'],
    ['90% within 0m', 'a duration here must be longer than zero, such as 90% within 1h.'],
    ['1h60m', 'the minutes run past an hour. Write it as 2h.'],
    ['90% within 1h60m', 'the minutes run past an hour. Write it as 90% within 2h.'],
    ['1d25h', 'the hours run past a day. Write it as 2d1h.'],
    ['1m90s', 'the seconds run past a minute. Write it as 2m30s.'],
  ])('target %s', (target, hint) => {
    expect(run(sla(target))).toEqual([`p.yaml:10:22 error \`firstResponse\` is ${JSON.stringify(target)}: ${hint}`]);
  });

  it.each(['90m', '36h', '1d23h59m', '99.5% within 4h', '0.5% within 1d', '100% within 15m', '4h'])('target %s is accepted', (target) => {
    expect(run(sla(target))).toEqual([]);
  });

  it('demand: a 0% tier share, an absurd volume and an all-zero arrival profile', () => {
    const zero = Array(24).fill(0).join(', ');
    expect(run(channel(`    ticketsPerDay: 1000000000\n    tierMix: { u: 0%, s: 100% }\n    profile:\n      timeZone: UTC\n      days: { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 }\n      hours: [${zero}]\n`))).toEqual([
      'p.yaml:12:20 error `ticketsPerDay` is 1000000000; it must be at most 1,000,000.',
      'p.yaml:13:19 error `u` is "0%": it must be more than 0%.',
      'p.yaml:16:13 error `days`: all seven day weights are 0, so nothing would ever arrive. Give at least one day a weight above 0 (days left out weigh 1).',
      'p.yaml:17:14 error `hours`: all 24 hour weights are 0, so nothing would ever arrive. Give at least one hour a weight above 0, or leave the list out for a flat day.',
    ]);
  });

  it('demand: quiet days and quiet hours are fine as long as something arrives', () => {
    const hours = [...Array(23).fill(0), 1].join(', ');
    expect(run(channel(`    ticketsPerDay: 1000000\n    tierMix: { s: 100% }\n    profile:\n      timeZone: UTC\n      days: { sat: 0, sun: 0 }\n      hours: [${hours}]\n`))).toEqual([]);
  });
});
