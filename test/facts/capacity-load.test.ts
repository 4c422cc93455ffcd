// The workload series in facts.capacity: by hour of the week, worst days, and Erlang C by hour.
import { describe, expect, it } from 'vitest';
import { stringifyCompact } from '../../src/format/json-report.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, edit, toFiles, type FileSet } from '../helpers/policies.js';
import { emailDemand, urgentCalls, withoutHours } from '../helpers/scenarios.js';

// One cache for the file: a set checked again reuses its facts.
const cache = new FactsCache();
const capacity = (set: FileSet) => checkPolicies(toFiles(set), { asOf: AS_OF, cache }).facts!.capacity;
const rounded = (xs: number[]) => xs.every((x) => Math.round(x * 1000) / 1000 === x);

describe('facts.capacity load series', () => {
  const email = capacity(emailDemand(40)).find((c) => c.channel === 'email')!;

  it('has 168 hours of the week in the SLA clock’s zone, rounded to 3 decimals', () => {
    const { week, timeZone } = email.load;
    expect(timeZone).toBe('Europe/London');
    for (const series of [week.arrivals, week.requiredFte, week.staffedFte]) {
      expect(series).toHaveLength(168);
      expect(rounded(series)).toBe(true);
    }
    // Flat demand: 40 a day is 1.667 an hour, every hour.
    expect(new Set(week.arrivals)).toEqual(new Set([1.667]));
  });

  it('needs arrivals ÷ tickets per person-hour, against the people on shift (Monday 10:00 London: 3, less the holidays)', () => {
    const perPersonHour = (0.7 * 0.85 * 3600) / 720; // 30% shrinkage, 85% occupancy, 12 minutes
    expect(email.load.week.requiredFte[10]).toBeCloseTo(40 / 24 / perPersonHour, 2);
    expect(email.load.week.staffedFte[10]).toBeGreaterThan(2.9);
    expect(email.load.week.staffedFte[10]).toBeLessThanOrEqual(3);
    expect(email.load.week.staffedFte.slice(120)).toEqual(Array(48).fill(0)); // the weekend
  });

  it('lists the worst days, worst first: the backlog after Christmas', () => {
    const [worst, ...rest] = email.load.worstDays;
    expect(worst).toMatchObject({ date: '2026-12-29', peakBacklog: Math.round(email.backlog!.peak * 1000) / 1000, shortHours: null });
    expect(worst!.worstWaitMinutes).toBeCloseTo(email.backlog!.worstWaitMinutes!, 2);
    expect(rest.every((d) => d.worstWaitMinutes! <= worst!.worstWaitMinutes!)).toBe(true);
    expect(email.load.worstDays.length).toBeLessThanOrEqual(5);
  });

  it('gives sync channels Erlang C by hour, run-length encoded over the whole horizon', () => {
    const line = capacity(urgentCalls(80)).find((c) => c.channel === 'urgent-line')!;
    const runs = line.erlang!.hourly.runs;
    let hours = 0;
    for (let i = 0; i < runs.length; i += 3) {
      hours += runs[i]!;
      expect([runs[i + 1], runs[i + 2]]).toEqual([3, 2]); // 3.3 calls an hour need 3 people; 2 are on shift
    }
    expect(hours).toBe(365 * 24);
    expect(line.load.worstDays[0]).toMatchObject({ shortHours: 24, peakBacklog: null, worstWaitMinutes: null });
  });

  it('writes unbounded figures as null in JSON, and keeps series on one line', () => {
    const never = capacity(withoutHours(emailDemand(10), 'office-hours', 3))[0]!;
    expect([never.utilization, never.agentsRequired, never.capacityPerDay]).toEqual([Infinity, Infinity, 0]);
    const json = stringifyCompact({ capacity: [never] });
    expect(JSON.parse(json).capacity[0]).toMatchObject({ utilization: null, agentsRequired: null, capacityPerDay: 0 });
    expect(json).toContain(`"arrivals": [${never.load.week.arrivals.join(', ')}]`);
  });
});

describe('a channel without volume that shares its team with a busy one', () => {
  // The team's time all goes to the urgent line, so email gets no share of it.
  const shared = edit(
    edit(emailDemand(0), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', '  slaPolicy: urgent-line-sla\n  demand:\n    ticketsPerDay: 80\n    tierMix: { live-call: 100% }\n'),
    'people.yaml', 'channels: [email]', 'channels: [email, urgent-line]',
  );
  const result = checkPolicies(toFiles(shared), { asOf: AS_OF, cache });
  const email = result.facts!.capacity.find((c) => c.channel === 'email')!;

  it('needs nobody: utilization and agents required are 0, not 0 ÷ 0, and the load needs 0 people an hour', () => {
    expect([email.demandPerDay, email.capacityPerDay, email.teams[0]!.share]).toEqual([0, 0, 0]);
    expect([email.utilization, email.agentsRequired]).toEqual([0, 0]);
    expect(new Set(email.load.week.requiredFte)).toEqual(new Set([0]));
  });

  it('is not reported as a channel nobody is ever on shift for', () => {
    expect(result.diagnostics.filter((d) => d.ruleId === 'capacity-meets-demand' && d.message.includes("'email'"))).toEqual([]);
  });
});
