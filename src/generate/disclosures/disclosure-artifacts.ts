/**
 * Disclosure artifacts: disclosures/<channel>.{md,html,json} for every channel, and
 * disclosures/<channel>.<locale>.{md,html,json} for each other language it lists, plus an index.
 * The views (one Disclosure per channel and language) are what the Markdown, HTML and JSON all
 * show, and what the diff compares.
 */
import { child, type Model } from '../../model/model.js';
import type { Artifact, GenerateProblem } from '../artifact.js';
import { mdDocument, mdTable } from '../markdown-blocks.js';
import { mdCode, mdText } from '../escape/escape-markdown.js';
import { header } from '../shared-shapes.js';
import { markdownStamp } from '../stamp.js';
import { jsonText } from '../escape/escape-json.js';
import { disclosureHtml } from './disclosure-html.js';
import { disclosureMarkdown } from './disclosure-markdown.js';
import { buildDisclosure } from './disclosure-view.js';
import { channelLocales, DEFAULT_LOCALE, isMultilingual, PhraseBook } from '../locale/catalogs.js';
import { DISCLOSURE_INDEX_SCHEMA, type Disclosure, type DisclosureIndex } from './disclosure-shape.js';

/**
 * What the views are for: everything a build writes, or only what the diff compares — the text
 * in force on asOf in the policy's own words (English, or a channel's only language when it lists
 * none), without other languages or upcoming changes, which the diff never reads (it compares
 * dated revisions itself).
 */
export type DisclosureScope = 'build' | 'compared';

/**
 * Every channel's disclosure in each of its languages, in the model's order. A language with a
 * missing word or message is left out (missing-translation reports it), never written in part.
 */
export function disclosureViews(model: Model, policyHash: string, asOf: string, problems: GenerateProblem[], book = new PhraseBook(), scope: DisclosureScope = 'build'): Disclosure[] {
  const views: Disclosure[] = [];
  for (const channel of model.channels) {
    if (channel.name === 'index') {
      problems.push({ message: "A channel named 'index' would overwrite disclosures/index.md and index.json. Rename the channel.", at: child(channel.origin, 'metadata', 'name'), line: 1, column: 1 });
      continue;
    }
    for (const locale of channelLocales(channel)) {
      // The diff reads the views without a locale or in English (diff/customer-texts.ts).
      if (scope === 'compared' && isMultilingual(channel) && locale !== DEFAULT_LOCALE) continue;
      const view = buildDisclosure(model, channel, policyHash, asOf, locale, book, scope === 'build');
      if (view) views.push(view);
    }
  }
  return views;
}

/** "email.md", "email.de.md": English keeps the plain name, so adding languages moves no file. */
function fileName(d: Disclosure, extension: string): string {
  return !d.locale || d.locale === DEFAULT_LOCALE ? `${d.channel}.${extension}` : `${d.channel}.${d.locale}.${extension}`;
}

/** Each channel's disclosure files, then the index; one at a time, as they are written. */
export function* disclosureArtifacts(views: readonly Disclosure[], policyHash: string, book = new PhraseBook()): Generator<Artifact> {
  const index: DisclosureIndex = { ...header(DISCLOSURE_INDEX_SCHEMA, policyHash), channels: [] };
  for (const d of views) {
    const p = book.get(d.locale ?? DEFAULT_LOCALE);
    const files = { markdown: fileName(d, 'md'), html: fileName(d, 'html'), json: fileName(d, 'json') };
    const locale = d.locale ? { locale: d.locale } : {};
    yield { path: `disclosures/${files.markdown}`, contents: disclosureMarkdown(d, p), ...locale };
    yield { path: `disclosures/${files.html}`, contents: disclosureHtml(d, p), ...locale };
    yield { path: `disclosures/${files.json}`, contents: jsonText(d), ...locale };
    index.channels.push({ channel: d.channel, ...(d.locale ? { locale: d.locale } : {}), displayName: d.displayName, title: d.title, notLive: d.notLive, files });
  }
  // The language shows only when some channel lists languages, so a one-language index reads as before.
  const multilingual = index.channels.some((c) => c.locale);
  const rows = index.channels.map((c) => [
    mdCode(c.channel), ...(multilingual ? [mdCode(c.locale ?? DEFAULT_LOCALE)] : []), mdText(c.title), c.notLive ? 'yes' : 'no', `[Markdown](${c.files.markdown}), [HTML](${c.files.html}), [JSON](${c.files.json})`,
  ]);
  const markdown = mdDocument([
    markdownStamp(policyHash),
    '# Response-time disclosures',
    'What each channel tells customers at its entry point, before they write: response times by tier, hours, and where to go for urgent cases. Embed the HTML snippet in the contact form or widget, or read the JSON from it.',
    rows.length ? mdTable(['Channel', ...(multilingual ? ['Language'] : []), 'Disclosure', 'Looks live but is not', 'Files'], rows) : 'No channels are defined.',
  ]);
  yield { path: 'disclosures/index.md', contents: markdown };
  yield { path: 'disclosures/index.json', contents: jsonText(index) };
}
