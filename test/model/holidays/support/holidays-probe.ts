// Prints the example organisation's expanded holidays (calendars and .ics) as JSON, with the
// host zone's offset, for the host-zone test to compare across TZ values.
import { validatePolicies } from '../../../../src/model/validate-policies.js';
import { exampleSet, toFiles } from '../../../helpers/policies.js';

const { model } = validatePolicies(toFiles(exampleSet()), { asOf: '2026-12-31', horizonDays: 400 });
const holidays = model.schedules.map((s) => [s.name, (s.spec.holidays ?? []).map((h) => [h.date, h.name, h.source ?? ''])]);
process.stdout.write(JSON.stringify({ offset: new Date(2027, 0, 1).getTimezoneOffset(), holidays }));
