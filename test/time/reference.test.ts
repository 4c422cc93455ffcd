// Differential tests: the engine against a simple luxon reference on seeded random cases.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { refLocalToInstant } from './support/reference.js';
import { referenceSweep } from './support/reference-sweep.js';

describe('the luxon reference follows our rules', () => {
  const date = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
  it('moves a time in a spring-forward gap forward by the gap', () => {
    expect(new Date(refLocalToInstant('America/New_York', date('2024-03-10'), 150)).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(new Date(refLocalToInstant('Australia/Lord_Howe', date('2024-10-06'), 135)).toISOString()).toBe('2024-10-05T15:45:00.000Z');
  });
  it('takes the earlier instant of an ambiguous time', () => {
    expect(new Date(refLocalToInstant('America/New_York', date('2024-11-03'), 90)).toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(new Date(refLocalToInstant('Europe/Dublin', date('2024-10-27'), 90)).toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });
});

// A few cases per zone here; reference.slow.test.ts runs 250 per zone from the same seeds.
referenceSweep(25);
