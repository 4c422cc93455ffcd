import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectBoundedWork, extreme } from './work-bounds.property.js';

describe('check work is bounded for any valid input', () => {
  it('values anywhere up to the limits: no internal error, simulated tickets and slots within budget (four weeks)', () => {
    fc.assert(fc.property(extreme, (e) => expectBoundedWork(e, 28)), { numRuns: 4 });
  });
});

describe('pooled teams at the limits', () => {
  it('two email teams at opposite handle times with 100,000 people each check within the budget', () => {
    expectBoundedWork({ emailPerDay: 1_000_000, callsPerDay: 0, headcount: 100_000, handleTime: '1d', shrinkage: 0, phoneHandleTime: '20m', phoneHeadcount: 2 }, 28);
  });
});
