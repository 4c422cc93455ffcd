// A file's YAML documents are dropped once read, and a location asked for later composes again
// only the document it points into: the locations are the same as from the whole file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments, stringify, type Document } from 'yaml';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { joinPointer, ParsedSource, SourceMap } from '../../src/load/source-map.js';

const TEXT = ['apiVersion: supportops/v1', 'kind: Tag', 'metadata:', '  name: refund', 'spec:', '  meaning: Money back.', '  requiredFields: [Invoice number, Reason]', '---', 'kind: Role', 'metadata: { name: lead }', ''].join('\n');

/** Every pointer into `value`, with the value itself. */
function pointers(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pointers(v, joinPointer(at, i)))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => pointers(v, joinPointer(at, k)))];
  return [at];
}

/** Every location in every document, as locate, isFlow and locateWithin answer. */
function answers(file: string, text: string, release: boolean) {
  const sources = new SourceMap();
  const parsed = parseYaml(file, text, sources);
  if (release) parsed.source.release();
  return parsed.documents.flatMap((doc) =>
    [...pointers(doc.data), '/missing/deeper'].map((pointer) => [
      sources.locate(file, doc.index, pointer),
      sources.locate(file, doc.index, pointer, 'key'),
      sources.isFlow(file, doc.index, pointer),
      sources.locateWithin(file, doc.index, pointer, 1, 2),
    ]),
  );
}

const key = fc.constantFrom('name', 'spec', 'tiers', 'a b', 'x/y', 'k~1', 'note');
const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant('line one\nline two\n'));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
})).node;
/** A document holding a long list (a knowledge base's articles), which a location composes item by item. */
const longListText = fc.tuple(fc.array(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 3 }), { minLength: 16, maxLength: 20 }), fc.constantFrom(0, 2), fc.boolean())
  .map(([items, indent, nested]) => {
    return stringify(nested ? { kind: 'KnowledgeBase', spec: { articles: items, after: 1 } } : { items }, { indentSeq: indent > 0 });
  });
const documentText = fc.tuple(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), fc.boolean(), fc.constantFrom('', '# a comment\n', '...\n'))
  .map(([data, flow, after]) => `${stringify(data, { collectionStyle: flow ? 'flow' : 'any' })}${after}`);

describe('released sources', () => {
  it('locate a pointer, a flow collection and a position within a value as before release', () => {
    const sources = new SourceMap();
    const parsed = parseYaml('tags.yaml', TEXT, sources);
    const ask = () => [
      sources.locate('tags.yaml', 0, '/spec/requiredFields/1'),
      sources.locate('tags.yaml', 1, '/metadata/name', 'key'),
      sources.isFlow('tags.yaml', 0, '/spec/requiredFields'),
      sources.locateWithin('tags.yaml', 0, '/spec/meaning', 1, 3),
    ];
    const held = ask();
    parsed.source.release();
    expect(ask()).toEqual(held);
    expect(held[0]).toMatchObject({ start: { line: 7, column: 36 } });
  });

  it('composes one document again, not the file, and finds the same places in any multi-document file', () => {
    fc.assert(
      fc.property(fc.array(documentText, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '# head\n', '---\n'), fc.constantFrom('---\n', '--- # next\n'), fc.boolean(), (docs, head, marker, crlf) => {
        const lf = `${head}${docs.join(marker)}`;
        const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
        expect(answers('f.yaml', text, true)).toEqual(answers('f.yaml', text, false));
      }),
    );
  });

  it('reads only the lines of the document asked for', () => {
    const composed: string[] = [];
    const compose = (text: string) => {
      composed.push(text);
      return parseAllDocuments(text) as Document.Parsed[];
    };
    const sources = new SourceMap();
    const source = new ParsedSource('tags.yaml', TEXT, new LineCounter(), compose(TEXT), compose);
    sources.add(source);
    source.release();
    expect(source.document(1)?.toJS()).toEqual({ kind: 'Role', metadata: { name: 'lead' } });
    expect(composed.slice(1)).toEqual(['---\nkind: Role\nmetadata: { name: lead }\n']);
  });

  it('composes one item of a long list again, and finds the same places in it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(longListText, documentText), { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, crlf) => {
        const lf = docs.join('---\n');
        const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
        expect(answers('l.yaml', text, true)).toEqual(answers('l.yaml', text, false));
      }),
      { numRuns: 60 },
    );
  });

  it('reads only the lines of the list item asked for', () => {
    const items = Array.from({ length: 20 }, (_, i) => `    - title: Article ${i}\n      url: https://example.com/${i}\n`).join('');
    const text = `kind: KnowledgeBase\nmetadata: { name: help }\nspec:\n  articles:\n${items}  owner: lead\n`;
    const composed: string[] = [];
    const compose = (t: string) => {
      composed.push(t);
      return parseAllDocuments(t) as Document.Parsed[];
    };
    const lines = new LineCounter();
    const sources = new SourceMap();
    const source = new ParsedSource('kb.yaml', text, lines, parseAllDocuments(text, { lineCounter: lines }) as Document.Parsed[], compose);
    sources.add(source);
    source.release();
    expect(source.identity(0)).toBe('KnowledgeBase/help');
    // Article 7's url: after 4 lines and 7 articles of 2 lines, on the article's second line; past "url: ".
    expect(sources.locate('kb.yaml', 0, '/spec/articles/7/url')).toMatchObject({ start: { line: 4 + 7 * 2 + 2, column: 12 } });
    expect(composed).toEqual(['    - title: Article 7\n      url: https://example.com/7\n']);
    // Beside the list: the document with the list's lines blank, and the same place as in the whole file.
    expect(sources.locate('kb.yaml', 0, '/spec/owner')).toMatchObject({ start: { line: 45, column: 10 } });
    expect(composed[1]).not.toContain('Article');
    expect(composed[1]).toHaveLength(text.length);
  });

  it('finds the same places when a document cannot be composed from its own lines (a directive between documents)', () => {
    const text = 'kind: Tag\nmetadata: { name: a }\n...\n%YAML 1.2\n---\nkind: Tag\nmetadata:\n  name: b\n';
    expect(answers('d.yaml', text, true)).toEqual(answers('d.yaml', text, false));
  });

  it('finds the documents of an indented first document', () => {
    const text = '  kind: Tag\n  metadata:\n    name: a\n---\nkind: Role\n';
    expect(answers('i.yaml', text, true)).toEqual(answers('i.yaml', text, false));
  });
});
