/**
 * acknowledgements/<channel>/<tier>.md for every channel with an SLA policy and each of its
 * tiers, and <tier>.<locale>.md for each other language the channel lists, plus index.json. Phone
 * channels get none: a call is answered by a person or queued with a recorded message, and there
 * is no written message to reply to. The index is the view: it holds every rendered body, which
 * the Markdown files carry and the diff compares.
 */
import type { Entity, Model } from '../../model/model.js';
import { slaPolicyOf } from '../../model/queries.js';
import type { GenerateProblem, GenerateInput, OutputFile } from '../artifact.js';
import { clockOf, tiersOf } from '../sla-views.js';
import { markdownStamp } from '../stamp.js';
import { jsonTextParts } from '../escape/escape-json.js';
import { channelLocales, DEFAULT_LOCALE, isMultilingual, PhraseBook } from '../locale/catalogs.js';
import { translationGaps } from '../locale/policy-words.js';
import { acknowledgementContext, intakeOf, markdownContext, markdownIntake, tagsFor, type AcknowledgementContext, type Intake } from './acknowledgement-context.js';
import type { AcknowledgementBodies } from './acknowledgement-bodies.js';
import { acknowledgementGaps, writesAcknowledgements } from './acknowledgement-gaps.js';
import { acknowledgementIndex, type DraftAcknowledgement } from './acknowledgement-index.js';
import { compileDefaultTemplate, compilePolicyTemplate, policyTemplateFor, renderProblem, tidy, type CompiledTemplate } from './acknowledgement-templates.js';
import type { Acknowledgements } from './acknowledgements-shape.js';

const NO_POLICY = 'The channel has no SLA policy, so there is no response time to confirm.';
const PHONE = 'A phone call gets no written auto-reply.';

type Templates = GenerateInput['templates'];

/** The shipped default template for a language: its own, or its language's ("de-AT" reads "de"). */
function shippedDefault(templates: Templates, locale: string) {
  if (locale === DEFAULT_LOCALE) return templates.acknowledgement;
  const others = templates.localized ?? {};
  return others[locale] ?? others[locale.split('-')[0]!];
}

/** Compiles each template once per run; undefined when it has a problem (reported) or there is none for the language. */
function templateCache(model: Model, templates: Templates, problems: GenerateProblem[]) {
  const compiled = new Map<string, CompiledTemplate | undefined>();
  return (channel: Entity<'Channel'>, locale: string) => {
    const policyTemplate = policyTemplateFor(model.templates, channel.name, locale);
    const fallback = policyTemplate ? undefined : shippedDefault(templates, locale);
    const key = policyTemplate ? `policy:${policyTemplate.name}\n${policyTemplate.spec.locale ?? DEFAULT_LOCALE}` : `default:${fallback?.path ?? locale}`;
    if (!compiled.has(key)) compiled.set(key, policyTemplate ? compilePolicyTemplate(policyTemplate, problems) : fallback && compileDefaultTemplate(fallback, problems));
    return compiled.get(key);
  };
}

/** Whether every word of the channel's acknowledgements in `locale` is there (missing-translation reports what is not). */
function complete(model: Model, channel: Entity<'Channel'>, locale: string): boolean {
  if (locale === DEFAULT_LOCALE) return true;
  return translationGaps(model, channel, locale, channel.at).length === 0 && acknowledgementGaps(model, channel, locale).length === 0;
}

/** What every channel's drafts share in one run: phrases, intakes, rendered bodies, problems. */
interface Drafting {
  book: PhraseBook;
  intakeFor: (tags: Entity<'Tag'>[], locale: string) => { intake: Intake; escaped: Intake };
  bodies?: AcknowledgementBodies;
  problems: GenerateProblem[];
}

/** Channels answered by the same teams share their tags per tier, and the intake that follows from them. */
function sharedDrafting(model: Model, problems: GenerateProblem[], book: PhraseBook, bodies?: AcknowledgementBodies): Drafting {
  const intakes = new Map<string, { intake: Intake; escaped: Intake }>();
  const intakeFor = (tags: Entity<'Tag'>[], locale: string) => {
    const key = `${locale}\n${tags.map((t) => t.name).join('\n')}`;
    let found = intakes.get(key);
    if (!found) {
      const intake = intakeOf(model, tags, locale);
      intakes.set(key, (found = { intake, escaped: markdownIntake(intake) }));
    }
    return found;
  };
  return { book, intakeFor, problems, ...(bodies ? { bodies } : {}) };
}

