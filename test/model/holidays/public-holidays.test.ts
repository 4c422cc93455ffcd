// Golden dates: the bank holidays in England and Wales as published on gov.uk/bank-holidays
// (2026 and 2027), and the US federal holidays of 2027 (opm.gov "Federal Holidays").
import { describe, expect, it } from 'vitest';
import { calendarCodes, isCalendarCode, PublicHolidays, unknownCode } from '../../../src/model/holidays/public-holidays.js';

const publicDates = (code: string, year: number) => new PublicHolidays().days(code, year).filter((d) => d.type === 'public').map((d) => `${d.date} ${d.name}`);

describe('public holidays from date-holidays', () => {
  it('gives the bank holidays in England and Wales that gov.uk publishes for 2026', () => {
    expect(publicDates('GB-ENG', 2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-08-31 Summer bank holiday',
      '2026-12-25 Christmas Day',
      // Boxing Day falls on a Saturday; gov.uk lists its substitute Monday.
      '2026-12-26 Boxing Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('moves both Christmas days to the Monday and Tuesday in 2027, as gov.uk does', () => {
    expect(publicDates('GB-ENG', 2027).filter((d) => d.startsWith('2027-12'))).toEqual([
      '2027-12-25 Christmas Day',
      '2027-12-26 Boxing Day',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('differs by region: Scotland (gov.uk 2027) has 2 January, its own summer date and St Andrew\'s Day', () => {
    const scotland = publicDates('GB-SCT', 2027);
    expect(scotland).toEqual(expect.arrayContaining(['2027-01-04 January 2nd (substitute day)', '2027-08-02 Summer bank holiday', '2027-11-30 St Andrew’s Day']));
    expect(publicDates('GB-ENG', 2027).filter((d) => /^2027-(01-04|08-02|11-30)/.test(d))).toEqual([]);
  });

  it('keeps observances apart from public holidays (Mother\'s Day is marked, not a day off)', () => {
    const days = new PublicHolidays().days('GB-ENG', 2027);
    expect(days.find((d) => d.name === "Mother's Day")).toEqual({ date: '2027-03-07', name: "Mother's Day", type: 'observance' });
  });

  it('knows countries, regions and subregions', () => {
    const codes = calendarCodes();
    for (const code of ['GB', 'GB-ENG', 'US', 'US-CA', 'DE-BY', 'SG']) expect(codes.has(code), code).toBe(true);
    expect(codes.has('UK')).toBe(false);
  });

  it('tells a known code by reading its country alone, exactly as the full list does', () => {
    const codes = calendarCodes();
    for (const code of codes.keys()) expect(isCalendarCode(code), code).toBe(true);
    const near = [...codes.keys()].flatMap((c) => [`${c}X`, `${c}-`, `-${c}`, c.toLowerCase(), `${c}-ZZ`]);
    for (const code of [...near, 'UK', 'UK-ENG', 'GB-ENH', '', 'constructor', 'toString', '__proto__', 'GB-constructor']) expect(isCalendarCode(code), code).toBe(codes.has(code));
  });
});

describe('unknown calendar codes', () => {
  const codes = calendarCodes();

  it('reads UK as the usual slip for GB', () => {
    expect(unknownCode('UK-ENG', codes)).toEqual({
      message: "'UK' is not a country date-holidays knows. Use the country's two-letter ISO 3166 code, such as GB, US or DE, optionally with a region: GB-ENG.",
      suggestion: "did you mean 'GB-ENG'?",
    });
  });

  it('lists the regions of a known country and suggests the closest', () => {
    const { message, suggestion } = unknownCode('GB-ENH', codes);
    expect(message).toMatch(/^United Kingdom \(GB\) has no region 'ENH' in date-holidays\. Use one of GB-ALD \(Alderney\), .*GB-ENG \(England\).*; or GB alone\.$/);
    expect(suggestion).toBe("did you mean 'GB-ENG'?");
  });
});

describe('the pinned rules', () => {
  it('names the date-holidays version that package.json pins and node_modules holds', async () => {
    const { DATE_HOLIDAYS_VERSION } = await import('../../../src/model/holidays/public-holidays.js');
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync('node_modules/date-holidays/package.json', 'utf8')) as { version: string };
    expect(pkg.dependencies['date-holidays']).toBe(DATE_HOLIDAYS_VERSION);
    expect(installed.version).toBe(DATE_HOLIDAYS_VERSION);
  });
});
