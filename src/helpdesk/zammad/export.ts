/** The policies as Zammad configuration: calendars, SLAs, groups, triggers and text modules. */
import type { PolicyView } from '../policy-view.js';
import type { ExportResult } from '../target.js';
import { exportResult } from '../export-result.js';
import { calendarObjects } from './calendars.js';
import { slaObjects } from './slas.js';
import { zammadEscalationTriggers } from './escalation-triggers.js';
import { textModuleObjects, zammadGroupObjects, zammadTriggerObjects } from './triggers-and-texts.js';

export function zammadExport(view: PolicyView): ExportResult {
  const slas = slaObjects(view);
  return exportResult('zammad', [
    calendarObjects(view.schedules, slas.aroundTheClock),
    slas,
    { objects: zammadGroupObjects(view), findings: [] },
    zammadTriggerObjects(view),
    zammadEscalationTriggers(view),
    { objects: textModuleObjects(view), findings: [] },
  ]);
}
