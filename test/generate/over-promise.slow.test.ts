import fc from 'fast-check';
import { describe, it } from 'vitest';
import { emailCase } from '../helpers/random-policies.js';
import { expectNoOverPromise } from './over-promise.property.js';

describe('no customer sentence promises more than the policy (slow sweep)', () => {
  it('holds for many random policies, the diff included', () => {
    fc.assert(fc.property(emailCase, (c) => expectNoOverPromise(c, true)), { numRuns: 200 });
  }, 600_000);
});
