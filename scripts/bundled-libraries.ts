// The Action bundle's src/model/holidays/libraries.ts (scripts/bundle.ts swaps it in): esbuild
// bundles these require() calls and runs each library's code only when it is first called.
import type { HolidaysLibrary, IcalLibrary } from '../src/model/holidays/libraries.js';

declare const require: (id: string) => unknown;

let holidays: HolidaysLibrary | undefined;
let ical: IcalLibrary | undefined;

export function dateHolidays(): HolidaysLibrary {
  return (holidays ??= require('date-holidays') as HolidaysLibrary);
}

export function icalJs(): IcalLibrary {
  return (ical ??= require('ical.js') as IcalLibrary);
}
