/** disclosures/<channel>.md: the disclosure as Markdown, for help-centre pages and review. */
import { markdownStamp } from '../stamp.js';
import { mdDocument, mdList } from '../markdown-blocks.js';
import { mdBlock, mdText } from '../escape/escape-markdown.js';
import type { Disclosure } from './disclosure-shape.js';

export function hoursSentence(d: Disclosure): string | undefined {
  if (!d.clock) return undefined;
  return d.clock.kind === 'calendar' ? 'Around the clock, every day.' : `${d.clock.hours}. Response times count only these hours.`;
}

export function disclosureMarkdown(d: Disclosure): string {
  const sublist = (intro: string, items: string[]) => (items.length ? [intro, mdList(items.map(mdBlock))] : []);
  return mdDocument([
    markdownStamp(d.policyHash),
    `# ${mdText(d.title)}`,
    // An asynchronous channel that looks live says so first, before the wait (docs/domain.md, What customers are told).
    d.notice ? mdBlock(d.notice) : undefined,
    d.urgent ? mdBlock(d.urgent.text) : undefined,
    '## Response times',
    d.tiers.length ? mdList(d.tiers.map((t) => `**${mdText(t.title)}**: ${mdText(t.sentence)}`)) : 'No response time is published for this channel.',
    d.pauses ? mdBlock(d.pauses) : undefined,
    ...(d.clock
      ? [
          '## Hours',
          mdBlock(hoursSentence(d)!),
          ...sublist('In other time zones:', d.customerTimeZones.map((z) => z.text)),
          ...sublist('Closed on:', d.holidays.map((h) => h.text)),
          ...sublist('Different hours on:', d.specialHours.map((h) => h.text)),
        ]
      : []),
    ...sublist('## Upcoming changes', d.upcoming.map((u) => u.text)),
  ]);
}
