/**
 * Every language a channel lists has all its words: supportops's catalog for that language, the
 * channel's name, its SLA tiers' titles and descriptions, and its urgent path's name, in the
 * version in force and in every dated revision. Without them the build leaves the language out
 * rather than put English words on a page in another language.
 */
import { child, type Model } from '../model/model.js';
import { channelLocales } from '../generate/locale/catalogs.js';
import { languageName, translationGaps } from '../generate/locale/policy-words.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'missing-translation',
  description: 'Every language a channel lists in `locales` has all its customer words: the message catalog, the channel\'s name, its tiers\' titles and descriptions, its urgent path\'s name.',
  defaultSeverity: 'error',
  check({ model, asOf }, report) {
    const versions: Model[] = [model, ...model.timeline.dates.filter((d) => d > asOf).map((d) => model.timeline.at(d))];
    const seen = new Set<string>();
    for (const version of versions) {
      for (const channel of version.channels) {
        channelLocales(channel).forEach((locale, i) => {
          const localesAt = child(channel.at, 'locales', i);
          for (const gap of translationGaps(version, channel, locale, localesAt)) {
            const key = `${gap.at.file}\n${gap.at.pointer}\n${channel.name}\n${gap.problem}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const lang = languageName(locale);
            report({
              at: gap.at,
              message: `Channel '${channel.name}' lists ${lang} in its locales, but ${gap.problem}. To fix it, ${gap.fix}. Until then no ${lang} disclosure is written for the channel: never English words on a page in another language.`,
              related: gap.at === localesAt ? [] : [{ at: localesAt, message: `${lang} is listed here.` }],
            });
          }
        });
      }
    }
  },
});
