import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelCoverage, escalationCoverage } from '../../src/facts/coverage.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { horizonFrom } from '../../src/facts/horizon.js';
import { Clocks } from '../../src/facts/model-clocks.js';
import { TeamShifts } from '../../src/facts/team-shifts.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, exampleSet, REPO, toFiles } from '../helpers/policies.js';

const followTheSun = { 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') };

// One cache for the file: a set checked again reuses its facts.
const cache = new FactsCache();

function facts(set: Record<string, string>, asOf = '2026-11-23') {
  const result = checkPolicies(toFiles(set), { asOf, cache });
  expect(result.facts).toBeDefined();
  return result.facts!;
}

describe('coverage of the example organisation', () => {
  const f = facts(exampleSet());

  it('covers every channel and escalation role for the whole year', () => {
    expect(f.horizon).toEqual({ from: '2026-11-23', days: 365 });
    expect(f.coverage.channels.map((c) => [c.name, c.worstWaitMinutes, c.targets.every((t) => t.met)])).toEqual([
      ['email', 0, true], ['live-chat', 0, true], ['live-chat', 0, true], ['messenger', 0, true], ['urgent-line', 0, true], ['web-form', 0, true], ['whatsapp', 0, true],
    ]);
    // The chat team grows on 2027-01-04: live chat is measured before and from that date.
    expect(f.coverage.channels.filter((c) => c.name === 'live-chat').map((c) => c.window)).toEqual([{ from: '2026-11-23', until: '2027-01-04' }, { from: '2027-01-04', until: '2027-11-23' }]);
    expect(f.coverage.escalations.every((e) => e.worstWaitMinutes === 0)).toBe(true);
  });

  it('counts only generalist teams for a channel and only staffed teams for a role', () => {
    expect(f.coverage.channels.find((c) => c.name === 'email')!.teams).toEqual(['tier1-london', 'tier1-new-york', 'tier1-singapore']);
    expect(f.coverage.escalations.find((c) => c.name === 'payment-failure')!.teams).toEqual(['billing-specialists']);
  });
});

describe('follow-the-sun: Singapore, Berlin and New York, 09:00–18:00 local each', () => {
  const email = facts(followTheSun).coverage.channels.find((c) => c.name === 'email')!;
  const weekday = (start: string) => email.patterns.find((p) => p.startUtc === start && p.endUtc === '01:00' && p.minutes < 24 * 60)!;

  it('leaves 23:00–01:00 UTC uncovered on winter weekdays and 22:00–01:00 while New York is on summer time', () => {
    expect(weekday('23:00').minutes).toBe(120);
    expect(weekday('22:00').minutes).toBe(180);
    // New York moves its clocks on 2027-03-14 and back on 2027-11-07: the wider gap runs from the
    // first weekday after the change to the last weekday before the change back.
    expect(weekday('22:00').dates[0]).toBe('2027-03-15');
    expect(weekday('22:00').dates.at(-1)).toBe('2027-11-04');
    expect(weekday('23:00').dates).toContain('2027-03-11');
    expect(weekday('23:00').dates).not.toContain('2027-03-15');
    expect(weekday('23:00').dates).toContain('2027-11-08');
  });

  it('gives each gap in UTC and in every team\'s local time', () => {
    const gap = email.uncovered.find((u) => u.start === '2027-03-16T22:00:00.000Z')!;
    expect(gap).toEqual({
      openEnded: false, start: '2027-03-16T22:00:00.000Z', end: '2027-03-17T01:00:00.000Z', minutes: 180, waitMinutes: 180,
      local: [
        { timeZone: 'America/New_York', start: '2027-03-16 18:00', end: '2027-03-16 21:00' },
        { timeZone: 'Asia/Singapore', start: '2027-03-17 06:00', end: '2027-03-17 09:00' },
        // Europe has not changed its clocks yet (it does on 2027-03-28).
        { timeZone: 'Europe/Berlin', start: '2027-03-16 23:00', end: '2027-03-17 02:00' },
      ],
    });
  });

  it('measures the wait in the promise\'s clock: a weekend gap counts only its weekday hours', () => {
    const weekend = email.uncovered.find((u) => u.start === '2026-11-27T23:00:00.000Z')!;
    expect(weekend.minutes).toBe(50 * 60);
    expect(weekend.waitMinutes).toBe(120); // Fri 23:00–24:00 and Mon 00:00–01:00 UTC
    expect(email.worstWaitMinutes).toBe(180);
    expect(email.targets).toEqual([{ label: 'urgent', minutes: 60, met: false }]);
  });
});

describe('follow-the-sun promising 1 hour 24/7, every day, with regional holidays', () => {
  const set = { 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun-24-7', 'policies.yaml'), 'utf8') };
  const email = facts(set).coverage.channels.find((c) => c.name === 'email')!;
  const shown = (p: (typeof email.patterns)[number]) => `${p.startUtc}–${p.endUtc} ${p.minutes}m ×${p.count} ${p.dates[0]}…${p.dates.at(-1)}`;

  it('gives every gap pattern with its exact dates: nightly hours, New York summer time, and each region\'s holidays', () => {
    expect(email.patterns.map(shown)).toEqual([
      '23:00–08:00 540m ×2 2027-02-05…2027-02-06', // Singapore closed for Chinese New Year
      '16:00–01:00 540m ×1 2027-07-05…2027-07-05', // New York closed for Independence Day (summer time in Berlin)
      '17:00–01:00 480m ×1 2026-11-26…2026-11-26', // New York closed for Thanksgiving
      '10:00–14:00 240m ×2 2026-12-25…2026-12-26', // Berlin closed for Christmas
      '22:00–01:00 180m ×237 2027-03-14…2027-11-06', // every night New York is on summer time
      '23:00–01:00 120m ×125 2026-11-22…2027-11-22', // every other night
    ]);
  });

  it('fails the 1-hour promise on the worst window, Chinese New Year, and gives it in every team\'s local time', () => {
    expect(email.targets).toEqual([{ label: 'urgent', minutes: 60, met: false }]);
    expect(email.worst).toMatchObject({ start: '2027-02-05T23:00:00.000Z', end: '2027-02-06T08:00:00.000Z', waitMinutes: 540, openEnded: false });
    expect(email.worst!.local.map((l) => `${l.timeZone} ${l.start} → ${l.end}`)).toEqual([
      'America/New_York 2027-02-05 18:00 → 2027-02-06 03:00',
      'Asia/Singapore 2027-02-06 07:00 → 2027-02-06 16:00',
      'Europe/Berlin 2027-02-06 00:00 → 2027-02-06 09:00',
    ]);
  });

  it('misses nothing on the nights around the change: every date of the horizon is in exactly one nightly pattern or a holiday one', () => {
    const nightly = email.patterns.filter((p) => p.endUtc === '01:00').flatMap((p) => p.dates);
    expect(new Set(nightly).size).toBe(nightly.length);
    // 365 horizon nights plus the night already open at --as-of, less the nights a holiday pattern replaces.
    expect(nightly.length + 2 /* Chinese New Year */).toBe(366);
  });
});

describe('coverage measured once for the same teams and clock', () => {
  // Channels and triggers measured together share what they have in common; each alone measures its own.
  it('gives every channel and trigger what it gets measured alone', () => {
    const model = validatePolicies(toFiles(exampleSet()), { asOf: AS_OF }).model;
    const horizon = horizonFrom(AS_OF, 365);
    const clocks = new Clocks(model);
    const on = { model, clocks, shifts: new TeamShifts([{ fromMs: horizon.fromMs, toMs: horizon.toMs, model, clocks }]), horizon };
    const alone = <T>(names: readonly string[], run: (only: Set<string>) => T[]) => names.flatMap((name) => run(new Set([name])));
    expect(channelCoverage(on)).toEqual(alone(model.channels.map((c) => c.name), (only) => channelCoverage({ ...on, only })));
    expect(escalationCoverage(on)).toEqual(alone(model.triggers.map((t) => t.name), (only) => escalationCoverage({ ...on, only })));
    // The example's triggers share routes: the test compares shared measurements, not only distinct ones.
    const routes = new Set(model.triggers.map((t) => `${t.spec.routeTo} ${t.spec.schedule ?? ''}`));
    expect(routes.size).toBeLessThan(model.triggers.length);
  });
});
