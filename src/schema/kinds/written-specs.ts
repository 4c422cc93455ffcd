/** Each kind's spec as written, by kind: what the schemas accept and the examples show (the model parses it further). */
import type { ChannelSpec, SlaPolicySpec } from './channels.js';
import type { AiGuardrailsSpec, KnowledgeBaseSpec, MetricTargetsSpec } from './governance.js';
import type { RoleSpec, TeamSpec } from './people.js';
import type { EscalationTriggerSpec, TagSpec, TemplateSpec } from './routing.js';
import type { ScheduleSpec } from './schedule.js';

export interface WrittenSpecs {
  Schedule: ScheduleSpec;
  Role: RoleSpec;
  Team: TeamSpec;
  Channel: ChannelSpec;
  SlaPolicy: SlaPolicySpec;
  Tag: TagSpec;
  EscalationTrigger: EscalationTriggerSpec;
  Template: TemplateSpec;
  KnowledgeBase: KnowledgeBaseSpec;
  AiGuardrails: AiGuardrailsSpec;
  MetricTargets: MetricTargetsSpec;
}
