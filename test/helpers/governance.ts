/**
 * Governance documents the starter set does not have: a knowledge base, AI guardrails (with the
 * sensitive tags they name) and metric targets. Each is realistic and clean on the starter set,
 * so a test edits one line and sees one finding.
 */
import { starter, type FileSet } from './policies.js';

export const KNOWLEDGE_BASE = `apiVersion: supportops/v1
kind: KnowledgeBase
metadata:
  name: help-centre
spec:
  namingPattern: KB - {Category} - {Topic}
  categories: [Troubleshooting, How-to, Billing]
  reviewCadence: monthly
  articles:
    - title: KB - Troubleshooting - Password Reset
      owner: support-team
      tags: [question]
      lastReviewed: 2026-11-02
      url: https://help.example.com/password-reset
    - title: KB - Troubleshooting - Service Status
      owner: incident-engineer
      tags: [outage]
      lastReviewed: 2026-09-01
      reviewCadence: quarterly
      url: https://help.example.com/status
  decisions:
    - date: 2026-10-05
      decision: The urgent line is for outages and security issues only.
      why: Routine calls kept the incident rota away from outages.
      owner: incident-engineer
  topThemes:
    - { theme: Password resets, tags: [question] }
    - { theme: Outages, tags: [outage] }
`;

export const SENSITIVE_TAGS = `apiVersion: supportops/v1
kind: Tag
metadata:
  name: refund
spec:
  meaning: The customer asks for money back.
  owner: support-team
  defaultTier: standard
  requiredFields: [Invoice number]
---
apiVersion: supportops/v1
kind: Tag
metadata:
  name: account-access
spec:
  meaning: The customer cannot sign in to their account.
  owner: support-team
  defaultTier: standard
  requiredFields: [Account email]
`;

export const AI_GUARDRAILS = `apiVersion: supportops/v1
kind: AiGuardrails
metadata:
  name: assistant
spec:
  allowedTasks:
    - task: suggest-tags
    - task: recommend-articles
    - task: draft-acknowledgement
      tags: [question, outage]
    - task: draft-reply
      tags: [question]
  humanReview: [refund, account-access]
  citeKnowledgeBase: true
  sayUnknown: true
  qaRubric:
    - { criterion: Accuracy, weight: 30% }
    - { criterion: Clarity, weight: 20% }
    - { criterion: Next steps, weight: 20% }
    - { criterion: Empathy, weight: 15% }
    - { criterion: Policy compliance, weight: 15% }
`;

export const METRIC_TARGETS = `apiVersion: supportops/v1
kind: MetricTargets
metadata:
  name: support-metrics
spec:
  reviewCadence: [monthly, quarterly]
  owner: support-team
  targets:
    - { metric: first-response-time, channel: email, tier: urgent, target: 90% within 1h }
    - { metric: first-response-time, channel: email, tier: standard, target: 90% within 8h }
    - { metric: resolution-time-median, tier: standard, target: 2d }
    - { metric: csat, target: 90%, direction: at-least }
`;

/** The starter set plus governance/knowledge-base.yaml. */
export function withKnowledgeBase(set: FileSet = starter()): FileSet {
  return { ...set, 'governance/knowledge-base.yaml': KNOWLEDGE_BASE };
}

/** The starter set plus governance/ai-guardrails.yaml and the sensitive tags it names (sensitive-tags.yaml). */
export function withAiGuardrails(set: FileSet = starter()): FileSet {
  return { ...set, 'sensitive-tags.yaml': SENSITIVE_TAGS, 'governance/ai-guardrails.yaml': AI_GUARDRAILS };
}

/** The starter set plus governance/metrics.yaml. */
export function withMetricTargets(set: FileSet = starter()): FileSet {
  return { ...set, 'governance/metrics.yaml': METRIC_TARGETS };
}
