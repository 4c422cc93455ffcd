import { z } from 'zod';
import { field, jsonSchemaOnly } from '../field.js';
import { CADENCES } from '../../values/calendar-dates.js';
import { Duration, LocalDate, Locale, MAX_LOCALES, Name, Percent, PositivePercent, ref, Target, text } from '../primitives.js';

const Article = z.strictObject({
  title: field(text('short'), 'Internal title', 'The article\'s title in the knowledge base, following the naming pattern. Internal: customer text never shows it; it shows `publicTitle`.', 'KB - Troubleshooting - Password Reset'),
  publicTitle: field(text('short'), 'Public title', 'The title customers see on the help centre. Acknowledgements link an article (with a `url`) only when it has one, since `title` is internal.', 'Reset your password').optional(),
  owner: field(Name, 'Owner', 'The team or role that keeps the article correct.', 'knowledge-owner').optional(),
  tags: field(z.array(ref('Tag', 'A tag the article answers.', 'account-access')).max(50), 'Tags', 'The tags whose tickets this article helps with (at most 50).', ['account-access']),
  lastReviewed: field(LocalDate, 'Last reviewed', 'The date the owner last checked the article.', '2026-10-01'),
  url: field(text('url'), 'URL', 'Where customers read the article: an http(s) address, or it is not linked from customer text.', 'https://help.example.com/password-reset').optional(),
  reviewCadence: field(z.enum(CADENCES), 'Review cadence', 'Overrides the knowledge base\'s cadence for this article.', 'quarterly').optional(),
  translations: field(
    jsonSchemaOnly(
      z.record(Locale, z.strictObject({
        publicTitle: field(text('short'), 'Public title', 'The title customers see in this language.', 'Passwort zurücksetzen'),
        url: field(text('url'), 'URL', 'The article in this language, when it has its own address; without it the link goes to `url`.', 'https://help.example.com/de/password-reset').optional(),
      })),
      { maxProperties: MAX_LOCALES },
    ),
    'Translations',
    'The article\'s public title in each language a channel lists (Channel locales), by language tag. Needed for a language when an acknowledgement in it links the article (missing-translation).',
    { de: { publicTitle: 'Passwort zurücksetzen' } },
  ).optional(),
});

const Decision = z.strictObject({
  date: field(LocalDate, 'Date', 'When it was decided.', '2026-09-14'),
  decision: field(text('long'), 'Decision', 'What was decided.', 'Refunds over 500 EUR need a lead\'s approval.'),
  why: field(text('long'), 'Why', 'The reason.', 'Two disputed refunds in Q2.'),
  owner: field(Name, 'Owner', 'The team or role that owns the decision.', 'support-lead'),
});

const Theme = z.strictObject({
  theme: field(text('short'), 'Theme', 'A recurring ticket theme.', 'Password resets'),
  tags: field(z.array(ref('Tag', 'A tag of the theme.', 'account-access')).min(1).max(50), 'Tags', 'Tags that identify the theme; self-help must cover at least one.', ['account-access']),
});

export const KnowledgeBaseSpec = z.strictObject({
  namingPattern: field(text('short'), 'Naming pattern', 'How article titles are written: {Placeholders} stand for any text, the rest is literal.', 'KB - {Category} - {Topic}'),
  categories: field(z.array(text('short')).max(100), 'Categories', 'Allowed values of the {Category} placeholder (at most 100).', ['Troubleshooting', 'How-to', 'Billing']).optional(),
  reviewCadence: field(z.enum(CADENCES), 'Review cadence', 'How often every article must be reviewed.', 'monthly'),
  articles: field(z.array(Article).max(5_000), 'Articles', 'The articles, with owner and review date (at most 5,000).', []),
  decisions: field(z.array(Decision).max(1_000), 'Decision log', 'What was decided, why, when and by whom (at most 1,000).', []).optional(),
  topThemes: field(z.array(Theme).max(200), 'Top recurring themes', 'The most frequent ticket themes (at most 200); each needs a self-help article.', []).optional(),
});
export type KnowledgeBaseSpec = z.infer<typeof KnowledgeBaseSpec>;

export const AI_TASKS = ['suggest-tags', 'draft-acknowledgement', 'recommend-articles', 'draft-reply', 'summarize', 'translate', 'send-reply', 'close-ticket'] as const;

const AllowedTask = z.strictObject({
  task: field(z.enum(AI_TASKS), 'Task', 'What the AI may do.', 'suggest-tags'),
  tags: field(z.array(ref('Tag', 'A tag (category) the task may act on.', 'billing')).max(500), 'Tags', 'The tags (categories) the task may act on; left out means all.', ['billing']).optional(),
});

const Criterion = z.strictObject({
  criterion: field(text('short'), 'Criterion', 'What the reviewer scores.', 'Accuracy'),
  weight: field(PositivePercent, 'Weight', 'Share of the total score, above 0%; the weights add up to 100%.', '30%'),
  description: field(text('long'), 'Description', 'What a full score looks like.', 'Every claim is correct and cites the knowledge base.').optional(),
});

export const AiGuardrailsSpec = z.strictObject({
  allowedTasks: field(z.array(AllowedTask).max(50), 'Allowed tasks', 'Low-risk tasks the AI may do (at most 50).', [{ task: 'suggest-tags' }]),
  humanReview: field(z.array(ref('Tag', 'A sensitive category.', 'refund')).max(500), 'Human review', 'Sensitive categories (tags) where a person must review every AI output (at most 500).', ['refund', 'account-access']),
  citeKnowledgeBase: field(z.boolean(), 'Cite the knowledge base', 'Drafts must cite the knowledge-base article they rely on.', true),
  sayUnknown: field(z.boolean(), 'Say unknown', 'Drafts say "unknown" when the AI cannot verify something.', true),
  qaRubric: field(z.array(Criterion).max(50), 'QA rubric', 'How reviewers score AI-assisted replies (at most 50 criteria).', [{ criterion: 'Accuracy', weight: '30%' }]),
});
export type AiGuardrailsSpec = z.infer<typeof AiGuardrailsSpec>;

export const METRICS = ['first-response-time', 'next-response-time', 'resolution-time-median', 'resolution-time-p90', 'deflection-rate', 'csat', 'reopen-rate', 'sla-attainment'] as const;

const MetricTarget = z.strictObject({
  metric: field(z.enum(METRICS), 'Metric', 'What is measured.', 'first-response-time'),
  channel: field(ref('Channel', 'The channel measured.', 'email'), 'Channel', 'Restrict to one channel; left out means all.', 'email').optional(),
  tier: field(Name, 'Tier', 'Restrict to one SLA tier.', 'urgent').optional(),
  target: field(z.union([Target, Percent, Duration]), 'Target', 'The goal: a duration target for time metrics (at most 365d), a percentage for rates.', '90% within 1h'),
  direction: field(z.enum(['at-least', 'at-most']), 'Direction', 'Whether the measured value must stay at least or at most the target (rates only).', 'at-least').optional(),
});

export const MetricTargetsSpec = z.strictObject({
  reviewCadence: field(z.array(z.enum(CADENCES)).min(1).max(10), 'Review cadence', 'How often the metrics are reviewed.', ['monthly', 'quarterly']),
  owner: field(Name, 'Owner', 'The team or role that reviews the metrics.', 'support-lead').optional(),
  targets: field(z.array(MetricTarget).min(1).max(200), 'Targets', 'The metric targets (at most 200).', [{ metric: 'csat', target: '90%', direction: 'at-least' }]),
});
export type MetricTargetsSpec = z.infer<typeof MetricTargetsSpec>;

