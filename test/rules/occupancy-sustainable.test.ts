import { describe, expect, it } from 'vitest';
import { edit, exampleSet, findings, starter } from '../helpers/policies.js';
import { urgentCalls } from '../helpers/scenarios.js';

describe('occupancy-sustainable', () => {
  it('accepts planned occupancy of 85% or less and sync channels with slack', () => {
    expect(findings(exampleSet(), 'occupancy-sustainable')).toEqual([]);
    expect(findings(starter(), 'occupancy-sustainable')).toEqual([]);
  });

  it('warns about a team that plans more than 85% occupancy', () => {
    expect(findings(edit(starter(), 'people.yaml', 'occupancy: 85%', 'occupancy: 90%'), 'occupancy-sustainable')).toEqual([
      "people.yaml:26:14 warn Team 'support-team' plans 90% occupancy; above 85% queues grow sharply with small changes in volume and people burn out. Plan 85% or less and staff for it.",
    ]);
  });

  it('warns about a sync channel whose agents are busier than 85% in some hour, though the service level holds', () => {
    const set = urgentCalls(1000, { target: '80% within 30m', headcount: 20 });
    expect(findings(set, 'sync-service-level')).toEqual([]);
    expect(findings(set, 'occupancy-sustainable')).toEqual([
      "channels.yaml:34:20 warn On channel 'urgent-line' the agents on shift are busy 87% of the time in the busiest hour (2026-11-23 00:00 UTC). The service level holds, but above 85% it collapses with any rise in volume and people burn out. Add agents in the busiest hours.",
    ]);
  });
});
