import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailCase } from '../helpers/random-policies.js';
import { claims, expectNoOverPromise } from './over-promise.property.js';

describe('no customer sentence promises more than the policy', () => {
  it('reads times and shares back out of text, business days by the schedule\'s week', () => {
    const tenHourDays = [36000, 36000, 36000, 36000, 36000];
    expect(claims('We reply to 90% of requests within 3 business days, Monday–Friday 08:00–18:00.', tenHourDays)).toEqual([{ share: 0.9, low: 108000, high: 108000, text: 'within 3 business days' }]);
    expect(claims('We usually reply within 1 to 8 business hours depending on urgency.', tenHourDays)[0]).toMatchObject({ share: 'most', low: 3600, high: 28800 });
    expect(claims('We send a first reply within 4 business hours for 90% of requests.', tenHourDays)[0]).toMatchObject({ share: 0.9, low: 14400 });
    expect(claims('We aim to send a first reply within 2 hours.', tenHourDays)[0]).toMatchObject({ share: 1, low: 7200 });
  });

  it('holds for random policies: disclosures in every format, acknowledgements and the diff', () => {
    fc.assert(fc.property(emailCase, (c) => expectNoOverPromise(c, false)), { numRuns: 25 });
    fc.assert(fc.property(emailCase, (c) => expectNoOverPromise(c, true)), { numRuns: 3 });
  });
});
