/**
 * The holiday libraries, loaded on first use. date-holidays takes about half a second to load
 * (the rules of every country and a time-zone database), which a run whose schedules name no
 * calendar must never pay; ical.js is only needed for a schedule that reads a .ics file. The
 * Action bundle swaps this file for scripts/bundled-libraries.ts, whose require() calls esbuild
 * bundles while keeping each library's start-up until its first call.
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import type ICAL from 'ical.js';

const load = createRequire(import.meta.url);

export type HolidaysLibrary = typeof Holidays;
export type IcalLibrary = typeof ICAL;

let holidays: HolidaysLibrary | undefined;
let ical: IcalLibrary | undefined;

export function dateHolidays(): HolidaysLibrary {
  return (holidays ??= load('date-holidays') as HolidaysLibrary);
}

export function icalJs(): IcalLibrary {
  return (ical ??= load('ical.js') as IcalLibrary);
}
