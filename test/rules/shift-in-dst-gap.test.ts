import { addDocs, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const night = (zone: string, sunday: string) =>
  addDocs(starter(), 'hours.yaml', `apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: night }\nspec:\n  timeZone: ${zone}\n  weekly: { sun: ["${sunday}"] }\n`);

ruleTester('shift-in-dst-gap', {
  valid: [
    { name: 'shifts that start outside the spring-forward hour', set: starter() },
    { name: 'a shift that starts when the skipped hour ends', set: night('Europe/London', '02:00-06:00') },
    { name: 'a shift in a zone without daylight saving', set: night('Asia/Singapore', '01:30-06:00') },
    { name: 'a shift that only ends inside the skipped hour', set: night('Europe/London', '00:00-01:30') },
  ],
  invalid: [
    {
      name: 'a shift starting at 01:30 in London, which does not exist on 2027-03-28',
      set: night('Europe/London', '01:30-06:00'),
      findings: ["hours.yaml:41:19 info Schedule 'night': sun 01:30-06:00 starts at 01:30, a time the clocks skip in Europe/London on 2027-03-28; there the start moves forward by the length of the jump (to 02:30 on 2027-03-28). Move the start out of the gap if that is not intended."],
    },
    {
      name: 'a shift starting at 02:30 in New York, skipped on 2027-03-14',
      set: night('America/New_York', '02:30-08:00'),
      findings: ["hours.yaml:41:19 info Schedule 'night': sun 02:30-08:00 starts at 02:30, a time the clocks skip in America/New_York on 2027-03-14; there the start moves forward by the length of the jump (to 03:30 on 2027-03-14). Move the start out of the gap if that is not intended."],
    },
  ],
});
