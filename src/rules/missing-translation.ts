/**
 * Every language a channel lists has all its words: supportops's catalog for that language, the
 * channel's name, its SLA tiers' titles and descriptions, and its urgent path's name, in the
 * version in force and in every dated revision; and, for its acknowledgements, a template in
 * that language where the policy wrote its own English one, and the words of the tags and
 * articles they draw on. Without them the build leaves the language out rather than put English
 * words on a page in another language.
 */
import { child, type Model } from '../model/model.js';
import { channelLocales } from '../generate/locale/catalogs.js';
import { languageName, translationGaps } from '../generate/locale/policy-words.js';
import { acknowledgementGaps } from '../generate/acknowledgements/acknowledgement-gaps.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'missing-translation',
  description: 'Every language a channel lists in `locales` has all its customer words: the message catalog, the channel\'s name, its tiers\' titles and descriptions, its urgent path\'s name, and for its acknowledgements the policy\'s template and the tags\' and articles\' words in that language.',
  defaultSeverity: 'error',
  check({ model, asOf }, report) {
    const versions: Model[] = [model, ...model.timeline.dates.filter((d) => d > asOf).map((d) => model.timeline.at(d))];
    const seen = new Set<string>();
    for (const version of versions) {
      for (const channel of version.channels) {
        channelLocales(channel).forEach((locale, i) => {
          const localesAt = child(channel.at, 'locales', i);
          const lang = languageName(locale);
          const gaps = [
            ...translationGaps(version, channel, locale, localesAt).map((gap) => ({ ...gap, lost: `no ${lang} disclosure or acknowledgement is written for the channel` })),
            ...acknowledgementGaps(version, channel, locale).map((gap) => ({ at: gap.at, problem: `${gap.what} has no ${lang} translation`, fix: gap.fix, lost: `no ${lang} acknowledgement is written for the channel` })),
          ];
          for (const gap of gaps) {
            const key = `${gap.at.file}\n${gap.at.pointer}\n${channel.name}\n${gap.problem}`;
            if (seen.has(key)) continue;
            seen.add(key);
            report({
              at: gap.at,
              message: `Channel '${channel.name}' lists ${lang} in its locales, but ${gap.problem}. To fix it, ${gap.fix}. Until then ${gap.lost}: never English words on a page in another language.`,
              related: gap.at === localesAt ? [] : [{ at: localesAt, message: `${lang} is listed here.` }],
            });
          }
        });
      }
    }
  },
});
