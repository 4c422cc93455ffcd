/** The policies as Freshdesk configuration: business hours, SLA policies, groups and canned responses. */
import type { PolicyView } from '../policy-view.js';
import type { ExportResult } from '../target.js';
import { exportResult } from '../export-result.js';
import { businessHoursObjects } from './business-hours.js';
import { cannedResponseObjects, freshdeskGroupObjects } from './groups-and-responses.js';
import { freshdeskSlaObjects } from './sla-policies.js';

export function freshdeskExport(view: PolicyView): ExportResult {
  const hours = businessHoursObjects(view.schedules);
  const exported = new Set(hours.objects.map((o) => o.name));
  return exportResult('freshdesk', [hours, freshdeskSlaObjects(view), { objects: freshdeskGroupObjects(view, exported), findings: [] }, cannedResponseObjects(view)]);
}
