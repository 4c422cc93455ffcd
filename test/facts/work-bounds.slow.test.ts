import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectBoundedWork, extreme } from './work-bounds.property.js';

describe('check work is bounded for any valid input (slow sweep)', () => {
  it('values anywhere up to the limits, over a year of real dates', () => {
    fc.assert(fc.property(extreme, (e) => expectBoundedWork(e, 365)), { numRuns: 25 });
  }, 600_000);
});
