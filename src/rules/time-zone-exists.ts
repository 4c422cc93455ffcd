import { didYouMean } from '../diagnostics/suggest.js';
import { child, type Origin } from '../model/model.js';
import { defineRule } from './define-rule.js';

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
  check({ model }, report) {
    const check = (zone: string, at: Origin) => {
      if (isKnownZone(zone)) return;
      const suggestion = didYouMean(zone, Intl.supportedValuesOf('timeZone'));
      report({ at, message: `'${zone}' is not a time zone in the IANA database. Use a name such as Europe/London or America/New_York.`, ...(suggestion ? { suggestion } : {}) });
    };
    for (const schedule of model.schedules) check(schedule.spec.timeZone, child(schedule.at, 'timeZone'));
    for (const channel of model.channels) {
      channel.spec.customerTimeZones?.forEach((zone, i) => check(zone, child(channel.at, 'customerTimeZones', i)));
      const profile = channel.spec.demand?.profile;
      if (profile) check(profile.timeZone, child(channel.at, 'demand', 'profile', 'timeZone'));
    }
  },
});
