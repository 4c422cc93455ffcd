/**
 * The customer-facing sentences of one policy version, read from the generator's view objects
 * (the disclosures and acknowledgements `supportops build` renders to files), so the diff
 * shows exactly what customers will read.
 */
import { customerViews, policyHash, type Disclosure, type GenerateInput, type SharedRendering } from '../generate/generate-artifacts.js';
import { DEFAULT_LOCALE } from '../generate/locale/catalogs.js';
import type { PolicyFile } from '../load/files.js';
import type { Model } from '../model/model.js';

/** One sentence of a channel's disclosure: `field` names it, `tier` when it states a tier's promise. */
export interface Sentence {
  field: string;
  tier?: string;
  text: string;
}

export interface ChannelTexts {
  /** Keyed by field (and tier), in the disclosure's order. */
  disclosure: Map<string, Sentence>;
  /** Acknowledgement body by tier, most urgent first. */
  acknowledgements: Map<string, string>;
}

export type CustomerTexts = { ok: true; channels: Map<string, ChannelTexts> } | { ok: false; reason: string };

function sentences(d: Disclosure): Map<string, Sentence> {
  const out = new Map<string, Sentence>();
  const add = (field: string, text: string | null | undefined, tier?: string) => {
    if (text) out.set(tier === undefined ? field : `${field}\u0000${tier}`, { field, text, ...(tier === undefined ? {} : { tier }) });
  };
  add('title', d.title);
  add('notice', d.notice);
  add('urgent path', d.urgent?.text);
  for (const tier of d.tiers) add('tier', tier.sentence, tier.name);
  add('pauses', d.pauses);
  add('hours', d.hours);
  for (const zone of d.customerTimeZones) add(`hours in ${zone.timeZone}`, zone.text);
  return out;
}

/**
 * Renders one version; template problems mean there is no text to compare, which the diff says.
 * Both versions of a diff pass the same `shared`: the phrases are compiled once, and an
 * acknowledgement the base rendered from the same template and context is not rendered again.
 */
export function customerTexts(model: Model, files: readonly PolicyFile[], asOf: string, templates: GenerateInput['templates'], shared: SharedRendering = {}): CustomerTexts {
  // Only what customers read: the routing guide and the report are not needed here.
  const views = customerViews({ model, policyHash: policyHash(files), asOf, templates }, shared, 'compared');
  if (views.problems.length > 0) return { ok: false, reason: views.problems[0]!.message };
  const channels = new Map<string, ChannelTexts>();
  // The policy's English text: other languages say the same promises from the same fields (docs/locales.md).
  for (const disclosure of views.disclosures) {
    if (!disclosure.locale || disclosure.locale === DEFAULT_LOCALE) channels.set(disclosure.channel, { disclosure: sentences(disclosure), acknowledgements: new Map() });
  }
  // English only, as for the disclosures: a change of promise shows once, whatever the languages (docs/locales.md).
  for (const entry of views.acknowledgements.acknowledgements) if (!entry.locale || entry.locale === DEFAULT_LOCALE) channels.get(entry.channel)?.acknowledgements.set(entry.tier, entry.body);
  return { ok: true, channels };
}
