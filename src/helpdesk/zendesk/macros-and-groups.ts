/**
 * Teams as Zendesk groups, and Templates (other than acknowledgements, which become triggers)
 * as macros that add the template's sections to a reply for the agent to fill in.
 */
import type { PolicyView } from '../policy-view.js';
import type { DesiredObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { sectionsText } from '../template-text.js';

export function groupObjects(view: PolicyView): DesiredObject[] {
  return view.teams.map((team) => {
    const key = keyOf('group', team.name);
    return { type: 'group', key, name: team.name, refs: {}, payload: { name: team.name, description: withMarker(`supportops team ${team.name} (role ${team.role}).`, key) } };
  });
}

export function macroObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects: DesiredObject[] = [];
  for (const template of view.templates) {
    if (template.purpose === 'acknowledgement') continue;
    if (template.sections.length === 0) {
      findings.push({ ruleId: 'helpdesk-unsupported', severity: 'info', at: template.at, message: `Template '${template.name}' has no sections, so there is no macro text to export; its Handlebars body needs the policy's context and stays in supportops.` });
      continue;
    }
    const key = keyOf('macro', template.name);
    objects.push({
      type: 'macro', key, name: template.name, refs: {},
      payload: {
        title: `${template.name} (${template.purpose})`,
        active: true,
        description: withMarker(`The sections of supportops ${template.purpose} template ${template.name}.`, key),
        actions: [{ field: 'comment_value', value: sectionsText(template) }],
      },
    });
  }
  return { objects, findings };
}
