import { edit, starter } from '../helpers/policies.js';
import { withLocales } from '../helpers/locales.js';
import { ruleTester } from '../helpers/rule-tester.js';

const german = withLocales;

const TAIL = 'Until then no German (de) disclosure is written for the channel: never English words on a page in another language.';

ruleTester('missing-translation', {
  valid: [
    { name: 'a channel that lists no locales (English)', set: starter() },
    { name: 'English only, listed', set: german('[en]') },
    { name: 'German with every word', set: german('[en, de]', { channel: true, tiers: true, urgent: true }) },
  ],
  invalid: [
    {
      name: 'German without the channel\'s name, at its English display name',
      set: german('[en, de]', { tiers: true, urgent: true }),
      findings: [`channels.yaml:8:16 error Channel 'email' lists German (de) in its locales, but the display name of channel 'email' has no German (de) translation. To fix it, add translations: { de: { displayName: … } } to the channel. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'German without a tier\'s words, at the tier\'s description',
      set: edit(german('[en, de]', { channel: true, tiers: true, urgent: true }), 'channels.yaml', '      translations: { de: { title: Standard, description: Alles andere. } }\n', ''),
      findings: [`channels.yaml:54:20 error Channel 'email' lists German (de) in its locales, but tier 'standard' of SLA policy 'email-sla' has no German (de) translation. To fix it, add translations: { de: { title: …, description: … } } to the tier. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'German without the urgent path\'s name, at that channel',
      set: german('[en, de]', { channel: true, tiers: true }),
      findings: [`channels.yaml:27:16 error Channel 'email' lists German (de) in its locales, but the display name of channel 'urgent-line' (its urgent path) has no German (de) translation. To fix it, add translations: { de: { displayName: … } } to channel 'urgent-line'. ${TAIL}`],
      related: [['channels.yaml:17:17 German (de) is listed here.']],
    },
    {
      name: 'a language supportops ships no catalog for: one finding, at the locales entry',
      set: german('[en, tlh]', {}),
      findings: [
        "channels.yaml:17:17 error Channel 'email' lists Klingon (tlh) in its locales, but supportops ships no Klingon (tlh) message catalog. To fix it, leave 'tlh' out of locales (docs/locales.md lists the languages supportops ships). Until then no Klingon (tlh) disclosure is written for the channel: never English words on a page in another language.",
      ],
    },
  ],
});
