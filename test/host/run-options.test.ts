/** The options the CLI and the Action share are checked in one place, each message naming the option as its front spells it. */
import { describe, expect, it } from 'vitest';
import { asOfOption, failLevelOption, horizonOption } from '../../src/host/run-options.js';
import { UsageError } from '../../src/host/usage-error.js';

const NOW = new Date('2026-11-23T23:59:59Z');

describe('shared run options', () => {
  it('takes the date as given, or today in UTC', () => {
    expect(asOfOption('2027-02-28', NOW, '--as-of')).toBe('2027-02-28');
    expect(asOfOption(undefined, NOW, 'as-of')).toBe('2026-11-23');
  });

  it.each([
    [() => asOfOption('2026-02-30', NOW, '--as-of'), '--as-of 2026-02-30 is not a real date: February 2026 has 28 days. Give a date that exists, such as 2026-11-23.'],
    [() => asOfOption('2028-02-30', NOW, '--as-of'), '--as-of 2028-02-30 is not a real date: February 2028 has 29 days.'],
    [() => asOfOption('2026-13-01', NOW, 'as-of'), 'as-of 2026-13-01 is not a real date: there is no month 13: months run from 01 to 12.'],
    [() => asOfOption('2026-04-00', NOW, 'as-of'), 'as-of 2026-04-00 is not a real date: days start at 01.'],
    [() => asOfOption('23/11/2026', NOW, 'as-of'), "as-of must be a date written YYYY-MM-DD, not '23/11/2026'"],
    [() => horizonOption('6', '--horizon'), "--horizon must be a whole number of days from 7 to 730, not '6' (default 365)"],
    [() => horizonOption('1.5', 'horizon'), "horizon must be a whole number of days from 7 to 730, not '1.5' (default 365)"],
    [() => failLevelOption('loud', 'fail-level'), "fail-level must be error, warn or info, not 'loud'"],
  ])('refuses a bad value with a usage error that names the option (%#)', (read, message) => {
    expect(read).toThrow(UsageError);
    expect(read).toThrow(message);
  });

  it('reads the horizon as whole days, and leaves it out when not given', () => {
    expect(horizonOption('7', '--horizon')).toBe(7);
    expect(horizonOption('730', '--horizon')).toBe(730);
    expect(horizonOption(undefined, '--horizon')).toBeUndefined();
    expect(failLevelOption('warn', '--fail-level')).toBe('warn');
  });
});
