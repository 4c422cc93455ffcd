import { describe, expect, it } from 'vitest';
import { exampleSet, findings, starter } from '../helpers/policies.js';
import { emailDemand, seedCase } from '../helpers/scenarios.js';

describe('capacity-meets-demand', () => {
  it('accepts the example organisation, and channels without demand', () => {
    expect(findings(exampleSet(), 'capacity-meets-demand')).toEqual([]);
    expect(findings(starter(), 'capacity-meets-demand')).toEqual([]);
    expect(findings(emailDemand(10), 'capacity-meets-demand')).toEqual([]);
  });

  it("reports the seed's case with its numbers: 240 a day against 2 × 30 = 60, backlog +180 a day, 8 agents", () => {
    expect(findings(seedCase(), 'capacity-meets-demand')).toEqual([
      "policies.yaml:31:20 error Channel 'email' receives 240 tickets a day, but the teams that answer it can clear about 60 a day on their shifts (support: 2 agents). The backlog grows by 180 tickets a day, so no response-time tier can be kept. It needs about 8 agents at this productivity, against 2 now.",
    ]);
  });

  it('reports a backlog that builds over the weekend and takes longer than the slowest promise to clear', () => {
    expect(findings(emailDemand(40), 'capacity-meets-demand')).toEqual([
      "channels.yaml:18:20 error Channel 'email' can clear its volume on average, but the backlog that builds while nobody is on shift (up to 187 tickets, at 2026-12-29 09:00 UTC) takes up to 20h55m of the SLA clock to clear, first in first out — longer than the 8h promised even to 'standard' tickets. Add people where the backlog peaks, or spread the shifts so fewer tickets wait overnight.",
    ]);
  });
});
