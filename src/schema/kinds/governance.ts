import { z } from 'zod';
import { field } from '../field.js';
import { CADENCES } from '../../values/calendar-dates.js';
import { Duration, LocalDate, Name, Percent, PositivePercent, ref, Target } from '../primitives.js';

const Article = z.strictObject({
  title: field(z.string().min(1), 'Title', 'Article title; must follow the naming pattern.', 'KB - Troubleshooting - Password Reset'),
  owner: field(Name, 'Owner', 'The team or role that keeps the article correct.', 'knowledge-owner').optional(),
  tags: field(z.array(ref('Tag', 'A tag the article answers.', 'account-access')), 'Tags', 'The tags whose tickets this article helps with.', ['account-access']),
  lastReviewed: field(LocalDate, 'Last reviewed', 'The date the owner last checked the article.', '2026-10-01'),
  url: field(z.string().min(1), 'URL', 'Where customers read the article.', 'https://help.example.com/password-reset').optional(),
  reviewCadence: field(z.enum(CADENCES), 'Review cadence', 'Overrides the knowledge base\'s cadence for this article.', 'quarterly').optional(),
});

const Decision = z.strictObject({
  date: field(LocalDate, 'Date', 'When it was decided.', '2026-09-14'),
  decision: field(z.string().min(1), 'Decision', 'What was decided.', 'Refunds over 500 EUR need a lead\'s approval.'),
  why: field(z.string().min(1), 'Why', 'The reason.', 'Two disputed refunds in Q2.'),
  owner: field(Name, 'Owner', 'The team or role that owns the decision.', 'support-lead'),
});

const Theme = z.strictObject({
  theme: field(z.string().min(1), 'Theme', 'A recurring ticket theme.', 'Password resets'),
  tags: field(z.array(ref('Tag', 'A tag of the theme.', 'account-access')).min(1), 'Tags', 'Tags that identify the theme; self-help must cover at least one.', ['account-access']),
});

export const KnowledgeBaseSpec = z.strictObject({
  namingPattern: field(z.string().min(1), 'Naming pattern', 'How article titles are written: {Placeholders} stand for any text, the rest is literal.', 'KB - {Category} - {Topic}'),
  categories: field(z.array(z.string().min(1)), 'Categories', 'Allowed values of the {Category} placeholder.', ['Troubleshooting', 'How-to', 'Billing']).optional(),
  reviewCadence: field(z.enum(CADENCES), 'Review cadence', 'How often every article must be reviewed.', 'monthly'),
  articles: field(z.array(Article), 'Articles', 'The articles, with owner and review date.', []),
  decisions: field(z.array(Decision), 'Decision log', 'What was decided, why, when and by whom.', []).optional(),
  topThemes: field(z.array(Theme), 'Top recurring themes', 'The most frequent ticket themes; each needs a self-help article.', []).optional(),
});
export type KnowledgeBaseSpec = z.infer<typeof KnowledgeBaseSpec>;

export const AI_TASKS = ['suggest-tags', 'draft-acknowledgement', 'recommend-articles', 'draft-reply', 'summarize', 'translate', 'send-reply', 'close-ticket'] as const;

const AllowedTask = z.strictObject({
  task: field(z.enum(AI_TASKS), 'Task', 'What the AI may do.', 'suggest-tags'),
  tags: field(z.array(ref('Tag', 'A tag (category) the task may act on.', 'billing')), 'Tags', 'The tags (categories) the task may act on; left out means all.', ['billing']).optional(),
});

const Criterion = z.strictObject({
  criterion: field(z.string().min(1), 'Criterion', 'What the reviewer scores.', 'Accuracy'),
  weight: field(PositivePercent, 'Weight', 'Share of the total score, above 0%; the weights add up to 100%.', '30%'),
  description: field(z.string().min(1), 'Description', 'What a full score looks like.', 'Every claim is correct and cites the knowledge base.').optional(),
});

export const AiGuardrailsSpec = z.strictObject({
  allowedTasks: field(z.array(AllowedTask), 'Allowed tasks', 'Low-risk tasks the AI may do.', [{ task: 'suggest-tags' }]),
  humanReview: field(z.array(ref('Tag', 'A sensitive category.', 'refund')), 'Human review', 'Sensitive categories (tags) where a person must review every AI output.', ['refund', 'account-access']),
  citeKnowledgeBase: field(z.boolean(), 'Cite the knowledge base', 'Drafts must cite the knowledge-base article they rely on.', true),
  sayUnknown: field(z.boolean(), 'Say unknown', 'Drafts say "unknown" when the AI cannot verify something.', true),
  qaRubric: field(z.array(Criterion), 'QA rubric', 'How reviewers score AI-assisted replies.', [{ criterion: 'Accuracy', weight: '30%' }]),
});
export type AiGuardrailsSpec = z.infer<typeof AiGuardrailsSpec>;

export const METRICS = ['first-response-time', 'next-response-time', 'resolution-time-median', 'resolution-time-p90', 'deflection-rate', 'csat', 'reopen-rate', 'sla-attainment'] as const;

const MetricTarget = z.strictObject({
  metric: field(z.enum(METRICS), 'Metric', 'What is measured.', 'first-response-time'),
  channel: field(ref('Channel', 'The channel measured.', 'email'), 'Channel', 'Restrict to one channel; left out means all.', 'email').optional(),
  tier: field(Name, 'Tier', 'Restrict to one SLA tier.', 'urgent').optional(),
  target: field(z.union([Target, Percent, Duration]), 'Target', 'The goal: a duration target for time metrics, a percentage for rates.', '90% within 1h'),
  direction: field(z.enum(['at-least', 'at-most']), 'Direction', 'Whether the measured value must stay at least or at most the target (rates only).', 'at-least').optional(),
});

export const MetricTargetsSpec = z.strictObject({
  reviewCadence: field(z.array(z.enum(CADENCES)).min(1), 'Review cadence', 'How often the metrics are reviewed.', ['monthly', 'quarterly']),
  owner: field(Name, 'Owner', 'The team or role that reviews the metrics.', 'support-lead').optional(),
  targets: field(z.array(MetricTarget).min(1), 'Targets', 'The metric targets.', [{ metric: 'csat', target: '90%', direction: 'at-least' }]),
});
export type MetricTargetsSpec = z.infer<typeof MetricTargetsSpec>;

