/**
 * acknowledgements/<channel>/<tier>.md for every channel with an SLA policy and each of its
 * tiers, plus index.json. Phone channels get none: a call is answered by a person or queued
 * with a recorded message, and there is no written message to reply to. The index is the view:
 * it holds every rendered body, which the Markdown files carry and the diff compares.
 */
import type { Entity, Model } from '../../model/model.js';
import { slaPolicyOf } from '../../model/queries.js';
import type { Artifact, GenerateProblem, TemplateSource } from '../artifact.js';
import { clockOf, tiersOf } from '../sla-views.js';
import { markdownStamp } from '../stamp.js';
import { jsonText } from '../escape/escape-json.js';
import { acknowledgementContext, intakeOf, markdownContext, markdownIntake, tagsFor, type Intake } from './acknowledgement-context.js';
import { acknowledgementIndex, type DraftAcknowledgement } from './acknowledgement-index.js';
import { compileDefaultTemplate, compilePolicyTemplate, policyTemplateFor, renderProblem, tidy, type CompiledTemplate } from './acknowledgement-templates.js';
import type { Acknowledgements } from './acknowledgements-shape.js';

const NO_POLICY = 'The channel has no SLA policy, so there is no response time to confirm.';
const PHONE = 'A phone call gets no written auto-reply.';

/** Whether a channel's contacts are written, so an auto-reply has something to answer. */
function writesAcknowledgements(channel: Entity<'Channel'>): boolean {
  return channel.spec.medium !== 'phone';
}

/** Every acknowledgement, rendered, with the channels that get none and why. */
export function acknowledgementViews(model: Model, policyHash: string, defaultTemplate: TemplateSource, problems: GenerateProblem[]): Acknowledgements {
  const compiled = new Map<string, CompiledTemplate | undefined>();
  const templateFor = (channel: Entity<'Channel'>) => {
    const policyTemplate = policyTemplateFor(model.templates, channel.name);
    const key = policyTemplate ? `policy:${policyTemplate.name}` : 'default';
    if (!compiled.has(key)) compiled.set(key, policyTemplate ? compilePolicyTemplate(policyTemplate, problems) : compileDefaultTemplate(defaultTemplate, problems));
    return compiled.get(key);
  };
  // Channels answered by the same teams share their tags per tier, and all that follows from them.
  const intakes = new Map<string, { intake: Intake; escaped: Intake }>();
  const intakeFor = (tags: Entity<'Tag'>[]) => {
    const key = tags.map((t) => t.name).join('\n');
    let found = intakes.get(key);
    if (!found) {
      const intake = intakeOf(model, tags);
      intakes.set(key, (found = { intake, escaped: markdownIntake(intake) }));
    }
    return found;
  };
  const drafts: DraftAcknowledgement[] = [];
  const without: Acknowledgements['withoutAcknowledgement'] = [];
  for (const channel of model.channels) {
    const policy = slaPolicyOf(model, channel);
    if (!writesAcknowledgements(channel) || !policy) {
      without.push({ channel: channel.name, reason: policy ? PHONE : NO_POLICY });
      continue;
    }
    const template = templateFor(channel);
    if (!template) continue;
    const clock = clockOf(model, policy);
    for (const tier of tiersOf(policy, clock)) {
      const tags = tagsFor(model, channel, tier.name);
      const intake = intakeFor(tags);
      const context = acknowledgementContext(model, channel, tier, clock, tags, intake.intake);
      let body: string;
      try {
        body = tidy(template.render(markdownContext(context, intake.escaped)));
      } catch (error) {
        // Strict mode throws on anything the static check missed; report it once, at the template.
        const problem = renderProblem(error, template);
        if (!problems.some((p) => p.message === problem.message && p.line === problem.line && p.column === problem.column)) problems.push(problem);
        continue;
      }
      const path = `acknowledgements/${channel.name}/${tier.name}.md`;
      drafts.push({
        entry: { channel: channel.name, tier: tier.name, path, template: { source: template.source, name: template.name }, tags: tags.map((t) => t.name), intakeFields: context.intakeFields, body },
        articles: context.articles,
      });
    }
  }
  return acknowledgementIndex(model, policyHash, drafts, without);
}

/** Each acknowledgement as Markdown (the policy hash first), then the index; one at a time, as they are written. */
export function* acknowledgementArtifacts(index: Acknowledgements): Generator<Artifact> {
  for (const a of index.acknowledgements) yield { path: a.path, contents: `${markdownStamp(index.policyHash)}\n\n${a.body}` };
  yield { path: 'acknowledgements/index.json', contents: jsonText(index) };
}
