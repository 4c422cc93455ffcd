/**
 * Disclosure artifacts: disclosures/<channel>.{md,html,json} for every channel, plus an index.
 * The views (one Disclosure per channel) are what the Markdown, HTML and JSON all show, and what
 * the diff compares.
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
import { DISCLOSURE_INDEX_SCHEMA, type Disclosure, type DisclosureIndex } from './disclosure-shape.js';

/** Every channel's disclosure, in the model's order. */
export function disclosureViews(model: Model, policyHash: string, asOf: string, problems: GenerateProblem[]): Disclosure[] {
  const views: Disclosure[] = [];
  for (const channel of model.channels) {
    if (channel.name === 'index') {
      problems.push({ message: "A channel named 'index' would overwrite disclosures/index.md and index.json. Rename the channel.", at: child(channel.origin, 'metadata', 'name'), line: 1, column: 1 });
      continue;
    }
    views.push(buildDisclosure(model, channel, policyHash, asOf));
  }
  return views;
}

/** Each channel's disclosure files, then the index; one at a time, as they are written. */
export function* disclosureArtifacts(views: readonly Disclosure[], policyHash: string): Generator<Artifact> {
  const index: DisclosureIndex = { ...header(DISCLOSURE_INDEX_SCHEMA, policyHash), channels: [] };
  for (const d of views) {
    const files = { markdown: `${d.channel}.md`, html: `${d.channel}.html`, json: `${d.channel}.json` };
    yield { path: `disclosures/${files.markdown}`, contents: disclosureMarkdown(d) };
    yield { path: `disclosures/${files.html}`, contents: disclosureHtml(d) };
    yield { path: `disclosures/${files.json}`, contents: jsonText(d) };
    index.channels.push({ channel: d.channel, displayName: d.displayName, title: d.title, notLive: d.notLive, files });
  }
  const rows = index.channels.map((c) => [
    mdCode(c.channel), mdText(c.title), c.notLive ? 'yes' : 'no', `[Markdown](${c.files.markdown}), [HTML](${c.files.html}), [JSON](${c.files.json})`,
  ]);
  const markdown = mdDocument([
    markdownStamp(policyHash),
    '# Response-time disclosures',
    'What each channel tells customers at its entry point, before they write: response times by tier, hours, and where to go for urgent cases. Embed the HTML snippet in the contact form or widget, or read the JSON from it.',
    rows.length ? mdTable(['Channel', 'Disclosure', 'Looks live but is not', 'Files'], rows) : 'No channels are defined.',
  ]);
  yield { path: 'disclosures/index.md', contents: markdown };
  yield { path: 'disclosures/index.json', contents: jsonText(index) };
}