/**
 * Every acknowledgement, rendered, with the channels that get none and why. With `bodies`, a
 * body already rendered from the same template and context (by another version's run) is reused.
 */
export function acknowledgementViews(model: Model, policyHash: string, templates: Templates, problems: GenerateProblem[], book = new PhraseBook(), bodies?: AcknowledgementBodies): Acknowledgements {
  const templateFor = templateCache(model, templates, problems);
  const drafting = sharedDrafting(model, problems, book, bodies);
  const drafts: DraftAcknowledgement[] = [];
  const without: Acknowledgements['withoutAcknowledgement'] = [];
  for (const channel of model.channels) {
    if (!writesAcknowledgements(model, channel)) {
      without.push({ channel: channel.name, reason: slaPolicyOf(model, channel) ? PHONE : NO_POLICY });
      continue;
    }
    for (const locale of channelLocales(channel)) {
      const template = complete(model, channel, locale) ? templateFor(channel, locale) : undefined;
      if (template) drafts.push(...channelDrafts(model, channel, locale, template, drafting));
    }
  }
  return acknowledgementIndex(model, policyHash, drafts, without);
}

/** The body of one acknowledgement; a render failure is reported once, at the template, and gives none. */
function bodyOf(template: CompiledTemplate, context: AcknowledgementContext, escaped: Intake, drafting: Drafting): string | undefined {
  const markdown = markdownContext(context, escaped);
  const render = () => tidy(template.render(markdown));
  try {
    return drafting.bodies ? drafting.bodies.body(template, markdown, escaped, render) : render();
  } catch (error) {
    // Strict mode throws on anything the static check missed; report it once, at the template.
    const problem = renderProblem(error, template);
    const { problems } = drafting;
    if (!problems.some((q) => q.message === problem.message && q.line === problem.line && q.column === problem.column)) problems.push(problem);
    return undefined;
  }
}

/** One channel's acknowledgements in one language, every tier or none: a language is written whole or not at all. */
function channelDrafts(model: Model, channel: Entity<'Channel'>, locale: string, template: CompiledTemplate, drafting: Drafting): DraftAcknowledgement[] {
  const p = drafting.book.get(locale);
  const missingBefore = p.misses;
  const policy = slaPolicyOf(model, channel)!;
  const clock = clockOf(model, policy, p);
  const drafts: DraftAcknowledgement[] = [];
  for (const tier of tiersOf(policy, clock, p)) {
    const tags = tagsFor(model, channel, tier.name);
    const intake = drafting.intakeFor(tags, locale);
    const context = acknowledgementContext(model, channel, tier, clock, tags, intake.intake, p);
    if (!context) return [];
    const body = bodyOf(template, context, intake.escaped, drafting);
    if (body === undefined) continue;
    const english = locale === DEFAULT_LOCALE;
    const path = `acknowledgements/${channel.name}/${tier.name}${english ? '' : `.${locale}`}.md`;
    drafts.push({
      entry: {
        channel: channel.name, tier: tier.name, ...(isMultilingual(channel) ? { locale } : {}), path, template: { source: template.source, name: template.name },
        tags: tags.map((t) => t.name), intakeFields: context.intakeFields, body,
      },
      articles: context.articles,
    });
  }
  return p.misses > missingBefore ? [] : drafts;
}

/**
 * Each acknowledgement as Markdown (the policy hash first), then the index; one at a time, as
 * they are written. The index repeats every body, so it is written one acknowledgement at a time
 * too: whole, it was 67 MB of text at twice the benchmark organisation's size, held several times over.
 */
export function* acknowledgementArtifacts(index: Acknowledgements): Generator<OutputFile> {
  for (const a of index.acknowledgements) yield { path: a.path, contents: `${markdownStamp(index.policyHash)}\n\n${a.body}`, ...(a.locale ? { locale: a.locale } : {}) };
  yield { path: 'acknowledgements/index.json', parts: () => jsonTextParts(index.acknowledgements, (acknowledgements) => ({ ...index, acknowledgements })) };
}
