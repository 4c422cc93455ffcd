import fc from 'fast-check';
import { describe, it } from 'vitest';
import { emailCase, emailSet } from '../helpers/random-policies.js';
import { expectDisclosureAgrees } from './service-model.invariant.js';

describe('disclosure-feasible agrees with capacity and coverage (slow sweep)', () => {
  it('never passes a promise they report broken, over a year of real dates', () => {
    fc.assert(fc.property(emailCase, (c) => expectDisclosureAgrees(emailSet(c), 365)), { numRuns: 60 });
  }, 600_000);
});
