/**
 * A Template's sections as the text of a macro, canned response or text module (one `## `
 * heading per section, its prompt below), and back again for import. The heading carries
 * "(required)" when the section must be filled in, so the round trip keeps it.
 */
import type { TemplateView } from './policy-view.js';

const REQUIRED = ' (required)';

export function sectionsText(template: Pick<TemplateView, 'sections'>): string {
  return template.sections
    .map((s) => `## ${s.heading}${s.required ? REQUIRED : ''}\n${s.prompt ?? ''}`.trimEnd())
    .join('\n\n')
    .concat('\n');
}

/** Sections from `## ` headings (Markdown) or <h1>–<h6> elements (HTML); none when the text has no headings. */
export function sectionsFrom(text: string): TemplateView['sections'] {
  const html = /<h[1-6][^>]*>/i.test(text);
  const parts = html ? text.split(/<h[1-6][^>]*>/i).slice(1) : text.replace(/\r\n/g, '\n').split(/^## /m).slice(1);
  return parts.flatMap((part) => {
    const [head, ...rest] = html ? part.split(/<\/h[1-6]>/i) : part.split('\n');
    const heading = plain(head ?? '');
    if (!heading) return [];
    const required = heading.endsWith(REQUIRED);
    const prompt = plain(rest.join(html ? ' ' : '\n'));
    return [{ heading: required ? heading.slice(0, -REQUIRED.length) : heading, prompt: prompt || null, required }];
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Text without tags, entities decoded, whitespace collapsed. */
export function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}
