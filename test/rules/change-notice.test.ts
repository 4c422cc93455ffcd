import { dated, officeHoursFrom, officeHoursRevision, withNotice } from '../helpers/dated.js';
import { addDocs, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The starter's office hours until `date`, then shorter ones from it, with `announced` on the new revision. */
const announcedOn = (date: string, announced: string) => addDocs(dated(starter(), 'hours.yaml', 'office-hours', `{ until: ${date} }`), 'hours.yaml', officeHoursRevision('10:00-16:00', `{ from: ${date}, announced: ${announced} }`));

/** The email SLA's standard tier answered within `within` from `date` on. */
function slowerFrom(date: string, within: string) {
  const set = dated(starter(), 'channels.yaml', 'email-sla', `{ until: ${date} }`);
  const policy = set['channels.yaml']!.split('---\n').find((doc) => doc.includes('  name: email-sla\n'))!;
  const revised = policy.replace(`{ until: ${date} }`, `{ from: ${date} }`).replace('firstResponse: 90% within 8h', `firstResponse: 90% within ${within}`);
  return addDocs(set, 'channels.yaml', revised);
}

ruleTester('change-notice', {
  valid: [
    { name: 'no dated revision', set: withNotice(starter(), '30d') },
    { name: 'longer hours (a better promise) at short notice', set: withNotice(officeHoursFrom('2026-12-01', '08:00-20:00'), '30d') },
    { name: 'shorter hours with enough notice', set: withNotice(officeHoursFrom('2027-01-04', '10:00-16:00'), '30d') },
    { name: 'shorter hours on a channel without notice', set: officeHoursFrom('2026-12-01', '10:00-16:00') },
    { name: 'shorter hours announced 36 days ahead', set: withNotice(announcedOn('2026-12-07', '2026-11-01'), '30d') },
    { name: 'a faster target at short notice', set: withNotice(slowerFrom('2026-12-07', '4h'), '30d') },
    { name: 'a worse change that took effect before --as-of', set: withNotice(officeHoursFrom('2026-11-01', '10:00-16:00'), '30d') },
  ],
  invalid: [
    {
      name: 'shorter hours at short notice',
      set: withNotice(officeHoursFrom('2026-12-07', '10:00-16:00'), '30d'),
      findings: ["hours.yaml:41:20 error From 2026-12-07, customers of channel 'email' get a worse promise: office-hours › Friday (09:00-17:00 → 10:00-16:00); office-hours › Monday (09:00-17:00 → 10:00-16:00); office-hours › Thursday (09:00-17:00 → 10:00-16:00); office-hours › Tuesday (09:00-17:00 → 10:00-16:00); office-hours › Wednesday (09:00-17:00 → 10:00-16:00). That is 14 days after 2026-11-23, the date of this check (--as-of), but the channel promises 30 days' notice of a worse promise, so it can take effect on 2026-12-23 at the earliest. Move the change to 2026-12-23 or later, or, if customers were told earlier, record that date as `announced` in `effective`."],
      related: [["channels.yaml:17:11 Channel 'email' promises 30 days' notice."]],
    },
    {
      name: 'a slower target at short notice',
      set: withNotice(slowerFrom('2026-12-07', '2d'), '30d'),
      findings: ["channels.yaml:73:20 error From 2026-12-07, customers of channel 'email' get a worse promise: email-sla › standard › first response (90% within 8h → 90% within 2d). That is 14 days after 2026-11-23, the date of this check (--as-of), but the channel promises 30 days' notice of a worse promise, so it can take effect on 2026-12-23 at the earliest. Move the change to 2026-12-23 or later, or, if customers were told earlier, record that date as `announced` in `effective`."],
      related: [["channels.yaml:17:11 Channel 'email' promises 30 days' notice."]],
    },
    {
      name: 'shorter hours announced too late for the notice',
      set: withNotice(announcedOn('2026-12-07', '2026-11-20'), '30d'),
      findings: ["hours.yaml:41:20 error From 2026-12-07, customers of channel 'email' get a worse promise: office-hours › Friday (09:00-17:00 → 10:00-16:00); office-hours › Monday (09:00-17:00 → 10:00-16:00); office-hours › Thursday (09:00-17:00 → 10:00-16:00); office-hours › Tuesday (09:00-17:00 → 10:00-16:00); office-hours › Wednesday (09:00-17:00 → 10:00-16:00). That is 17 days after customers were told (announced 2026-11-20), but the channel promises 30 days' notice of a worse promise, so it can take effect on 2026-12-20 at the earliest. Move the change to 2026-12-20 or later, or, if customers were told earlier, record that date as `announced` in `effective`."],
      related: [["channels.yaml:17:11 Channel 'email' promises 30 days' notice."]],
    },
  ],
});
