/** The policies as Freshdesk configuration: business hours, SLA policies, groups and canned responses. */
import type { PolicyView } from '../policy-view.js';
import type { ExportResult, MappingFinding } from '../target.js';
import { exportResult } from '../export-result.js';
import { businessHoursObjects } from './business-hours.js';
import { cannedResponseObjects, freshdeskGroupObjects } from './groups-and-responses.js';
import { freshdeskSlaObjects } from './sla-policies.js';

/** supportops does not write Freshdesk's automation rules, so escalations stay a finding each. */
function escalationFindings(view: PolicyView): MappingFinding[] {
  return view.escalations.map((e) => ({
    ruleId: 'helpdesk-unsupported', severity: 'warn', at: e.at,
    message: `supportops does not write Freshdesk automation rules, so escalation '${e.name}' is not exported: add a ticket update rule by hand in Admin › Automations that raises tickets tagged ${e.tags.join(' or ') || '(see the conditions)'} to tier '${e.tier}' and assigns them to a group of role '${e.routeTo}'.`,
  }));
}

export function freshdeskExport(view: PolicyView): ExportResult {
  const hours = businessHoursObjects(view.schedules);
  const exported = new Set(hours.objects.map((o) => o.name));
  return exportResult('freshdesk', [
    hours, freshdeskSlaObjects(view), { objects: freshdeskGroupObjects(view, exported), findings: [] }, cannedResponseObjects(view),
    { objects: [], findings: escalationFindings(view) },
  ]);
}
