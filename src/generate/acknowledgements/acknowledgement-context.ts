/**
 * The variables an acknowledgement template gets, exactly as src/model/template-context.ts
 * declares them for the `acknowledgement` purpose, in one language: every value from that
 * language's catalog or from the policy's `translations` (locale/policy-words.ts, intake-words.ts).
 *
 * Intake rule (documented in docs/artifacts.md): one acknowledgement per channel and tier. A tag
 * belongs to it when its default tier is that tier and a team answering the channel handles the
 * tag (a team without a tag list handles every tag). `intakeFields` is the union of those tags'
 * requiredFields (tags by name, fields in the order written, each once); `articles` are the
 * knowledge-base articles with an http(s) URL and a public title tagged with any of those tags,
 * by public title (an article's `title` is internal and never reaches customer text). The ticket is not
 * necessarily tagged when it is acknowledged, so `tag` is empty ('' fields), and `intakeByTag`
 * keeps each tag's fields apart: a template can ask "if this is about a refund: …" instead of
 * asking every customer for every field.
 */
import type { Entity, Model } from '../../model/model.js';
import { slaPolicyOf, teamsServing } from '../../model/queries.js';
import { HELPDESK_PLACEHOLDERS, type Shape } from '../../model/template-context.js';
import { mdText, mdUrl } from '../escape/escape-markdown.js';
import { contactNoun } from '../disclosures/disclosure-sentences.js';
import { wordingOf, type ClockView, type TierView } from '../sla-views.js';
import { withinPhrase } from '../words/promise-words.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { channelWords, tierWords } from '../locale/policy-words.js';
import { channelPurpose, intakeGroups, linkedArticles, type IntakeGap, type IntakeGroup } from '../locale/intake-words.js';

export const INTAKE_RULE = 'One acknowledgement per channel and tier, except on phone channels (a call gets no written auto-reply), in each language the channel lists. Its tags are those whose defaultTier is the tier and that a team answering the channel handles (a team without a tag list handles every tag). tags lists them by name, and the index\'s tags list gives each one\'s requiredFields in written order; intakeFields is their union (each field once); articles are the positions, in the index\'s articles list, of the knowledge-base articles with an http(s) URL and a publicTitle tagged with any of them, by publicTitle (an article\'s title is internal).';

export interface AcknowledgementContext {
  channel: { name: string; displayName: string; purpose: string; hours: string; urgentPath: string };
  tier: { name: string; description: string; acknowledge: string; firstResponse: string; nextResponse: string };
  tag: { name: string; meaning: string; owner: string };
  intakeFields: string[];
  intakeByTag: IntakeGroup[];
  articles: { title: string; url: string }[];
  [placeholder: string]: unknown;
}

/** { id: '{{ticket.id}}', … }: the helpdesk fills these at send time, so they render as themselves. */
export function placeholders(shape: Record<string, Shape>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [key, value === true ? `{{${path}}}` : Array.isArray(value) ? [] : placeholders(value, path)];
    }),
  );
}

export function tagsFor(model: Model, channel: Entity<'Channel'>, tier: string): Entity<'Tag'>[] {
  const teams = teamsServing(model, channel.name);
  // One set of the teams' tags, not a scan of every team's list for each of thousands of tags.
  const handled = teams.some((t) => !t.spec.tags) ? undefined : new Set(teams.flatMap((t) => t.spec.tags ?? []));
  return model.tags.filter((tag) => tag.spec.defaultTier === tier && (!handled || handled.has(tag.name)));
}

/** The urgent path as "Name: where", in `p`'s language; undefined when its name has no words there. */
function urgentPathWords(model: Model, channel: Entity<'Channel'>, p: Phrases): string | undefined {
  if (!channel.spec.urgentPath) return '';
  const target = model.find('Channel', channel.spec.urgentPath);
  if (!target) return channel.spec.urgentPath;
  const words = channelWords(target, p.locale);
  return words && p.say('place.at', { name: words.displayName, location: words.location });
}

