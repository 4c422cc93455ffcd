import { addDocs, edit, starter } from '../helpers/policies.js';
import { ALL_WORDS, withLocales } from '../helpers/locales.js';
import { ruleTester } from '../helpers/rule-tester.js';

const german = withLocales;

const ACK_TAIL = 'Until then no German (de) acknowledgement is written for the channel: never English words on a page in another language.';

const ENGLISH_ACK = `apiVersion: supportops/v1
kind: Template
metadata:
  name: ack-email
spec:
  purpose: acknowledgement
  channels: [email]
  body: |
    Thanks, we have {{ticket.id}}.
`;

const TAIL = 'Until then no German (de) disclosure or acknowledgement is written for the channel: never English words on a page in another language.';

ruleTester('missing-translation', {
  valid: [
    { name: 'a channel that lists no locales (English)', set: starter() },
    { name: 'English only, listed', set: german('[en]') },
    { name: 'German with every word', set: german('[en, de]', ALL_WORDS) },
    {
      name: 'the policy\'s own acknowledgement in English and German',
      set: addDocs(german('[en, de]', ALL_WORDS), 'ack.yaml', `${ENGLISH_ACK}---\n${ENGLISH_ACK.replace('ack-email', 'ack-email-de').replace('  channels:', '  locale: de\n  channels:').replace('Thanks, we have', 'Danke, wir haben')}`),
    },
  ],
  invalid: [
    {
      name: 'German without the channel\'s name, at its English display name',
      set: german('[en, de]', { tiers: true, urgent: true, intake: true }),
      findings: [`channels.yaml:8:16 error Channel 'email' lists German (de) in its locales, but the display name of channel 'email' has no German (de) translation. To fix it, add translations: { de: { displayName: … } } to the channel. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'German without a tier\'s words, at the tier\'s description',
      set: edit(german('[en, de]', ALL_WORDS), 'channels.yaml', '      translations: { de: { title: Standard, description: Alles andere. } }\n', ''),
      findings: [`channels.yaml:54:20 error Channel 'email' lists German (de) in its locales, but tier 'standard' of SLA policy 'email-sla' has no German (de) translation. To fix it, add translations: { de: { title: …, description: … } } to the tier. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'German without the urgent path\'s name, at that channel',
      set: german('[en, de]', { channel: true, tiers: true, intake: true }),
      findings: [`channels.yaml:27:16 error Channel 'email' lists German (de) in its locales, but the display name of channel 'urgent-line' (its urgent path) has no German (de) translation. To fix it, add translations: { de: { displayName: … } } to channel 'urgent-line'. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'German without a tag\'s words, at the tag\'s English meaning',
      set: edit(german('[en, de]', ALL_WORDS), 'routing.yaml', '  translations: { de: { about: einen Ausfall, meaning: Der Dienst ist nicht erreichbar., requiredFields: [Was betroffen ist, Seit wann] } }\n', ''),
      findings: [`routing.yaml:17:12 error Channel 'email' lists German (de) in its locales, but tag 'outage' (its intake fields) has no German (de) translation. To fix it, add translations: { de: { about: …, meaning: …, requiredFields: [one for each English field] } } to the tag. ${ACK_TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'a German tag with fewer fields than the English one',
      set: edit(german('[en, de]', ALL_WORDS), 'routing.yaml', 'requiredFields: [Was betroffen ist, Seit wann]', 'requiredFields: [Was betroffen ist]'),
      findings: [`routing.yaml:17:12 error Channel 'email' lists German (de) in its locales, but tag 'outage' (its intake fields) has no German (de) translation. To fix it, add translations: { de: { about: …, meaning: …, requiredFields: [one for each English field] } } to the tag. ${ACK_TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'the policy\'s own English acknowledgement with no German sibling, at its body',
      set: addDocs(german('[en, de]', ALL_WORDS), 'ack.yaml', ENGLISH_ACK),
      findings: [`ack.yaml:8:9 error Channel 'email' lists German (de) in its locales, but the policy's own acknowledgement template 'ack-email' has no German (de) translation. To fix it, add a Template with purpose: acknowledgement, locale: de, channels: [email] and its body in that language. ${ACK_TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'a language supportops ships no catalog for: one finding, at the locales entry',
      set: german('[en, tlh]', {}),
      findings: [
        "channels.yaml:17:17 error Channel 'email' lists Klingon (tlh) in its locales, but supportops ships no Klingon (tlh) message catalog. To fix it, leave 'tlh' out of locales (docs/locales.md lists the languages supportops ships). Until then no Klingon (tlh) disclosure or acknowledgement is written for the channel: never English words on a page in another language.",
      ],
    },
  ],
});
