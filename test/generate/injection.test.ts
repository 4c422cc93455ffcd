/**
 * The injection corpus against every generator and the diff comment (docs/customer-text.md,
 * "Escaped for its format"): hostile policy text adds words to each artifact, never structure.
 * Markdown is parsed by micromark, HTML and SVG compared tag by tag, JSON parsed back.
 */
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { diffMarkdown } from '../../src/format/diff-markdown.js';
import { INJECTIONS, withInjected } from '../helpers/injection-corpus.js';
import { markdownStructure } from '../helpers/markdown-structure.js';
import { AS_OF, exampleSet, toFiles } from '../helpers/policies.js';
import { buildWithoutFacts as build, DEFAULT_ACK } from './helpers.js';

/** Tag names in order, for HTML and SVG. */
const tags = (html: string) => [...html.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[0]);
const allowedDestination = (d: string) => /^(https?:\/\/|mailto:)/i.test(d) || /^[\w-]+(?:\.[a-z]{2,3}(?:-[A-Za-z0-9]+)*)?\.(md|html|json|svg)$/.test(d) || /^[^:]+@[^:]+$/.test(d);

const base = exampleSet();
const clean = build(base);
/** One cache for the file: the base side's facts are computed once. */
const cache = new FactsCache();

describe.each(INJECTIONS.map((p) => [JSON.stringify(p), p]))('policy text containing %s', (_name, payload) => {
  const hostile = withInjected(base, payload);
  const built = build(hostile);

  it('changes no artifact\'s structure: Markdown, HTML, SVG and JSON', () => {
    expect([...built.keys()]).toEqual([...clean.keys()]);
    for (const [path, text] of built) {
      const before = clean.get(path)!;
      if (path.endsWith('.md')) {
        const after = markdownStructure(text);
        expect(after.structure, path).toEqual(markdownStructure(before).structure);
        expect(after.destinations.filter((d) => !allowedDestination(d)), path).toEqual([]);
      } else if (path.endsWith('.html') || path.endsWith('.svg')) {
        expect(tags(text), path).toEqual(tags(before));
        expect(text, path).not.toMatch(/<[^>]*\son\w+=/i);
      } else if (path.endsWith('.json')) {
        expect(() => JSON.parse(text), path).not.toThrow();
        expect(text, path).not.toMatch(/[<>&]/);
      }
    }
    // Changed at all: the payload did reach the customer text.
    expect(JSON.parse(built.get('disclosures/email.json')!).displayName).toBe(`Email support ${payload.replace(/\n/g, '\n')}`);
  });

  it('leaves the diff comment\'s Markdown without links, images, HTML or headings of its own', () => {
    const diff = diffPolicies({ files: toFiles(base) }, { files: toFiles(hostile) }, { asOf: AS_OF, horizonDays: 7, templates: { acknowledgement: DEFAULT_ACK }, cache });
    const text = diffMarkdown(diff, { base: 'main', head: 'pr' });
    expect(text).toContain('### Customer-facing text');
    const { structure, destinations } = markdownStructure(text);
    const unexpected = structure.filter((t) => !['atxHeading', 'table', 'tableRow', 'codeText', 'strong', 'emphasis', 'htmlText <br>'].includes(t));
    expect(unexpected).toEqual([]);
    expect(structure.filter((t) => t === 'atxHeading').length).toBe(text.split('\n').filter((l) => /^#{2,3} /.test(l) && !/\\#/.test(l)).length);
    expect(destinations.filter((d) => !allowedDestination(d))).toEqual([]);
  });
});
