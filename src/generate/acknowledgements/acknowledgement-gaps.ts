/**
 * What a channel's acknowledgements in a language need beyond its disclosure's words
 * (policy-words.ts): a template in that language where the policy wrote its own English one,
 * and the words of the tags and articles they draw on. Shared by missing-translation (which
 * reports each gap) and the generator (which leaves the language out when there is one).
 */
import { cmp } from '../../values/order.js';
import { child, type Entity, type Model } from '../../model/model.js';
import { slaPolicyOf } from '../../model/queries.js';
import { catalogFor, DEFAULT_LOCALE } from '../locale/catalogs.js';
import { channelPurpose, intakeGroups, linkedArticles, type IntakeGap } from '../locale/intake-words.js';
import { tagsFor } from './acknowledgement-context.js';
import { policyTemplateFor, usesChannelPurpose } from './acknowledgement-templates.js';

/** Whether a channel's contacts are written, so an auto-reply has something to answer; it needs an SLA policy to state a time. */
export function writesAcknowledgements(model: Model, channel: Entity<'Channel'>): boolean {
  return channel.spec.medium !== 'phone' && slaPolicyOf(model, channel) !== undefined;
}

/**
 * The template gap: the policy has its own English acknowledgement template for the channel but
 * none in `locale`. The shipped default would silently replace the policy's words, so the
 * language waits for the policy's own translation instead.
 */
function templateGap(model: Model, channel: Entity<'Channel'>, locale: string): IntakeGap | undefined {
  const english = policyTemplateFor(model.templates, channel.name, DEFAULT_LOCALE);
  if (!english || policyTemplateFor(model.templates, channel.name, locale)) return undefined;
  const scope = english.spec.channels ? `, channels: [${channel.name}]` : '';
  return {
    at: child(english.at, 'body'),
    what: `the policy's own acknowledgement template '${english.name}'`,
    fix: `add a Template with purpose: acknowledgement, locale: ${locale}${scope} and its body in that language`,
  };
}

/** Everything the channel's acknowledgements in `locale` would show that has no words there; [] in English. */
export function acknowledgementGaps(model: Model, channel: Entity<'Channel'>, locale: string): IntakeGap[] {
  // Without a catalog the language cannot be written at all: policy-words.ts reports that once.
  if (locale === DEFAULT_LOCALE || Object.keys(catalogFor(locale)).length === 0 || !writesAcknowledgements(model, channel)) return [];
  const gaps: IntakeGap[] = [];
  const template = templateGap(model, channel, locale);
  if (template) gaps.push(template);
  const own = policyTemplateFor(model.templates, channel.name, locale);
  if (own?.spec.body && usesChannelPurpose(own.spec.body) && channelPurpose(channel, locale) === undefined) {
    gaps.push({ at: child(channel.at, 'purpose'), what: `the purpose of channel '${channel.name}' (template '${own.name}' uses it)`, fix: `add translations: { ${locale}: { purpose: … } } to the channel` });
  }
  const policy = slaPolicyOf(model, channel)!;
  const tags = [...new Set(policy.spec.tiers.flatMap((t) => tagsFor(model, channel, t.name)))].sort((a, b) => cmp(a.name, b.name));
  intakeGroups(tags, locale, gaps);
  linkedArticles(model, tags, locale, gaps);
  return gaps;
}
