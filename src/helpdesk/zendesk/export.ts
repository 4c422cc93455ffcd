/** The policies as Zendesk configuration: schedules, SLA policies, groups, triggers (acknowledgements, priorities, escalations) and macros. */
import type { PolicyView } from '../policy-view.js';
import type { ExportResult } from '../target.js';
import { exportResult } from '../export-result.js';
import { groupObjects, macroObjects } from './macros-and-groups.js';
import { scheduleObjects } from './schedules.js';
import { slaPolicyObjects } from './sla-policies.js';
import { triggerObjects } from './triggers.js';
import { zendeskEscalationTriggers } from './escalation-triggers.js';

export function zendeskExport(view: PolicyView): ExportResult {
  return exportResult('zendesk', [
    scheduleObjects(view.schedules),
    slaPolicyObjects(view),
    { objects: groupObjects(view), findings: [] },
    triggerObjects(view),
    zendeskEscalationTriggers(view),
    macroObjects(view),
  ]);
}
