import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/diagnostics/suggest.js';

const OPS = ['=', '!=', '>=', '<=', '>', '<', 'contains', 'in'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('did-you-mean suggestions', () => {
  it('two swapped characters are one slip: => suggests >=, not =', () => {
    expect(closest('=>', OPS)).toBe('>=');
    expect(closest('=<', OPS)).toBe('<=');
    expect(closest('onwer', ['owner', 'meaning'])).toBe('owner');
  });

  it('a weekday written out suggests its short key', () => {
    expect(['monday', 'Tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thurs'].map((w) => closest(w, DAYS))).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'tue', 'thu']);
  });

  it('keeps the existing behaviour for ordinary typos, and says nothing when nothing is close', () => {
    expect(didYouMean('billing-specialsts', ['billing-specialists', 'support-team'])).toBe("did you mean 'billing-specialists'?");
    expect(closest('metdata', ['apiVersion', 'kind', 'metadata', 'spec'])).toBe('metadata');
    expect(closest('zebra', DAYS)).toBeUndefined();
    expect(closest('mo', DAYS)).toBe('mon');
  });
});
