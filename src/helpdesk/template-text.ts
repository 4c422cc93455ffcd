/**
 * A Template's sections as the text of a macro, canned response or text module (one `## `
 * heading per section, its prompt below), and back again for import. The heading carries
 * "(required)" when the section must be filled in, so the round trip keeps it.
 */
import type { ImportedTemplate } from './import-model.js';
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

const PURPOSE_SUFFIX = /\s*\((intake|handoff|solved-note)\)$/;

/** The policy name of an object titled as the export titles templates ("intake (intake)" → "intake"). */
export function templateBaseName(title: string): string {
  return title.replace(PURPOSE_SUFFIX, '');
}

/**
 * A Template from a macro, canned response or text module: the purpose from a title the export
 * wrote, the sections from its headings; otherwise a handoff template with one section, and a
 * guess saying so.
 */
export function importedTemplate(name: string, title: string, text: string, source: string): ImportedTemplate {
  const purpose = PURPOSE_SUFFIX.exec(title)?.[1] as ImportedTemplate['purpose'] | undefined;
  const sections = sectionsFrom(text);
  return {
    name, purpose: purpose ?? 'handoff', source,
    sections: sections.length ? sections : [{ heading: title, prompt: null, required: false }],
    guesses: purpose ? [] : [`${source} is imported as a handoff template with ${sections.length ? 'the sections of its text' : 'one section'}; set its purpose and sections.`],
  };
}
