/** acknowledgements/index.json (schemas/acknowledgements.schema.json): every auto-acknowledgement, for helpdesks and widgets. */
import { z } from 'zod';
import { described, list, text } from '../artifact-fields.js';
import { envelope } from '../shared-shapes.js';

export const ACKNOWLEDGEMENTS_SCHEMA = 'acknowledgements.schema.json';
/** 2: tags and articles listed once and referred to (version 1 repeated them in every acknowledgement). */
export const ACKNOWLEDGEMENTS_FORMAT_VERSION = 2;

const BODY = [
  '# Thanks, we have your request',
  '',
  'Hi {{customer.name}},',
  '',
  'We have your request ({{ticket.id}}) and reply to requests like yours within 4 business hours (Monday–Friday 08:00–18:00 London time).',
  '',
  'To help us answer faster, please reply with what applies:',
  '',
  '- If this is about payment failure:',
  '  - Invoice number',
  '  - Last four digits of the card',
  '- If this is about refund:',
  '  - Invoice number',
  '  - Reason for the refund',
  '',
].join('\n');

const Acknowledgement = z.strictObject({
  channel: text('Channel', 'The channel\'s name.', 'email'),
  tier: text('Tier', 'The SLA tier\'s name (an id for tools; customer text states the times in words instead).', 'high'),
  locale: described(z.string().optional(), 'Locale', 'The language of the text, as listed in the channel\'s `locales`; present only when the channel lists `locales`, absent for a channel that does not (English). Each language of a channel is listed whole or not at all.', 'de'),
  path: text('Path', 'The Markdown file, relative to the output folder: acknowledgements/<channel>/<tier>.md in English, acknowledgements/<channel>/<tier>.<locale>.md in another language.', 'acknowledgements/email/high.md'),
  template: described(
    z.strictObject({
      source: described(z.enum(['policy', 'default']), 'Source', 'policy: a Template document with purpose acknowledgement; default: the template that ships with supportops.', 'policy'),
      name: text('Name', 'The Template document\'s name, or the default template\'s path in the supportops package (templates/acknowledgement.hbs).', 'acknowledgement'),
    }),
    'Template',
    'The template the text was rendered from.',
  ),
  tags: list('Tags', 'The tags whose default tier is this tier and that a team answering the channel handles, by name; the index\'s tags list gives each one\'s required fields.', ['payment-failure', 'refund']),
  intakeFields: list(
    'Intake fields',
    'Every field those tags require, each once, tags by name and fields in the order written: one list for templates that want it.',
    ['Invoice number', 'Last four digits of the card', 'Reason for the refund'],
  ),
  articles: described(
    z.array(z.number().int().min(0)),
    'Articles',
    'The knowledge-base articles with a URL tagged with any of the tags, as positions (from 0) in the index\'s articles list, which is in title order; empty when none.',
    [0, 2],
  ),
  body: text(
    'Body',
    'The rendered Markdown, without the policy-hash comment the file starts with. {{ticket.id}}, {{customer.name}} and the other helpdesk placeholders are left as written, for the helpdesk to fill.',
    BODY,
  ),
});

export const AcknowledgementsShape = z
  .strictObject({
    ...envelope(ACKNOWLEDGEMENTS_SCHEMA, ACKNOWLEDGEMENTS_FORMAT_VERSION),
    intakeRule: text(
      'Intake rule',
      'How the tags, intake fields and articles of each acknowledgement are chosen, in words.',
      'One acknowledgement per channel and tier, except on phone channels (a call gets no written auto-reply). Its tags are those whose defaultTier is the tier and that a team answering the channel handles (a team without a tag list handles every tag).',
    ),
    acknowledgements: described(
      z.array(Acknowledgement),
      'Acknowledgements',
      'One per channel with an SLA policy (phone channels excepted), language the channel lists, and tier: channels by name, then languages in the order the channel lists them, tiers most urgent first.',
    ),
    tags: described(
      z.array(z.strictObject({
        name: text('Name', 'The tag\'s name.', 'refund'),
        fields: list('Fields', 'The fields the tag requires (its requiredFields), in the order written, each once; empty when none.', ['Invoice number', 'Reason for the refund']),
      })),
      'Tags',
      'Every tag an acknowledgement lists, once, by name, with its intake fields as the policy writes them (in English; other languages\' fields are in their bodies): acknowledgements refer to tags by name instead of repeating their fields.',
      [{ name: 'payment-failure', fields: ['Invoice number', 'Last four digits of the card'] }, { name: 'refund', fields: ['Invoice number', 'Reason for the refund'] }],
    ),
    articles: described(
      z.array(z.strictObject({
        title: text('Title', 'The article\'s title.', 'KB - Billing - Failed Card Payments'),
        url: text('URL', 'The article\'s address.', 'https://help.lumen.example/failed-payments'),
      })),
      'Articles',
      'Every article an acknowledgement refers to, once, by title (then URL), each language\'s title its own entry: acknowledgements refer to them by position.',
    ),
    withoutAcknowledgement: described(
      z.array(z.strictObject({
        channel: text('Channel', 'The channel\'s name.', 'urgent-line'),
        reason: text('Reason', 'Why it gets none, in plain words.', 'A phone call gets no written auto-reply.'),
      })),
      'Without acknowledgement',
      'Channels that get no acknowledgement, by name, and why: phone channels (a call gets no written auto-reply) and channels without an SLA policy.',
    ),
  })
  .meta({ title: 'supportops acknowledgements', description: 'Auto-acknowledgements per channel and tier, generated by `supportops build`.' });

export type Acknowledgements = z.infer<typeof AcknowledgementsShape>;
export type AcknowledgementEntry = Acknowledgements['acknowledgements'][number];
