import { describe, expect, it } from 'vitest';
import { asyncFte, chatAgents, dailyCapacity } from '../../src/capacity/index.js';

describe('workload formulas (published checks in docs/domain.md)', () => {
  it('async FTE: 1000 × 300 s ÷ (8 h × 0.85 × 0.75) = 16.34', () => {
    const fte = asyncFte({ volume: 1000, handleTimeSeconds: 300, paidTimeSeconds: 8 * 3600, occupancy: 0.85, shrinkage: 0.25 });
    expect(fte).toBeCloseTo(16.34, 2);
  });

  it('chat agents: 60 × 20 ÷ (30 × 2.5 × 0.75) = 21.3', () => {
    const agents = chatAgents({ volume: 60, ahtSeconds: 20 * 60, intervalSeconds: 30 * 60, concurrency: 2.5, productivity: 0.75 });
    expect(agents).toBeCloseTo(21.3, 1);
  });

  it("seed 000: 240 a day against 2 agents × 30 leaves 180 a day; 8 agents needed", () => {
    expect(dailyCapacity({ ticketsPerDay: 240, agents: 2, ticketsPerAgentPerDay: 30 })).toEqual({
      neededPerDay: 240,
      availablePerDay: 60,
      backlogGrowthPerDay: 180,
      spareCapacityPerDay: 0,
      agentsRequired: 8,
      feasible: false,
    });
  });

  it('a team with room to spare is feasible', () => {
    const r = dailyCapacity({ ticketsPerDay: 50, agents: 2, ticketsPerAgentPerDay: 30 });
    expect(r).toMatchObject({ feasible: true, backlogGrowthPerDay: 0, spareCapacityPerDay: 10, agentsRequired: 2 });
  });

  it('rejects impossible inputs', () => {
    expect(() => asyncFte({ volume: 1, handleTimeSeconds: 1, paidTimeSeconds: 1, occupancy: 0, shrinkage: 0 })).toThrow(/occupancy/);
    expect(() => chatAgents({ volume: 1, ahtSeconds: 1, intervalSeconds: 1, concurrency: 0.5, productivity: 1 })).toThrow(/concurrency/);
    expect(() => dailyCapacity({ ticketsPerDay: 1, agents: 1.5, ticketsPerAgentPerDay: 1 })).toThrow(/agents/);
  });
});
