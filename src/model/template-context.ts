/**
 * What each template purpose may refer to. The generators fill exactly these variables, so a
 * template that uses anything else would render wrong; `ticket`, `customer` and `agent` are
 * filled in by the helpdesk at send time and pass through untouched.
 */
import type { TemplateSpec } from '../schema/kinds/routing.js';

/** A leaf is true; an object lists its fields; a one-element array describes each item of a list. */
export type Shape = true | { [field: string]: Shape } | [Shape];

export const HELPDESK_PLACEHOLDERS: Record<string, Shape> = {
  ticket: { id: true, subject: true, url: true },
  customer: { name: true, email: true },
  agent: { name: true },
};

const channel: Shape = { name: true, displayName: true, purpose: true, hours: true, urgentPath: true };
const tier: Shape = { name: true, description: true, acknowledge: true, firstResponse: true, nextResponse: true };
const tag: Shape = { name: true, meaning: true, owner: true };
const sections: Shape = [{ heading: true, prompt: true, required: true }];

export const TEMPLATE_CONTEXT: Record<TemplateSpec['purpose'], Record<string, Shape>> = {
  acknowledgement: {
    channel, tier, tag,
    intakeFields: [true],
    intakeByTag: [{ name: true, about: true, meaning: true, fields: [true] }],
    articles: [{ title: true, url: true }],
    ...HELPDESK_PLACEHOLDERS,
  },
  intake: { channel, tag, sections, intakeFields: [true], ...HELPDESK_PLACEHOLDERS },
  handoff: { tag, tier, sections, ...HELPDESK_PLACEHOLDERS },
  'solved-note': { tag, sections, ...HELPDESK_PLACEHOLDERS },
};

/** Names of the top-level variables, for messages. */
export function contextNames(purpose: TemplateSpec['purpose']): string[] {
  return Object.keys(TEMPLATE_CONTEXT[purpose]).sort();
}