/** What follows from an acknowledgement's tags alone: the same for every channel and tier with those tags. */
export type Intake = Pick<AcknowledgementContext, 'intakeFields' | 'intakeByTag' | 'articles'>;

/** The intake in `locale`; what the policy lacks in that language goes to `gaps`. */
export function intakeOf(model: Model, tags: Entity<'Tag'>[], locale: string = ENGLISH.locale, gaps: IntakeGap[] = []): Intake {
  const groups = intakeGroups(tags, locale, gaps);
  return { intakeFields: [...new Set(groups.flatMap((g) => g.fields))], intakeByTag: groups, articles: linkedArticles(model, tags, locale, gaps) };
}

/**
 * The context in `p`'s language, or undefined when a word of the channel (its name, its
 * purpose, its urgent path's name) or of the tier has none there: missing-translation reports it.
 */
export function acknowledgementContext(model: Model, channel: Entity<'Channel'>, tier: TierView, clock: ClockView, tags: Entity<'Tag'>[], intake: Intake = intakeOf(model, tags), p: Phrases = ENGLISH): AcknowledgementContext | undefined {
  const policy = slaPolicyOf(model, channel);
  const wording = policy ? wordingOf(policy) : 'share';
  const noun = contactNoun(channel);
  const words = channelWords(channel, p.locale);
  const spec = policy?.spec.tiers.find((t) => t.name === tier.name);
  const tierText = spec ? tierWords(spec, p.locale) : { title: tier.name, description: tier.description };
  const urgentPath = urgentPathWords(model, channel, p);
  if (!words || !tierText || urgentPath === undefined) return undefined;
  return {
    // An untranslated purpose is left empty: the caller drops the language when its template uses it.
    channel: { name: channel.name, displayName: words.displayName, purpose: channelPurpose(channel, p.locale) ?? '', hours: clock.hours, urgentPath },
    // Each target as an honest phrase after "within": the share goes with the time (docs/customer-text.md).
    tier: {
      name: tier.name,
      description: tierText.description,
      acknowledge: tier.acknowledge ? withinPhrase(tier.acknowledge, wording, noun, p) : '',
      firstResponse: withinPhrase(tier.firstResponse, wording, noun, p),
      nextResponse: tier.nextResponse ? withinPhrase(tier.nextResponse, wording, noun, p) : '',
    },
    tag: { name: '', meaning: '', owner: '' },
    ...intake,
    ...placeholders(HELPDESK_PLACEHOLDERS),
  };
}

/** A context value with every string escaped as inline Markdown (arrays and objects all the way down). */
function escapedValue(value: unknown): unknown {
  if (typeof value === 'string') return mdText(value);
  if (Array.isArray(value)) return value.map(escapedValue);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapedValue(v)]));
  return value;
}

/** The intake escaped as markdownContext escapes it: article addresses encoded for a link destination. */
export function markdownIntake(intake: Intake): Intake {
  return {
    intakeFields: intake.intakeFields.map(mdText),
    intakeByTag: escapedValue(intake.intakeByTag) as IntakeGroup[],
    articles: intake.articles.map((a) => ({ title: mdText(a.title), url: mdUrl(a.url)! })),
  };
}

/**
 * The context as the template renders it into Markdown: policy text escaped (escape/escape-markdown.ts),
 * so `<script>`, `[x](javascript:…)` or a heading in a tag's field reads as the text it is;
 * the helpdesk placeholders left as they are. The intake (thousands of tags and articles in a
 * large organisation) is the same for every channel and tier with the same tags: a caller that
 * escaped it once passes it in.
 */
export function markdownContext(context: AcknowledgementContext, intake: Intake = markdownIntake(context)): AcknowledgementContext {
  const escapedOf = (k: string, v: unknown) => (k in HELPDESK_PLACEHOLDERS ? v : k in intake ? intake[k as keyof Intake] : escapedValue(v));
  return Object.fromEntries(Object.entries(context).map(([k, v]) => [k, escapedOf(k, v)])) as AcknowledgementContext;
}
