/** disclosures/<channel>.md (and <channel>.<locale>.md): the disclosure as Markdown, for help-centre pages and review. */
import { markdownStamp } from '../stamp.js';
import { mdDocument, mdList } from '../markdown-blocks.js';
import { mdBlock, mdText } from '../escape/escape-markdown.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import type { Disclosure } from './disclosure-shape.js';

export function hoursSentence(d: Disclosure, p: Phrases = ENGLISH): string | undefined {
  if (!d.clock) return undefined;
  return d.clock.kind === 'calendar' ? p.say('hours.sentenceAroundTheClock') : p.say('hours.sentence', { hours: d.clock.hours });
}

/** The disclosure in its language; `p` is that language's phrases (the headings). */
export function disclosureMarkdown(d: Disclosure, p: Phrases = ENGLISH): string {
  const sublist = (intro: string, items: string[]) => (items.length ? [intro, mdList(items.map(mdBlock))] : []);
  return mdDocument([
    markdownStamp(d.policyHash),
    `# ${mdText(d.title)}`,
    // An asynchronous channel that looks live says so first, before the wait (docs/domain.md, What customers are told).
    d.notice ? mdBlock(d.notice) : undefined,
    d.urgent ? mdBlock(d.urgent.text) : undefined,
    `## ${p.say('heading.responseTimes')}`,
    d.tiers.length ? mdList(d.tiers.map((t) => p.say('tier.line', { title: `**${mdText(t.title)}**`, sentence: mdText(t.sentence) }))) : p.say('tiers.none'),
    d.pauses ? mdBlock(d.pauses) : undefined,
    ...(d.clock
      ? [
          `## ${p.say('heading.hours')}`,
          mdBlock(hoursSentence(d, p)!),
          ...sublist(p.say('label.zones'), d.customerTimeZones.map((z) => z.text)),
          ...sublist(p.say('label.closed'), d.holidays.map((h) => h.text)),
          ...sublist(p.say('label.special'), d.specialHours.map((h) => h.text)),
        ]
      : []),
    ...sublist(`## ${p.say('heading.upcoming')}`, d.upcoming.map((u) => u.text)),
  ]);
}
