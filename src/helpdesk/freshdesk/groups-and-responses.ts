/**
 * Teams as Freshdesk groups (each linked to its schedule's business hours), and Templates plus
 * the generated acknowledgements as canned responses in one "supportops" folder. Freshdesk's
 * auto-replies are not in the API this maps, so agents insert the acknowledgements by hand.
 */
import type { PolicyView } from '../policy-view.js';
import type { DesiredObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { markdownHtml } from '../html.js';
import { mapPlaceholders, type PlaceholderTable } from '../placeholders.js';
import { sectionsText } from '../template-text.js';

export const FRESHDESK_PLACEHOLDERS: PlaceholderTable = {
  'ticket.id': '{{ticket.id}}',
  'ticket.subject': '{{ticket.subject}}',
  'ticket.url': '{{ticket.url}}',
  'customer.name': '{{ticket.requester.name}}',
  'customer.email': '{{ticket.requester.email}}',
  'agent.name': '{{ticket.agent.name}}',
};

export const FOLDER = 'supportops';
const FOLDER_KEY = keyOf('canned_response_folder', FOLDER);

export function freshdeskGroupObjects(view: PolicyView, exportedHours: ReadonlySet<string>): DesiredObject[] {
  return view.teams.map((team) => {
    const key = keyOf('group', team.name);
    const refs: Record<string, string> = exportedHours.has(team.schedule) ? { business_hour_id: keyOf('business_hours', team.schedule) } : {};
    return { type: 'group', key, name: team.name, refs, payload: { name: team.name, description: withMarker(`supportops team ${team.name} (role ${team.role}).`, key) } };
  });
}

function response(title: string, markdown: string): DesiredObject {
  return {
    type: 'canned_response', key: keyOf('canned_response', title), name: title, refs: { folder_id: FOLDER_KEY },
    payload: { title, content_html: markdownHtml(mapPlaceholders(markdown, FRESHDESK_PLACEHOLDERS)), visibility: 0 },
  };
}

export function cannedResponseObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects: DesiredObject[] = [];
  for (const template of view.templates) {
    if (template.purpose === 'acknowledgement' || template.sections.length === 0) continue;
    objects.push(response(`${template.name} (${template.purpose})`, sectionsText(template)));
  }
  for (const ack of view.acknowledgements) objects.push(response(`Acknowledgement: ${ack.channel} (${ack.tier})`, ack.body));
  const first = view.acknowledgements[0];
  if (first) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: first.at, message: 'Freshdesk sends no auto-reply that supportops can configure through its API: the acknowledgements are exported as canned responses for agents to send (or to paste into the email notification settings).' });
  }
  if (objects.length > 0) objects.push({ type: 'canned_response_folder', key: FOLDER_KEY, name: FOLDER, refs: {}, payload: { name: FOLDER } });
  return { objects, findings };
}
