/** The policy kinds of apiVersion supportops/v1: one zod definition each, the single source of types and JSON Schemas. */
import { z } from 'zod';
import { field, jsonSchemaOnly } from '../field.js';
import { Name, PLAIN_TEXT, TEXT_LIMITS } from '../primitives.js';
import { ChannelSpec, SlaPolicySpec } from './channels.js';
import { Effective, EFFECTIVE_DESCRIPTION } from './effective.js';
import { SPEC_EXAMPLES } from './examples.js';
import { AiGuardrailsSpec, KnowledgeBaseSpec, MetricTargetsSpec } from './governance.js';
import { RoleSpec, TeamSpec } from './people.js';
import { EscalationTriggerSpec, TagSpec, TemplateSpec } from './routing.js';
import { ScheduleSpec } from './schedule.js';

export const API_VERSION = 'supportops/v1';

export const SPECS = {
  Schedule: { spec: ScheduleSpec, file: 'schedule', description: 'Business hours in one time zone: weekly hours, holidays and date overrides.' },
  Role: { spec: RoleSpec, file: 'role', description: 'A support role, such as tier-1 async agent, specialist, knowledge owner or QA reviewer.' },
  Team: { spec: TeamSpec, file: 'team', description: 'People in one role working one schedule, with their productivity and the channels and tags they serve.' },
  Channel: { spec: ChannelSpec, file: 'channel', description: 'A way customers reach support: what it is for, how it looks, its SLA and its demand.' },
  SlaPolicy: { spec: SlaPolicySpec, file: 'sla-policy', description: 'Response-time tiers measured on a business-hours or calendar clock.' },
  Tag: { spec: TagSpec, file: 'tag', description: 'A ticket tag: what it means, who owns it, its default tier and the intake fields it needs.' },
  EscalationTrigger: { spec: EscalationTriggerSpec, file: 'escalation-trigger', description: 'What counts as urgent, the tier it raises to, who takes it and how fast, and the synchronous path.' },
  Template: { spec: TemplateSpec, file: 'template', description: 'A text template: intake, handoff, solved-ticket note or acknowledgement.' },
  KnowledgeBase: { spec: KnowledgeBaseSpec, file: 'knowledge-base', description: 'Knowledge-base governance: naming, review cadence, articles, decision log and top themes.' },
  AiGuardrails: { spec: AiGuardrailsSpec, file: 'ai-guardrails', description: 'What AI may do, which categories need human review, and the QA rubric.' },
  MetricTargets: { spec: MetricTargetsSpec, file: 'metric-targets', description: 'Metric targets and how often they are reviewed.' },
} as const;

export type Kind = keyof typeof SPECS;
export const KINDS = Object.keys(SPECS).sort() as Kind[];

const Metadata = z.strictObject({
  name: field(Name, 'Name', 'Unique name of this document within its kind; other documents refer to it by this name.', 'billing-specialists'),
  description: field(z.string().max(TEXT_LIMITS.long).regex(PLAIN_TEXT.pattern), 'Description', 'A note for people reading the policy. Internal: never shown in customer text.', 'Billing and refunds, EMEA hours.').optional(),
  labels: field(jsonSchemaOnly(z.record(z.string().max(63), z.string().max(TEXT_LIMITS.short).regex(PLAIN_TEXT.pattern)), { maxProperties: 50 }), 'Labels', 'Free-form key/value labels (at most 50). Internal: never shown in customer text.', { region: 'emea' }).optional(),
});

/** The full document schema of one kind: the envelope plus that kind's spec. */
export function documentSchema(kind: Kind) {
  const { spec, description } = SPECS[kind];
  return z
    .strictObject({
      apiVersion: field(z.literal(API_VERSION), 'API version', 'The policy language version.', API_VERSION),
      kind: field(z.literal(kind), 'Kind', 'What this document describes.', kind),
      metadata: field(Metadata, 'Metadata', 'The document\'s name and notes.', { name: 'example' }),
      effective: field(Effective, 'Effective', EFFECTIVE_DESCRIPTION, { from: '2027-01-04' }).optional(),
      spec: field(spec, 'Spec', description, SPEC_EXAMPLES[kind]),
    })
    .meta({ title: `supportops ${kind}`, description });
}

export type SpecOf<K extends Kind> = z.infer<(typeof SPECS)[K]['spec']>;
