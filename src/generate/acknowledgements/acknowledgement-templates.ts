/**
 * Rendering acknowledgement templates with Handlebars, locked down: strict mode (a missing
 * variable throws instead of rendering empty), only the built-in helpers, no partials, and
 * Handlebars' default ban on prototype access left on. Output is Markdown: Handlebars' HTML
 * escaping is off because the values come in already escaped for Markdown (markdownContext). Templates are checked against the declared context before they are compiled,
 * so a wrong variable becomes a located problem rather than an exception.
 */
import Handlebars from 'handlebars';
import { child, type Entity } from '../../model/model.js';
import { TEMPLATE_CONTEXT, type Shape } from '../../model/template-context.js';
import { DEFAULT_LOCALE } from '../locale/catalogs.js';
import { templateProblems } from '../../model/template-problems.js';
import type { GenerateProblem, TemplateSource } from '../artifact.js';

export type Render = (context: object) => string;

export interface CompiledTemplate {
  source: 'policy' | 'default';
  /** The Template document's name, or the default template's path. */
  name: string;
  /** The text compiled: with the context, all that decides what it renders. */
  body: string;
  render: Render;
  /** Where a problem found while rendering points. */
  where: Pick<GenerateProblem, 'at' | 'file'>;
}

const env = Handlebars.create();

/** Compiled bodies by their text: a diff renders the same template for both versions. */
const compiledBodies = new Map<string, Render>();
const MAX_COMPILED = 64;

function compile(source: string): Render {
  let render = compiledBodies.get(source);
  if (!render) {
    // Handlebars compiles on the first call and keeps no state between calls: one function serves every render.
    render = env.compile(source, { strict: true, knownHelpersOnly: true, noEscape: true });
    if (compiledBodies.size >= MAX_COMPILED) compiledBodies.delete(compiledBodies.keys().next().value!);
    compiledBodies.set(source, render);
  }
  return render;
}

/** A strict-mode failure as a problem at its line and column ("\"x\" not defined in … - 3:2"). */
export function renderProblem(error: unknown, template: CompiledTemplate): GenerateProblem {
  const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const loc = / - (\d+):(\d+)$/.exec(text);
  const name = /^"([^"]+)" not defined/.exec(text)?.[1];
  const what = name ? `The template uses "${name}", which is not provided here.` : `The template could not be rendered: ${text}`;
  return { message: `${prefix(template)}${what}`, ...template.where, line: loc ? Number(loc[1]) : 1, column: loc ? Number(loc[2]) + 1 : 1 };
}

/**
 * What a problem message starts with: the policy Template by name, or, for the default
 * template (supportops' own file, not the policy's), that file and how to replace it.
 */
function prefix({ source, name }: Pick<CompiledTemplate, 'source' | 'name'>): string {
  return source === 'policy'
    ? `In acknowledgement template '${name}': `
    : `In the default acknowledgement template that ships with supportops (${name}; a policy Template with purpose acknowledgement and a body replaces it): `;
}

/** Compiles a template, or reports where it uses what the context does not provide. */
function compileChecked(body: string, template: Omit<CompiledTemplate, 'render' | 'body'>, problems: GenerateProblem[]): CompiledTemplate | undefined {
  // templateProblems accepts own properties only, so {{channel.constructor}} is caught here too.
  const found = templateProblems(body, TEMPLATE_CONTEXT.acknowledgement);
  for (const p of found) problems.push({ message: `${prefix(template)}${p.message}`, ...template.where, line: p.line, column: p.column });
  return found.length ? undefined : { ...template, body, render: compile(body) };
}

const WITHOUT_PURPOSE: Record<string, Shape> = (() => {
  const { purpose: _purpose, ...channel } = TEMPLATE_CONTEXT.acknowledgement.channel as Record<string, Shape>;
  return { ...TEMPLATE_CONTEXT.acknowledgement, channel };
})();

/** Whether a template that checks clean uses {{channel.purpose}}: it would not check clean without it. */
export function usesChannelPurpose(body: string): boolean {
  return templateProblems(body, WITHOUT_PURPOSE).length > templateProblems(body, TEMPLATE_CONTEXT.acknowledgement).length;
}

export function compilePolicyTemplate(template: Entity<'Template'>, problems: GenerateProblem[]): CompiledTemplate | undefined {
  return compileChecked(template.spec.body ?? '', { source: 'policy', name: template.name, where: { at: child(template.at, 'body') } }, problems);
}

export function compileDefaultTemplate(template: TemplateSource, problems: GenerateProblem[]): CompiledTemplate | undefined {
  return compileChecked(template.source, { source: 'default', name: template.path, where: { file: template.path } }, problems);
}

/**
 * The policy template for a channel in a language: one naming the channel first, then one for
 * all channels (by name); a regional tag ("de-AT") falls back to its language's ("de").
 */
export function policyTemplateFor(templates: readonly Entity<'Template'>[], channel: string, locale: string = DEFAULT_LOCALE): Entity<'Template'> | undefined {
  const inLocale = (tag: string) => {
    const usable = templates.filter((t) => t.spec.purpose === 'acknowledgement' && t.spec.body && (t.spec.locale ?? DEFAULT_LOCALE) === tag);
    return usable.find((t) => t.spec.channels?.includes(channel)) ?? usable.find((t) => !t.spec.channels);
  };
  const language = locale.split('-')[0]!;
  return inLocale(locale) ?? (language !== locale ? inLocale(language) : undefined);
}

/** Trailing spaces off every line, one newline at the end: stable text whatever the template's whitespace. */
export function tidy(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
