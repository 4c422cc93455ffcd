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

  it('finds the same places when a document cannot be composed from its own lines (a directive between documents)', () => {
    const text = 'kind: Tag\nmetadata: { name: a }\n...\n%YAML 1.2\n---\nkind: Tag\nmetadata:\n  name: b\n';
    expect(answers('d.yaml', text, true)).toEqual(answers('d.yaml', text, false));
  });

  it('finds the documents of an indented first document', () => {
    const text = '  kind: Tag\n  metadata:\n    name: a\n---\nkind: Role\n';
    expect(answers('i.yaml', text, true)).toEqual(answers('i.yaml', text, false));
  });
});
