import { didYouMean } from '../diagnostics/suggest.js';
import { defineRule } from './define-rule.js';
import { writtenValues } from '../model/written-values.js';

const known = new Map<string, boolean>();

/** Whether this runtime's IANA database knows the zone (aliases like US/Eastern included). */
export function isKnownZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

export default defineRule({
  id: 'time-zone-exists',
  description: 'Every time zone is a real IANA zone, such as Europe/London.',
  defaultSeverity: 'error',
  // Each zone is judged on its own, so documents with schema errors are checked too.
  partialModel: true,
  check({ model, unvalidated }, report) {
    const zones = [
      ...writtenValues(model, unvalidated, 'Schedule', [['timeZone']]),
      ...writtenValues(model, unvalidated, 'Channel', [['customerTimeZones', '*'], ['demand', 'profile', 'timeZone']]),
    ];
    for (const { value: zone, at } of zones) {
      if (isKnownZone(zone)) continue;
      const suggestion = didYouMean(zone, Intl.supportedValuesOf('timeZone'));
      report({ at, message: `'${zone}' is not a time zone in the IANA database. Use a name such as Europe/London or America/New_York.`, ...(suggestion ? { suggestion } : {}) });
    }
  },
});
