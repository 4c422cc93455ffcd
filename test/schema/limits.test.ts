/** Every quantity is bounded at the value, in plain words (docs/rules/schema.md, Limits); bidirectional controls are refused. */
import { describe, expect, it } from 'vitest';
import { show, validateFile } from '../helpers/policies.js';

const run = (doc: string): string[] => validateFile('p.yaml', doc).diagnostics.map(show);
const team = (extra: string) => `apiVersion: supportops/v1\nkind: Team\nmetadata: { name: t }\nspec:\n  role: r\n  schedule: s\n  headcount: 4\n  shrinkage: 30%\n  occupancy: 80%\n  channels: [phone]\n${extra}`;
const channel = (extra: string) => `apiVersion: supportops/v1\nkind: Channel\nmetadata: { name: c }\nspec:\n  mode: async\n  medium: email\n  looksLive: false\n  purpose: p\n  allowedUses: [a]\n  entryPoint: { location: here, showsResponseTime: true }\n${extra}`;

describe('limits on quantities', () => {
  it.each([
    ['an unbounded handle time (the issue\'s 999999999d)', team('  handleTime: 999999999d\n'), ['p.yaml:11:15 error `handleTime` is "999999999d", longer than a handle time (the working time one ticket takes) may be: at most 1d. Write the real time, such as 12m.']],
    ['a handle time of a day and a minute', team('  handleTime: 1d1m\n'), ['p.yaml:11:15 error `handleTime` is "1d1m", longer than a handle time (the working time one ticket takes) may be: at most 1d. Write the real time, such as 12m.']],
    ['tickets per agent per day below one in ten days', team('  ticketsPerAgentPerDay: 0.01\n'), ['p.yaml:11:26 error `ticketsPerAgentPerDay` is 0.01; it must be at least 0.1.']],
    ['a target beyond a year', 'apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata: { name: s }\nspec:\n  clock: calendar\n  tiers:\n    - { name: u, priority: 1, description: d, firstResponse: 90% within 366d }\n', ['p.yaml:7:62 error `firstResponse` is "90% within 366d", longer than a duration or target may be: at most 365d. Write the real time, such as 90% within 4h.']],
    ['a display name of 5,000 characters', channel(`  displayName: ${'x'.repeat(5000)}\n`), ['p.yaml:11:16 error `displayName` is 5,000 characters long; it may be at most 200. Shorten it.']],
    ['a customer wait beyond a year', channel('  demand: { ticketsPerDay: 10, tierMix: { u: 100% }, customerReplies: { share: 40%, meanWait: 366d } }\n'), ['p.yaml:11:95 error `meanWait` is "366d", longer than the customers\' mean wait may be: at most 365d. Write the real time, such as 4h.']],
    ['customer replies with a share of 0%', channel('  demand: { ticketsPerDay: 10, tierMix: { u: 100% }, customerReplies: { share: 0%, meanWait: 4h } }\n'), ['p.yaml:11:80 error `share` is "0%": it must be more than 0%, such as 40%.']],
    ['a pause in a status supportops does not know', 'apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata: { name: s }\nspec:\n  clock: calendar\n  pausedWhile: { resolution: [waiting] }\n  tiers:\n    - { name: u, priority: 1, description: d, firstResponse: 1h }\n', ['p.yaml:6:31 error Item 1 of `resolution` is "waiting"; it must be one of: pending, on-hold.']],
    ['51 allowed uses', channel('').replace('allowedUses: [a]', `allowedUses: [${Array(51).fill('a').join(', ')}]`), ['p.yaml:9:16 error `allowedUses` may have at most 50 items.']],
  ])('%s', (_name, doc, expected) => {
    expect(run(doc)).toEqual(expected);
  });

  it('accepts the bounds themselves', () => {
    expect(run(team('  handleTime: 1d\n'))).toEqual([]);
    expect(run(team('  handleTime: 24h\n'))).toEqual([]);
    expect(run(team('  ticketsPerAgentPerDay: 0.1\n'))).toEqual([]);
  });
});

describe('bidirectional control characters (trojan source)', () => {
  it('are refused in a display name, naming the character and where it is', () => {
    expect(run(channel('  displayName: "Support \\u202Etroppus"\n'))).toEqual([
      'p.yaml:11:16 error `displayName` is "Support \\u202Etroppus": it contains the invisible control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 9. Such characters make text display in a different order from how it is stored (the "trojan source" trick), so policies may not contain them: delete it.',
    ]);
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069'])('are refused in every text field: %j in a holiday name', (c) => {
    const doc = `apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: s }\nspec:\n  timeZone: UTC\n  weekly: {}\n  holidays: [{ date: 2026-12-25, name: "Xmas${c}" }]\n`;
    expect(run(doc)).toEqual([expect.stringContaining('it contains the invisible control character U+')]);
  });

  it('leave the marks right-to-left text needs (U+200E, U+200F, U+061C) and zero-width joiners alone', () => {
    expect(run(channel('  displayName: "שירות\\u200F 24/7 \\u200Dx"\n'))).toEqual([]);
  });
});
