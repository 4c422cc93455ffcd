/**
 * Which Zendesk "via" a supportops channel medium arrives by (Zendesk's via types reference:
 * developer.zendesk.com/documentation/ticketing/reference-guides/via-types). Media with no via
 * type that says the same thing are reported where they matter, never guessed.
 */
import type { ChannelView } from '../policy-view.js';
import type { JsonObject, MappingFinding } from '../target.js';

export const VIA_BY_MEDIUM: Readonly<Record<string, { id: number; type: string }>> = {
  'web-form': { id: 0, type: 'web_form' },
  email: { id: 4, type: 'mail' },
  chat: { id: 29, type: 'chat' },
  phone: { id: 34, type: 'phone_call_inbound' },
};

export const MEDIUM_BY_VIA: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(VIA_BY_MEDIUM).map(([medium, via]) => [via.id, medium]));

/** `via_id is N` conditions for the channels, and a finding for each channel Zendesk cannot select. */
export function viaConditions(channels: readonly ChannelView[]): { conditions: JsonObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const ids = new Set<number>();
  for (const channel of channels) {
    const via = VIA_BY_MEDIUM[channel.medium];
    if (via) ids.add(via.id);
    else {
      findings.push({
        ruleId: 'helpdesk-lossy', severity: 'warn', at: { ...channel.at, pointer: `${channel.at.pointer}/medium` },
        message: `Zendesk has no via type for the ${channel.medium} channel '${channel.name}' that supportops can select on, so the exported SLA policy, priority and acknowledgement triggers do not cover it. Add conditions for it by hand in Zendesk (its via type depends on the integration).`,
      });
    }
  }
  return { conditions: [...ids].sort((a, b) => a - b).map((id) => ({ field: 'via_id', operator: 'is', value: id })), findings };
}
